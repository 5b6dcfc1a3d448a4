import Foundation
import Testing

@testable import DealSim

extension SamplingTests {
    /// The beta with given moments or given 5th and 95th percentiles.
    @Suite struct BetaFittingTests {
        /// By hand: mean 0.8, sd 0.1 give ν = 0.8 · 0.2 / 0.01 − 1 = 15, α = 12, β = 3; mean
        /// 0.5, sd 0.25 give ν = 3, α = β = 1.5.
        @Test func moments() throws {
            let twelveThree = try #require(Beta.shapes(mean: 0.8, sd: 0.1))
            #expect(isClose(twelveThree.alpha, 12, tolerance: 1e-12) && isClose(twelveThree.beta, 3, tolerance: 1e-12))
            let symmetric = try #require(Beta.shapes(mean: 0.5, sd: 0.25))
            #expect(isClose(symmetric.alpha, 1.5, tolerance: 1e-12) && isClose(symmetric.beta, 1.5, tolerance: 1e-12))
        }

        /// No beta has a mean outside (0, 1), sd 0, or sd² ≥ mean (1 − mean).
        @Test(arguments: [(0.0, 0.1), (1.0, 0.1), (1.2, 0.1), (-0.1, 0.1), (0.8, 0), (0.5, 0.5), (0.5, 0.6)])
        func noMoments(mean: Double, sd: Double) {
            #expect(Beta.shapes(mean: mean, sd: sd) == nil)
        }

        /// The percentiles of known betas give back their shapes: Beta(1, 1) (the uniform,
        /// percentiles 0.05 and 0.95), skewed, U-shaped and concentrated ones.
        @Test(arguments: [(1.0, 1.0), (11.0, 9.0), (2.0, 5.0), (0.5, 0.5), (4.5, 160.0), (25.0, 0.8), (2_000.0, 3_000.0)])
        func percentilesRoundTrip(alpha: Double, beta: Double) throws {
            let known = Distribution.beta(alpha: alpha, beta: beta)
            let low = known.quantile(0.05), high = known.quantile(0.95)
            let fitted = try #require(Beta.shapes(percentile5: low, percentile95: high))
            #expect(relativeError(fitted.alpha, alpha) < 1e-6, "α of Beta(\(alpha), \(beta)): \(fitted.alpha)")
            #expect(relativeError(fitted.beta, beta) < 1e-6, "β of Beta(\(alpha), \(beta)): \(fitted.beta)")
        }

        /// The 5th and 95th percentiles of the beta fitted to a ci90 are its ends.
        @Test(arguments: [(0.01, 0.05), (0.2, 0.6), (0.5, 0.9), (0.001, 0.999), (0.4, 0.41), (1e-6, 1e-5)])
        func percentiles(low: Double, high: Double) throws {
            let fitted = try #require(Beta.shapes(percentile5: low, percentile95: high))
            let beta = Distribution.beta(alpha: fitted.alpha, beta: fitted.beta)
            #expect(abs(beta.quantile(0.05) - low) <= 1e-6 * (high - low))
            #expect(abs(beta.quantile(0.95) - high) <= 1e-6 * (high - low))
        }

        /// None without 0 < low < high < 1, nor when the beta would need α + β above 10⁶.
        @Test(arguments: [(0.0, 0.5), (0.5, 0.5), (0.6, 0.5), (0.5, 1.0), (0.5, 1.5), (0.3, 0.3001)])
        func noPercentiles(low: Double, high: Double) {
            #expect(Beta.shapes(percentile5: low, percentile95: high) == nil)
        }
    }
}
