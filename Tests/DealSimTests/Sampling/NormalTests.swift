import Foundation
import Testing
@testable import DealSim

extension SamplingTests {
    @Suite struct NormalTests {
        /// Mean μ and variance σ² within 4 SE.
        @Test(arguments: [(0.0, 1.0), (3.0, 2.0), (-1e6, 1e-3)])
        func moments(mean: Double, sd: Double) {
            let values = draws(drawCount, seed: 41) { Normal.sample(mean: mean, sd: sd, using: &$0) }
            #expect(values.allSatisfy { $0.isFinite })
            SampleMoments(values).expect(mean: mean, variance: sd * sd)
        }

        /// Chi-square fit against Φ(x) = erfc(−x/√2)/2 on [−5, 5] in 100 cells plus tails
        /// (significance 10⁻⁴).
        @Test func goodnessOfFit() {
            let values = draws(drawCount, seed: 42) { Normal.standard(using: &$0) }
            ChiSquare.expectFit(values, cdf: { erfc(-$0 / 2.0.squareRoot()) / 2 }, lower: -5, upper: 5)
        }

        /// sd = 0 returns the mean exactly, without consuming random numbers.
        @Test func zeroStandardDeviation() {
            var rng = CountingGenerator(seed: 43)
            #expect(Normal.sample(mean: 0.1, sd: 0, using: &rng) == 0.1)
            #expect(rng.count == 0)
        }
    }
}
