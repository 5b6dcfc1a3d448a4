import Foundation

/// Exact binomial variates in constant expected time.
///
/// With r = min(p, 1 − p) and the symmetry X(n, p) = n − X(n, 1 − p) for p > ½:
///
/// - n·r < 10: sequential inversion of the CDF (BINV), using the recurrence
///   `f(x) = f(x − 1) · ((n + 1) s / x − s)` with s = r/(1 − r) and f(0) = (1 − r)ⁿ;
///   about n·r + 1 iterations; f(0) costs a few multiplications for n < 1024 and one `exp`
///   and one `log` otherwise.
/// - n·r ≥ 10: BTPE, the triangle–parallelogram–exponential rejection algorithm of
///   V. Kachitvichyanukul and B. W. Schmeiser, "Binomial random variate generation",
///   Communications of the ACM 31(2), 216–222, 1988. Most draws are accepted from the
///   triangle with two uniforms and no logarithm.
///
/// The step 5.3 test uses Stirling's series with the constant 13860 (= 166320/12) and the
/// signs `+δ(M + 1) + δ(n − M + 1) − δ(y + 1) − δ(n − y + 1)`, which follow from
/// `ln f(y)/f(M)`; the paper prints 13680 and all plus signs (both corrected in GSL and
/// `rand_distr`). Its logarithms of ratios near 1 use `log1p`, which keeps the test exact
/// for n up to 2⁵³.
public enum Binomial {
    /// A binomial variate: the number of successes in n independent trials of probability p.
    ///
    /// Mean np, variance np(1 − p).
    ///
    /// - Parameters:
    ///   - n: The number of trials, n ≥ 0; exact for n ≤ 2⁵³ (tested up to 10¹²).
    ///   - p: The success probability, 0 ≤ p ≤ 1.
    ///   - rng: The source of random bits.
    /// - Returns: an integer in 0…n. When n = 0, p = 0 or p = 1 the result (0, 0 or n) is
    ///   returned without consuming random numbers.
    /// - Complexity: O(1) expected, independent of n; never one draw per trial.
    public static func sample<G: RandomNumberGenerator>(count n: Int, probability p: Double, using rng: inout G) -> Int {
        precondition(n >= 0, "binomial count must be ≥ 0")
        precondition(p >= 0 && p <= 1, "binomial probability must lie in [0, 1]")
        if n == 0 || p == 0 { return 0 }
        if p == 1 { return n }
        let flipped = p > 0.5
        let r = flipped ? 1 - p : p
        let x = Double(n) * r < 10 ? inversion(n: n, p: r, using: &rng) : btpe(n: n, p: r, using: &rng)
        let clamped = Swift.min(Swift.max(x, 0), n)
        return flipped ? n - clamped : clamped
    }

    /// The largest count BINV searches before it starts over (only reachable through
    /// round-off when u exceeds the computed CDF): P(X > 110) < 10⁻⁶⁰ when n·p < 10.
    static let inversionLimit = 110

    /// BINV for p ≤ ½ and n·p < 10: walk the pmf from 0 until the uniform is used up.
    static func inversion<G: RandomNumberGenerator>(n: Int, p: Double, using rng: inout G) -> Int {
        let q = 1 - p
        let s = p / q
        let a = (Double(n) + 1) * s
        let f0 = probabilityOfZero(n: n, q: q, p: p)
        let limit = Swift.min(n, inversionLimit)
        while true {
            var u = rng.nextUnit()
            var f = f0
            var x = 0
            while u > f {
                u -= f
                x += 1
                if x > limit { break }
                f *= a / Double(x) - s
            }
            if x <= limit { return x }
        }
    }

    /// f(0) = qⁿ for BINV.
    ///
    /// For n < 1024, binary powering (at most 19 multiplications, relative error under
    /// 3·10⁻¹⁵ on top of the n·2⁻⁵³ < 1.2·10⁻¹³ that q's own rounding causes) avoids `exp`
    /// and `log`. Otherwise
    /// `exp(n ln q)`, where ln q comes from `log1p(−p)` for p < 2⁻¹⁰ (exact for tiny p) and
    /// from the cheaper `log(q)` above, which loses at most 2⁻⁵³ absolutely: with n < 10/p
    /// that makes f(0) off by a relative 2·10⁻¹² at most.
    static func probabilityOfZero(n: Int, q: Double, p: Double) -> Double {
        if n < 1024 {
            var result = 1.0
            var base = q
            var exponent = n
            while exponent != 0 {
                if exponent & 1 != 0 { result *= base }
                base *= base
                exponent >>= 1
            }
            return result
        }
        let logQ = p < 0x1p-10 ? log1p(-p) : log(q)
        return exp(Double(n) * logQ)
    }

    /// BTPE for p ≤ ½ and n·p ≥ 10 (Kachitvichyanukul & Schmeiser 1988).
    ///
    /// The set-up (step 0) and the triangle (step 1, about 75% of draws) run here; the other
    /// regions and the acceptance tests live in ``BTPE/accept(u:v:)``, kept out of line so
    /// that their loop-invariant divisions are not hoisted into every call.
    static func btpe<G: RandomNumberGenerator>(n: Int, p: Double, using rng: inout G) -> Int {
        let setup = BTPE(n: n, p: p)
        while true {
            let u = rng.nextUnit() * setup.p4
            let v = rng.nextOpenUnit()
            if u <= setup.p1 {
                return Int(setup.xm - setup.p1 * v + u)
            }
            if let y = setup.accept(u: u, v: v) { return y }
        }
    }
}

/// The constants of one BTPE draw and its steps 2–5 (Kachitvichyanukul & Schmeiser 1988).
///
/// Two rearrangements shorten the set-up, which every draw pays: floors of non-negative
/// values are integer truncations (xl ≥ 2 and n − xr ≥ 2 whenever n·p ≥ 10), and the total
/// area `p₄ = p₂ + c/λ_L + c/λ_R` takes one division, using `c/λ = 2cD² / (N(2D + N))` for
/// `λ = a(1 + a/2)`, `a = N/D`. λ_L, λ_R and p₃ are computed only in the exponential tails.
struct BTPE {
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
        let el = nl * (2 * dl + nl), er = nr * (2 * dr + nr)
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
