/// Beta-PERT variates: a beta distribution rescaled to [min, max] with a given mode.
///
/// With λ = 4 (D. Vose, *Risk Analysis: A Quantitative Guide*, 3rd ed., Wiley 2008, §III.9):
///
/// ```
/// α = 1 + 4 (mode − min)/(max − min)
/// β = 1 + 4 (max − mode)/(max − min)
/// X = min + (max − min) · B,   B ~ Beta(α, β)
/// ```
///
/// Mean (min + 4·mode + max)/6, variance (mean − min)(max − mean)/7.
public enum PERT {
    /// A beta-PERT variate on [min, max] with its mode at `mode`.
    ///
    /// - Parameters:
    ///   - min: The lower bound (finite).
    ///   - mode: The most likely value, `min ≤ mode ≤ max`.
    ///   - max: The upper bound (finite). When `min == max` the result is `min` and no random
    ///     numbers are consumed.
    ///   - rng: The source of random bits.
    /// - Returns: a double in [min, max].
    /// - Complexity: O(1) expected: one ``Beta`` draw (two gamma draws with shapes in [1, 5]).
    public static func sample<G: RandomNumberGenerator>(
        min: Double, mode: Double, max: Double, using rng: inout G
    ) -> Double {
        precondition(min.isFinite && max.isFinite && min <= mode && mode <= max, "PERT needs finite min ≤ mode ≤ max")
        if min == max { return min }
        let range = max - min
        let alpha = 1 + 4 * (mode - min) / range
        let beta = 1 + 4 * (max - mode) / range
        let x = min + range * Beta.sample(alpha: alpha, beta: beta, using: &rng)
        return Swift.min(Swift.max(x, min), max)
    }
}
