import Foundation
import Testing

@testable import DealSim

extension SamplingTests {
    @Suite struct DistributionSamplingTests {
        static let cases: [Distribution] = [
            .uniform(2, 4),
            .triangular(min: 0, mode: 3, max: 6),
            .pert(min: 0, mode: 1, max: 8),
            .normal(mean: 5, sd: 2),
            .ci90(low: 1, high: 3),
            .beta(alpha: 16, beta: 4),
            .beta(alpha: 0.5, beta: 2),
        ]

        /// Hand-computed variances.
        @Test func variancesAreExact() {
            #expect(Distribution.fixed(3).variance == 0)
            #expect(Distribution.uniform(0, 12).variance == 12)
            #expect(Distribution.triangular(min: 0, mode: 3, max: 6).variance == 1.5)
            #expect(Distribution.pert(min: 0, mode: 1, max: 8).variance == 12.0 / 7)  // (2 − 0)(8 − 2)/7
            #expect(Distribution.normal(mean: 1, sd: 3).variance == 9)
            #expect(Distribution.beta(alpha: 1, beta: 1).variance == 1.0 / 12)
            #expect(abs(Distribution.beta(alpha: 16, beta: 4).variance - 64.0 / 8400) <= 1e-16)
            // ci90(e⁻ᶻ, eᶻ) with z = z₀.₉₅ has μ = 0, σ = 1: variance (e − 1)·e.
            let z = Distribution.z95
            let variance = Distribution.ci90(low: exp(-z), high: exp(z)).variance
            #expect(abs(variance - (M_E - 1) * M_E) <= 1e-14 * variance)
        }

        /// Each case's draws have the distribution's `mean` and `variance` within 4 SE, and
        /// stay in its `support`.
        @Test(arguments: cases)
        func momentsMatchMeanAndVariance(distribution: Distribution) {
            let values = draws(drawCount, seed: 101) { distribution.sample(using: &$0) }
            #expect(values.allSatisfy { distribution.support.contains($0) })
            SampleMoments(values).expect(mean: distribution.mean, variance: distribution.variance)
        }

        /// `sample` forwards to the family's sampler, draw for draw.
        @Test func forwardsToSamplers() {
            var a = RandomStream(seed: 102, trial: 0, substream: 0)
            var b = a
            for _ in 0..<100 {
                #expect(
                    Distribution.pert(min: 1, mode: 2, max: 9).sample(using: &a)
                        == PERT.sample(min: 1, mode: 2, max: 9, using: &b))
                let (mu, sigma) = Distribution.lognormalParameters(low: 1, high: 9)
                #expect(
                    Distribution.ci90(low: 1, high: 9).sample(using: &a) == LogNormal.sample(mu: mu, sigma: sigma, using: &b))
                #expect(Distribution.uniform(1, 9).sample(using: &a) == Uniform.sample(lower: 1, upper: 9, using: &b))
            }
        }

        /// `.fixed` and single-point distributions consume no random numbers, so adding such a
        /// field never shifts the draws of the fields after it.
        @Test func fixedConsumesNothing() {
            var rng = CountingGenerator(seed: 103)
            let pointMasses: [Distribution] = [
                .fixed(2.5), .uniform(1, 1), .triangular(min: 3, mode: 3, max: 3), .pert(min: 4, mode: 4, max: 4),
                .normal(mean: 5, sd: 0), .ci90(low: 6, high: 6),
            ]
            #expect(pointMasses.map { $0.sample(using: &rng) } == [2.5, 1, 3, 4, 5, 6])
            #expect(rng.count == 0)
        }
    }
}
