/// Normal (Gaussian) variates.
///
/// Standard normals come from the 256-layer ziggurat of Marsaglia & Tsang (2000), see
/// `NormalZiggurat`: one `next()`, a multiplication and a comparison for about 99% of
/// draws, no logarithm.
public enum Normal {
    /// A normal variate with this mean and standard deviation.
    ///
    /// ```
    /// X = mean + sd · Z,   Z ~ N(0, 1)
    /// ```
    ///
    /// - Parameters:
    ///   - mean: The mean μ (finite).
    ///   - sd: The standard deviation σ ≥ 0 (finite). With σ = 0 the result is `mean`
    ///     exactly and no random numbers are consumed.
    ///   - rng: The source of random bits.
    /// - Returns: a finite double.
    /// - Complexity: O(1) expected; usually one `next()` and no `log` or `exp`.
    public static func sample<G: RandomNumberGenerator>(mean: Double, sd: Double, using rng: inout G) -> Double {
        precondition(sd >= 0 && sd.isFinite && mean.isFinite, "normal needs a finite mean and sd ≥ 0")
        if sd == 0 { return mean }
        return mean + sd * standard(using: &rng)
    }

    /// A standard normal variate N(0, 1), by the ziggurat.
    static func standard<G: RandomNumberGenerator>(using rng: inout G) -> Double {
        NormalZiggurat.sample(using: &rng)
    }
}
