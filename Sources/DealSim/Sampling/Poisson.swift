import Foundation

/// Exact Poisson variates in constant expected time.
///
/// - mean < 10: sequential inversion of the CDF from 0, with `p(k) = p(k − 1) · λ/k` and
///   p(0) = e^(−λ); about λ + 1 iterations and one `exp` per draw.
/// - mean ≥ 10: PTRS, the transformed rejection method with squeeze of W. Hörmann,
///   "The transformed rejection method for generating Poisson random variables",
///   Insurance: Mathematics and Economics 12(1), 39–45, 1993. With U uniform on (−½, ½),
///   V on [0, 1) and `u_s = ½ − |U|`,
///
///   ```
///   k = ⌊(2a/u_s + b) U + λ + 0.43⌋
///   b = 0.931 + 2.53 √λ,   a = −0.059 + 0.02483 b
///   1/α = 1.1239 + 1.1328/(b − 3.4),   v_r = 0.9277 − 3.6224/(b − 2)
///   ```
///
///   accept at once when `u_s ≥ 0.07` and `V ≤ v_r` (no logarithm; 35% of draws at λ = 10,
///   rising to 80% for large λ);
///   otherwise reject when k < 0 or (`u_s < 0.013` and `V > u_s`), and accept when
///   `ln(V / α / (a/u_s² + b)) ≤ ln p(k)`.
///
/// `ln p(k)` is evaluated as `d − k ln(1 + d/λ) − ½ ln(2πk) − δ(k)` with d = k − λ
/// (see `Stirling`), which stays exact for means up to 10¹² and beyond, where the usual
/// `k ln λ − λ − ln Γ(k + 1)` loses three decimal places to cancellation.
public enum Poisson {
    /// A Poisson variate: the number of events of a process with this expected count.
    ///
    /// Mean λ, variance λ.
    ///
    /// - Parameters:
    ///   - mean: The mean λ, with 0 ≤ λ ≤ 2⁵² (exact throughout; tested up to 10¹²).
    ///   - rng: The source of random bits.
    /// - Returns: an integer ≥ 0. When λ = 0 the result is 0 and no random numbers are
    ///   consumed.
    /// - Complexity: O(1) expected, independent of λ.
    public static func sample<G: RandomNumberGenerator>(mean: Double, using rng: inout G) -> Int {
        precondition(mean >= 0 && mean <= 0x1p52, "Poisson mean must lie in [0, 2⁵²]")
        if mean == 0 { return 0 }
        return mean < 10 ? inversion(mean: mean, using: &rng) : ptrs(mean: mean, using: &rng)
    }

    /// The largest count the inversion searches before it starts over (only reachable
    /// through round-off when u exceeds the computed CDF): P(X > 110) < 10⁻⁶⁰ for λ < 10.
    static let inversionLimit = 110

    /// Sequential inversion for 0 < λ < 10.
    static func inversion<G: RandomNumberGenerator>(mean lambda: Double, using rng: inout G) -> Int {
        let p0 = exp(-lambda)
        while true {
            var u = rng.nextUnit()
            var p = p0
            var x = 0
            while u > p {
                u -= p
                x += 1
                if x > inversionLimit { break }
                p *= lambda / Double(x)
            }
            if x <= inversionLimit { return x }
        }
    }

    /// PTRS (Hörmann 1993) for λ ≥ 10.
    ///
    /// The immediate acceptance runs here with no division: `V ≤ v_r` is tested as
    /// `V (b − 2) ≤ 0.9277 (b − 2) − 3.6224` (b − 2 > 0). The rest of the algorithm is in
    /// ``PTRS/accept(x:us:v:)``, kept out of line so its set-up is paid only when needed.
    static func ptrs<G: RandomNumberGenerator>(mean lambda: Double, using rng: inout G) -> Int {
        let setup = PTRS(mean: lambda)
        while true {
            let u = rng.nextOpenUnit() - 0.5
            let v = rng.nextUnit()
            let us = 0.5 - abs(u)
            // k = ⌊x⌋; x ≥ 0 whenever u_s ≥ 0.07 and λ ≥ 10, so ⌊x⌋ is a truncation there.
            let x = (2 * setup.a / us + setup.b) * u + lambda + 0.43
            if us >= 0.07 && v * setup.bMinus2 <= setup.vrTimesBMinus2 { return Int(x) }
            if let k = setup.accept(x: x, us: us, v: v) { return k }
        }
    }
}
