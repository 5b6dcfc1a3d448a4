import Foundation

/// Lognormal variates specified by a 90% interval.
///
/// The lognormal whose 5th and 95th percentiles are `low` and `high` has
///
/// ```
/// μ = (ln low + ln high)/2
/// σ = (ln high − ln low)/(2 · 1.6448536269514722)      (z₀.₉₅ = Φ⁻¹(0.95))
/// X = exp(μ + σ Z),   Z ~ N(0, 1)
/// ```
///
/// Mean exp(μ + σ²/2), variance (exp(σ²) − 1) · exp(2μ + σ²).
public enum LogNormal {
    /// A lognormal variate whose 90% central interval is [low, high].
    ///
    /// - Parameters:
    ///   - low: The 5th percentile, `low > 0` (finite).
    ///   - high: The 95th percentile, `high ≥ low` (finite). When they are equal the result is
    ///     `low` and no random numbers are consumed.
    ///   - rng: The source of random bits.
    /// - Returns: a finite double ≥ 0 (clamped to `greatestFiniteMagnitude`; it may underflow
    ///   to 0 for extremely wide intervals).
    /// - Complexity: O(1) expected: one normal draw, two `log`s and one `exp`.
    public static func sample<G: RandomNumberGenerator>(low: Double, high: Double, using rng: inout G) -> Double {
        precondition(low > 0 && high.isFinite && low <= high, "lognormal needs finite 0 < low ≤ high")
        if low == high { return low }
        let (mu, sigma) = Distribution.lognormalParameters(low: low, high: high)
        let x = exp(mu + sigma * Normal.standard(using: &rng))
        return Swift.min(x, .greatestFiniteMagnitude)
    }
}
