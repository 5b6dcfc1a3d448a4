/// Continuous uniform variates.
public enum Uniform {
    /// A uniform variate on [lower, upper].
    ///
    /// ```
    /// X = lower + (upper − lower) · U,   U ∈ [0, 1)
    /// ```
    ///
    /// Mean (lower + upper)/2, variance (upper − lower)²/12.
    ///
    /// - Parameters:
    ///   - lower: The lower bound (finite).
    ///   - upper: The upper bound, `upper ≥ lower` (finite). When they are equal the result
    ///     is `lower` and no random numbers are consumed.
    ///   - rng: The source of random bits.
    /// - Returns: a double in [lower, upper] (clamped, since rounding can reach `upper`).
    /// - Complexity: O(1); one `next()`.
    public static func sample<G: RandomNumberGenerator>(lower: Double, upper: Double, using rng: inout G) -> Double {
        precondition(lower.isFinite && upper.isFinite && lower <= upper, "uniform needs finite lower ≤ upper")
        if lower == upper { return lower }
        let x = lower + (upper - lower) * rng.nextUnit()
        return Swift.min(Swift.max(x, lower), upper)
    }
}
