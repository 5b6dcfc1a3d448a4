import Foundation

/// Exact binomial variates in constant expected time.
///
/// With r = min(p, 1 − p) and the symmetry X(n, p) = n − X(n, 1 − p) for p > ½:
///
/// - n·r < 10: sequential inversion of the CDF (BINV), using the recurrence
///   `f(x) = f(x − 1) · ((n + 1) s / x − s)` with s = r/(1 − r) and f(0) = (1 − r)ⁿ;
///   about n·r + 1 iterations and one `exp`/`log1p` pair per draw.
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
        let f0 = exp(Double(n) * log1p(-p))
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

    /// BTPE for p ≤ ½ and n·p ≥ 10 (Kachitvichyanukul & Schmeiser 1988), steps 0–5.3.
    static func btpe<G: RandomNumberGenerator>(n: Int, p r: Double, using rng: inout G) -> Int {
        // Step 0: set-up, O(1).
        let nd = Double(n)
        let q = 1 - r
        let nrq = nd * r * q
        let fm = nd * r + r
        let m = fm.rounded(.down)
        let p1 = (2.195 * nrq.squareRoot() - 4.6 * q).rounded(.down) + 0.5
        let xm = m + 0.5
        let xl = xm - p1
        let xr = xm + p1
        let c = 0.134 + 20.5 / (15.3 + m)
        let al = (fm - xl) / (fm - xl * r)
        let lambdaL = al * (1 + 0.5 * al)
        let ar = (xr - fm) / (xr * q)
        let lambdaR = ar * (1 + 0.5 * ar)
        let p2 = p1 * (1 + 2 * c)
        let p3 = p2 + c / lambdaL
        let p4 = p3 + c / lambdaR

        while true {
            // Step 1: pick a region; the triangle accepts at once.
            let u = rng.nextUnit() * p4
            var v = rng.nextOpenUnit()
            let y: Double
            if u <= p1 {
                return Int((xm - p1 * v + u).rounded(.down))
            }
            if u <= p2 {
                // Step 2: parallelogram.
                let x = xl + (u - p1) / c
                v = v * c + 1 - abs(xm - x) / p1
                if v > 1 { continue }
                y = x.rounded(.down)
            } else if u <= p3 {
                // Step 3: left exponential tail.
                let t = (xl + log(v) / lambdaL).rounded(.down)
                if t < 0 { continue }
                y = t
                v *= (u - p2) * lambdaL
            } else {
                // Step 4: right exponential tail.
                let t = (xr - log(v) / lambdaR).rounded(.down)
                if t > nd { continue }
                y = t
                v *= (u - p3) * lambdaR
            }

            // Step 5: accept y when v ≤ f(y)/f(M).
            let k = abs(y - m)
            if k <= 20 || k >= nrq / 2 - 1 {
                // Step 5.1: evaluate f(y)/f(M) by the recurrence.
                let s = r / q
                let a = s * (nd + 1)
                var f = 1.0
                if m < y {
                    var i = m + 1
                    while i <= y {
                        f *= a / i - s
                        i += 1
                    }
                } else if m > y {
                    var i = y + 1
                    while i <= m {
                        f /= a / i - s
                        i += 1
                    }
                }
                if v <= f { return Int(y) }
                continue
            }

            // Step 5.2: squeeze on ln f(y)/f(M) ≈ −k²/(2nrq).
            let rho = (k / nrq) * ((k * (k / 3 + 0.625) + 0.166_666_666_666_666_7) / nrq + 0.5)
            let t = -k * k / (2 * nrq)
            let logV = log(v)
            if logV < t - rho { return Int(y) }
            if logV > t + rho { continue }

            // Step 5.3: Stirling's formula for ln f(y)/f(M).
            let x1 = y + 1
            let f1 = m + 1
            let z = nd + 1 - m
            let w = nd - y + 1
            let bound =
                xm * log1p((m - y) / x1)
                + (nd - m + 0.5) * log1p((y - m) / w)
                + (y - m) * log(w * r / (x1 * q))
                + Stirling.correction(f1) + Stirling.correction(z)
                - Stirling.correction(x1) - Stirling.correction(w)
            if logV <= bound { return Int(y) }
        }
    }
}
