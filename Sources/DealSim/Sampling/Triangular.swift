/// Triangular variates, by inversion of the CDF.
public enum Triangular {
    /// A triangular variate on [min, max] with its peak at `mode`.
    ///
    /// With U ∈ [0, 1) and F_c = (mode − min)/(max − min) the CDF at the mode:
    ///
    /// ```
    /// X = min + √(U (max − min)(mode − min))              if U < F_c
    /// X = max − √((1 − U)(max − min)(max − mode))         otherwise
    /// ```
    ///
    /// Mean (min + mode + max)/3, variance
    /// (min² + mode² + max² − min·mode − min·max − mode·max)/18.
    ///
    /// - Parameters:
    ///   - min: The lower bound (finite).
    ///   - mode: The peak, `min ≤ mode ≤ max`.
    ///   - max: The upper bound (finite). When `min == max` the result is `min` and no random
    ///     numbers are consumed.
    ///   - rng: The source of random bits.
    /// - Returns: a double in [min, max].
    /// - Complexity: O(1); one `next()` and one square root.
    public static func sample<G: RandomNumberGenerator>(
        min: Double, mode: Double, max: Double, using rng: inout G
    ) -> Double {
        precondition(
            min.isFinite && max.isFinite && min <= mode && mode <= max, "triangular needs finite min ≤ mode ≤ max")
        if min == max { return min }
        let range = max - min
        let u = rng.nextUnit()
        let x: Double
        if u * range < mode - min {
            x = min + (u * range * (mode - min)).squareRoot()
        } else {
            x = max - ((1 - u) * range * (max - mode)).squareRoot()
        }
        return Swift.min(Swift.max(x, min), max)
    }
}
