import Foundation
import Testing

@testable import DealSim

extension SamplingTests {
    @Suite struct LogNormalTests {
        /// Mean exp(μ + σ²/2) and variance (e^(σ²) − 1) e^(2μ + σ²) within 4 SE (moderate σ, so
        /// the sample fourth moment behind SE(s²) is itself reliable).
        @Test(arguments: [(1.0, 3.0), (100.0, 400.0), (0.5, 0.6)])
        func moments(low: Double, high: Double) {
            let values = draws(drawCount, seed: 91) { Distribution.ci90(low: low, high: high).sample(using: &$0) }
            #expect(values.allSatisfy { $0 > 0 && $0.isFinite })
            let (mu, sigma) = Distribution.lognormalParameters(low: low, high: high)
            SampleMoments(values).expect(
                mean: exp(mu + sigma * sigma / 2), variance: expm1(sigma * sigma) * exp(2 * mu + sigma * sigma))
        }

        /// `low` and `high` are the 5th and 95th percentiles: the fraction of draws below each
        /// is within 4 SE = 4√(0.05 · 0.95/n) of 0.05 and 0.95.
        @Test func percentiles() {
            let values = draws(drawCount, seed: 92) { Distribution.ci90(low: 2, high: 50).sample(using: &$0) }
            let n = Double(values.count)
            let tolerance = 4 * (0.05 * 0.95 / n).squareRoot()
            let below = Double(values.count { $0 < 2 }) / n
            let aboveHigh = Double(values.count { $0 > 50 }) / n
            #expect(abs(below - 0.05) <= tolerance)
            #expect(abs(aboveHigh - 0.05) <= tolerance)
        }

        /// Chi-square fit against Φ((ln x − μ)/σ) (100 cells, significance 10⁻⁴).
        @Test func goodnessOfFit() {
            let values = draws(drawCount, seed: 93) { Distribution.ci90(low: 1, high: 3).sample(using: &$0) }
            let (mu, sigma) = Distribution.lognormalParameters(low: 1, high: 3)
            let cdf = { (x: Double) -> Double in x <= 0 ? 0 : erfc(-(log(x) - mu) / (sigma * 2.0.squareRoot())) / 2 }
            ChiSquare.expectFit(values, cdf: cdf, lower: 0.5, upper: 5)
        }

        /// A `ci90` with low == high returns it without consuming random numbers.
        @Test func degenerate() {
            var rng = CountingGenerator(seed: 94)
            #expect(Distribution.ci90(low: 3, high: 3).sample(using: &rng) == 3)
            #expect(rng.count == 0)
        }
    }
}
