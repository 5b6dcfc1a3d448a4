import Foundation

/// The constants of one BTPE draw and its steps 2–5 (Kachitvichyanukul & Schmeiser 1988).
///
/// Two rearrangements shorten the set-up, which every draw pays: floors of non-negative
/// values are integer truncations (xl ≥ 2 and n − xr ≥ 2 whenever n·p ≥ 10), and the total
/// area `p₄ = p₂ + c/λ_L + c/λ_R` takes one division, using `c/λ = 2cD² / (N(2D + N))` for
/// `λ = a(1 + a/2)`, `a = N/D`. λ_L, λ_R and p₃ are computed only in the exponential tails.
struct BTPE {
    /// n as a double, p ≤ ½, q = 1 − p, and the variance n·p·q.
    let n: Double, p: Double, q: Double, nrq: Double
    /// The mode M = ⌊(n + 1)p⌋ and xm = M + ½.
    let m: Double, xm: Double
    /// Half-width of the triangle, its ends, and the parallelogram's slope parameter.
    let p1: Double, xl: Double, xr: Double, c: Double
    /// Cumulative areas of triangle + parallelogram, and of all four regions.
    let p2: Double, p4: Double
    /// a_L = nl/dl and a_R = nr/dr.
    let nl: Double, dl: Double, nr: Double, dr: Double

    /// Step 0, for p ≤ ½ and n·p ≥ 10.
    init(n: Int, p: Double) {
        self.n = Double(n)
        self.p = p
        q = 1 - p
        nrq = self.n * p * q
        let fm = self.n * p + p
        m = Double(Int(fm))
        p1 = Double(Int(2.195 * nrq.squareRoot() - 4.6 * q)) + 0.5
        xm = m + 0.5
        xl = xm - p1
        xr = xm + p1
        c = 0.134 + 20.5 / (15.3 + m)
        p2 = p1 * (1 + 2 * c)
        nl = fm - xl
        dl = fm - xl * p
        nr = xr - fm
        dr = xr * q
        let el = nl * (2 * dl + nl)
        let er = nr * (2 * dr + nr)
        p4 = p2 + 2 * c * (dl * dl * er + dr * dr * el) / (el * er)
    }

    /// Steps 2–5 for a point (u, v) outside the triangle (p₁ < u < p₄, 0 < v < 1).
    ///
    /// - Returns: the accepted variate, or `nil` to draw again.
    @inline(never)
    func accept(u: Double, v: Double) -> Int? {
        var v = v
        let y: Double
        if u <= p2 {
            // Step 2: parallelogram.
            let x = xl + (u - p1) / c
            v = v * c + 1 - abs(xm - x) / p1
            if v > 1 { return nil }
            y = Double(Int(x))
        } else {
            let al = nl / dl
            let lambdaL = al * (1 + 0.5 * al)
            let p3 = p2 + c / lambdaL
            if u <= p3 {
                // Step 3: left exponential tail; ⌊t⌋ < 0 exactly when t < 0.
                let t = xl + log(v) / lambdaL
                if t < 0 { return nil }
                y = Double(Int(t))
                v *= (u - p2) * lambdaL
            } else {
                // Step 4: right exponential tail; ⌊t⌋ > n exactly when t ≥ n + 1.
                let ar = nr / dr
                let lambdaR = ar * (1 + 0.5 * ar)
                let t = xr - log(v) / lambdaR
                if t >= n + 1 { return nil }
                y = Double(Int(t))
                v *= (u - p3) * lambdaR
            }
        }

        // Step 5: accept y when v ≤ f(y)/f(M).
        let k = abs(y - m)
        if k <= 20 || k >= nrq / 2 - 1 {
            // Step 5.1: evaluate f(y)/f(M) by the recurrence f(i)/f(i − 1) = a/i − s. Below the
            // mode the paper divides F by each factor; testing v · Π ≤ 1 instead keeps the
            // divisions a/i independent of each other (pipelined) rather than chained.
            let s = p / q
            let a = s * (n + 1)
            var product = 1.0
            if m < y {
                var i = m + 1
                while i <= y {
                    product *= a / i - s
                    i += 1
                }
                return v <= product ? Int(y) : nil
            }
            var i = y + 1
            while i <= m {
                product *= a / i - s
                i += 1
            }
            return v * product <= 1 ? Int(y) : nil
        }

        // Step 5.2: squeeze on ln f(y)/f(M) ≈ −k²/(2nrq).
        let rho = (k / nrq) * ((k * (k / 3 + 0.625) + 0.166_666_666_666_666_7) / nrq + 0.5)
        let t = -k * k / (2 * nrq)
        let logV = log(v)
        if logV < t - rho { return Int(y) }
        if logV > t + rho { return nil }

        // Step 5.3: Stirling's formula for ln f(y)/f(M), with log1p for ratios near 1.
        let x1 = y + 1
        let f1 = m + 1
        let z = n + 1 - m
        let w = n - y + 1
        let bound =
            xm * log1p((m - y) / x1)
            + (n - m + 0.5) * log1p((y - m) / w)
            + (y - m) * log(w * p / (x1 * q))
            + Stirling.correction(f1) + Stirling.correction(z)
            - Stirling.correction(x1) - Stirling.correction(w)
        return logV <= bound ? Int(y) : nil
    }
}
