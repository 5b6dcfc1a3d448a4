import Foundation

/// Lognormal variates.
///
/// ```
/// X = exp(μ + σ Z),   Z ~ N(0, 1)
/// ```
///
/// Mean exp(μ + σ²/2), variance (exp(σ²) − 1) · exp(2μ + σ²). A scenario's `ci90` interval
/// [low, high] gives μ and σ by `Distribution.lognormalParameters(low:high:)`.
public enum LogNormal {
    /// A lognormal variate with log-mean `mu` and log-standard-deviation `sigma`.
    ///
    /// - Parameters:
    ///   - mu: The mean of ln X (finite).
    ///   - sigma: The standard deviation of ln X, `σ ≥ 0` (finite).
    ///   - rng: The source of random bits.
    /// - Returns: a finite double ≥ 0 (clamped to `greatestFiniteMagnitude`; it may underflow
    ///   to 0 for extremely wide distributions).
    /// - Complexity: O(1) expected: one normal draw and one `exp`.
    public static func sample<G: RandomNumberGenerator>(mu: Double, sigma: Double, using rng: inout G) -> Double {
        precondition(mu.isFinite && sigma.isFinite && sigma >= 0, "lognormal needs finite μ and σ ≥ 0")
        let x = exp(mu + sigma * Normal.standard(using: &rng))
        return Swift.min(x, .greatestFiniteMagnitude)
    }
}
