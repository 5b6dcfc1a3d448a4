import Foundation
import Testing

@testable import DealSim

extension SamplingTests {
    @Suite struct PoissonTests {
        /// ln P(X = k) for X ~ Poisson(λ), λ > 0, from log-gamma.
        static func logPmf(_ k: Int, mean lambda: Double) -> Double {
            guard k >= 0 else { return -.infinity }
            let k = Double(k)
            return k * log(lambda) - lambda - lgamma(k + 1)
        }

        static func sample(_ count: Int, mean: Double, seed: UInt64) -> [Int] {
            draws(count, seed: seed) { Poisson.sample(mean: mean, using: &$0) }
        }

        /// Mean and variance λ within 4 SE, for inversion (λ < 10) and PTRS (λ ≥ 10), either
        /// side of the switch, up to λ = 10¹².
        @Test(arguments: [1e-3, 2, 9.99, 10, 15, 100, 1e4, 1e9, 1e12])
        func moments(mean: Double) {
            let values = Self.sample(drawCount, mean: mean, seed: 21)
            #expect(values.allSatisfy { $0 >= 0 })
            SampleMoments(values.map(Double.init)).expect(mean: mean, variance: mean)
        }

        /// Chi-square goodness of fit of the whole pmf (cells merged to expected ≥ 5, critical
        /// value at significance 10⁻⁴ by Wilson–Hilferty).
        @Test(arguments: [0.5, 3, 9.99, 10, 15, 50, 1e4, 1e6])
        func goodnessOfFit(mean: Double) {
            let values = Self.sample(drawCount, mean: mean, seed: 22)
            let sd = mean.squareRoot()
            let lower = Swift.max(0, Int(mean - 12 * sd) - 20)
            let upper = Int(mean + 12 * sd) + 40
            ChiSquare.expectFit(values, logPmf: { Self.logPmf($0, mean: mean) }, range: lower...upper)
        }

        /// The PTRS log-pmf, written to avoid cancellation near 10¹², agrees with log-gamma
        /// where both are accurate; the tolerance is 10⁻¹² · (1 + |ln p|) for λ ≤ 10⁴, where
        /// log-gamma loses at most 10⁻¹¹ in absolute terms.
        @Test(arguments: [10.0, 15, 100, 1e4])
        func stableLogPmfMatchesLogGamma(mean: Double) {
            let sd = mean.squareRoot()
            for k in Swift.max(0, Int(mean - 8 * sd))...Int(mean + 8 * sd) {
                let exact = Self.logPmf(k, mean: mean)
                let stable = Stirling.logPoissonProbability(Double(k), mean: mean)
                #expect(abs(stable - exact) <= 1e-11 * (1 + abs(exact)), "k = \(k): \(stable) vs \(exact)")
            }
        }

        /// Mean 0 gives 0 without consuming random numbers.
        @Test func zeroMean() {
            var rng = CountingGenerator(seed: 23)
            #expect(Poisson.sample(mean: 0, using: &rng) == 0)
            #expect(rng.count == 0)
        }

        /// A draw with λ = 10¹² takes constant work, counted in random words rather than timed
        /// (`dealsim bench --samplers` times it): PTRS takes two words per candidate and
        /// 1/α = 1.1239 + 1.1328/(b − 3.4) candidates per draw on average (Hörmann 1993),
        /// 1.124 at λ = 10¹², so 2.25 words per draw with a standard error under 0.01 over 10⁴
        /// draws: 2.35 is more than 10 SE away. Inversion from 0 would take 10¹² steps.
        @Test func hugeMeanTakesConstantWork() {
            let draws = 10_000
            var rng = CountingGenerator(seed: 24)
            let values = (0..<draws).map { _ in Poisson.sample(mean: 1e12, using: &rng) }
            #expect(values.allSatisfy { $0 >= 0 })
            #expect(Double(rng.count) <= 2.35 * Double(draws), "\(rng.count) words for \(draws) draws")
        }
    }
}
