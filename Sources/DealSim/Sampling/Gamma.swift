import Foundation

/// Gamma variates, by Marsaglia & Tsang's squeeze method.
///
/// G. Marsaglia and W. W. Tsang, "A simple method for generating gamma variables",
/// ACM Transactions on Mathematical Software 26(3), 2000. For shape a ≥ 1, with
/// d = a − ⅓ and c = 1/√(9d), draw Z ~ N(0, 1) and U ~ U(0, 1), let v = (1 + cZ)³ (retry if
/// 1 + cZ ≤ 0), and accept X = d·v when
///
/// ```
/// U < 1 − 0.0331 Z⁴                        (squeeze, no logarithm)
/// ln U < Z²/2 + d (1 − v + ln v)           (exact test)
/// ```
///
/// For a < 1 the paper's boost applies: X = Y · U^(1/a) with Y ~ Gamma(a + 1).
/// The acceptance rate exceeds 0.95 for every a ≥ 1.
public enum Gamma {
    /// A gamma variate with density `x^(k−1) e^(−x/θ) / (Γ(k) θ^k)` on x > 0.
    ///
    /// Mean kθ, variance kθ².
    ///
    /// - Parameters:
    ///   - shape: The shape k > 0 (finite).
    ///   - scale: The scale θ ≥ 0 (finite). With θ = 0 the result is 0 and no random
    ///     numbers are consumed.
    ///   - rng: The source of random bits.
    /// - Returns: a finite double ≥ 0. For small shapes it may underflow to 0.
    /// - Complexity: O(1) expected: about 1.03 normal draws and one uniform for k ≥ 1, one
    ///   more uniform and an `exp`/`log` pair for k < 1.
    public static func sample<G: RandomNumberGenerator>(shape: Double, scale: Double, using rng: inout G) -> Double {
        precondition(shape > 0 && shape.isFinite, "gamma shape must be positive and finite")
        precondition(scale >= 0 && scale.isFinite, "gamma scale must be finite and ≥ 0")
        if scale == 0 { return 0 }
        let x: Double
        if shape >= 1 {
            x = marsagliaTsang(shape: shape, using: &rng)
        } else {
            let y = marsagliaTsang(shape: shape + 1, using: &rng)
            x = y * exp(log(rng.nextOpenUnit()) / shape)
        }
        return Swift.min(x * scale, .greatestFiniteMagnitude)
    }

    /// `ln X` for X ~ Gamma(shape, 1), without the underflow of X itself when shape is tiny
    /// (`U^(1/a)` is below 10⁻³⁰⁸ with probability 10^(−308a)). Used by ``Beta``.
    static func logSample<G: RandomNumberGenerator>(shape: Double, using rng: inout G) -> Double {
        if shape >= 1 {
            return log(marsagliaTsang(shape: shape, using: &rng))
        }
        let y = marsagliaTsang(shape: shape + 1, using: &rng)
        return log(y) + log(rng.nextOpenUnit()) / shape
    }

    /// Gamma(shape, 1) for shape ≥ 1 by Marsaglia & Tsang.
    ///
    /// The exact test is written with w = v − 1 = cZ(3 + cZ(3 + cZ)) as
    /// `ln U < Z²/2 + d (ln(1 + w) − w)`, which stays accurate for shapes up to 10¹² where
    /// `1 − v + ln v` would cancel.
    static func marsagliaTsang<G: RandomNumberGenerator>(shape: Double, using rng: inout G) -> Double {
        let d = shape - 1.0 / 3.0
        let c = 1 / (9 * d).squareRoot()
        while true {
            let z = Normal.standard(using: &rng)
            let e = c * z
            if e <= -1 { continue }
            let w = e * (3 + e * (3 + e))
            let u = rng.nextOpenUnit()
            let z2 = z * z
            if u < 1 - 0.0331 * z2 * z2 { return d * (1 + w) }
            if log(u) < 0.5 * z2 + d * (log1p(w) - w) { return d * (1 + w) }
        }
    }
}
