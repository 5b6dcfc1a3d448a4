import Foundation

/// Normal (Gaussian) variates.
///
/// Standard normals come from Marsaglia's polar method (G. Marsaglia and T. A. Bray,
/// "A convenient method for generating normal variables", SIAM Review 6(3), 1964): draw
/// (x, y) uniform on the square [−1, 1)², reject unless 0 < s = x² + y² < 1, and return
///
/// ```
/// z = x · √(−2 ln s / s)
/// ```
///
/// The second variate `y · √(…)` is discarded so that samplers stay stateless values.
/// Acceptance probability is π/4, so a draw consumes 2 · 4/π ≈ 2.55 `next()` on average.
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
    /// - Complexity: O(1) expected; one `log` and one square root per attempt.
    public static func sample<G: RandomNumberGenerator>(mean: Double, sd: Double, using rng: inout G) -> Double {
        precondition(sd >= 0 && sd.isFinite && mean.isFinite, "normal needs a finite mean and sd ≥ 0")
        if sd == 0 { return mean }
        return mean + sd * standard(using: &rng)
    }

    /// A standard normal variate N(0, 1) by the polar method. Its magnitude is below 12.1 (s ≥ 2⁻¹⁰⁴).
    static func standard<G: RandomNumberGenerator>(using rng: inout G) -> Double {
        while true {
            let x = 2 * rng.nextUnit() - 1
            let y = 2 * rng.nextUnit() - 1
            let s = x * x + y * y
            if s < 1 && s > 0 {
                return x * (-2 * log(s) / s).squareRoot()
            }
        }
    }
}
