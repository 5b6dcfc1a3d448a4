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
///   Communications of the ACM 31(2), 216–222, 1988. For large n·r about 75% of draws are
///   accepted from the triangle with two uniforms and no logarithm (about 40% near
///   n·r = 10–30, where the rest need an explicit pmf ratio of up to 20 factors).
///
/// The step 5.3 test uses Stirling's series with the constant 13860 (= 166320/12) and the
/// signs `+δ(M + 1) + δ(n − M + 1) − δ(y + 1) − δ(n − y + 1)`, both derived from
/// `ln f(y)/f(M) = ln Γ(M + 1) + ln Γ(n − M + 1) − ln Γ(y + 1) − ln Γ(n − y + 1) + (y − M) ln(p/q)`;
/// NumPy's widely copied transcription has 13680 and all plus signs, which shifts the bound
/// by about 1/(6y) in the rarely reached step 5.3: small, but not exact. The logarithms of
/// ratios near 1 use `log1p`, which keeps the test exact for n up to 2⁵³.
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
    public static func sample<G: RandomNumberGenerator>(
        count n: Int, probability p: Double, using rng: inout G
    ) -> Int {
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
    /// The set-up (step 0) and the triangle (step 1, 40–75% of draws) run here; the other
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
