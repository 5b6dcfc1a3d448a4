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
        /// (significance 10⁻⁴), with 10⁶ draws so that the ziggurat's wedges are exercised.
        @Test func goodnessOfFit() {
            let values = draws(1_000_000, seed: 42) { Normal.standard(using: &$0) }
            ChiSquare.expectFit(values, cdf: { erfc(-$0 / 2.0.squareRoot()) / 2 }, lower: -5, upper: 5)
        }

        /// The ziggurat's tail (beyond R = 3.6542, sampled separately) and its outer layers
        /// carry the right mass: the counts of 10⁶ draws beyond ±R, ±3 and ±4.5 are within
        /// 4 binomial SE, √(n P (1 − P)), of n·P with P = erfc(t/√2).
        @Test(arguments: [NormalZiggurat.tailStart, 3.0, 4.5])
        func tailMass(threshold: Double) {
            let n = 1_000_000
            let values = draws(n, seed: 44) { Normal.standard(using: &$0) }
            let beyond = Double(values.count { abs($0) > threshold })
            let probability = erfc(threshold / 2.0.squareRoot())
            let expected = Double(n) * probability
            let tolerance = 4 * (expected * (1 - probability)).squareRoot()
            #expect(abs(beyond - expected) <= tolerance, "\(beyond) draws beyond ±\(threshold), expected \(expected)")
        }

        /// The ziggurat's layer edges close at 0, decrease, and enclose equal areas V:
        /// x₁ = R, x₀ · f(R) = V, and xᵢ (f(xᵢ₊₁) − f(xᵢ)) = V within 10⁻⁹ relative.
        @Test func zigguratTables() {
            let x = NormalZiggurat.edges
            let f = NormalZiggurat.heights
            let area = NormalZiggurat.layerArea
            #expect(x.count == 257 && x[1] == NormalZiggurat.tailStart && x[256] == 0 && f[256] == 1)
            #expect(zip(x, x.dropFirst()).allSatisfy { $0 > $1 })
            #expect(abs(x[0] * f[1] - area) <= 1e-15)
            for i in 1..<256 {
                #expect(abs(x[i] * (f[i + 1] - f[i]) - area) <= 1e-9 * area, "layer \(i)")
            }
        }

        /// sd = 0 returns the mean exactly, without consuming random numbers.
        @Test func zeroStandardDeviation() {
            var rng = CountingGenerator(seed: 43)
            #expect(Normal.sample(mean: 0.1, sd: 0, using: &rng) == 0.1)
            #expect(rng.count == 0)
        }
    }
}
