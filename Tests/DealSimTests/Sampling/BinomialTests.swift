import Foundation
import Testing

@testable import DealSim

extension SamplingTests {
    @Suite struct BinomialTests {
        /// ln P(X = k) for X ~ Binomial(n, p), 0 < p < 1, from log-gamma.
        static func logPmf(_ k: Int, n: Int, p: Double) -> Double {
            guard k >= 0 && k <= n else { return -.infinity }
            let (n, k) = (Double(n), Double(k))
            return lgamma(n + 1) - lgamma(k + 1) - lgamma(n - k + 1) + k * log(p) + (n - k) * log1p(-p)
        }

        static func sample(_ count: Int, n: Int, p: Double, seed: UInt64) -> [Int] {
            draws(count, seed: seed) { Binomial.sample(count: n, probability: p, using: &$0) }
        }

        /// Mean np and variance np(1 − p) within 4 SE, in both regimes: inversion (n·min(p, q)
        /// < 10), BTPE, either side of the switch at 10, with the p > ½ symmetry, and n = 10¹².
        @Test(
            .timeLimit(.minutes(1)),
            arguments: [
                (100, 0.03),  // np = 3, inversion
                (12, 0.9),  // nq = 1.2, inversion of the mirror
                (1, 0.3),  // a single trial
                (1000, 0.0099),  // np = 9.9, inversion just below the switch
                (1000, 0.01),  // np = 10, BTPE at the switch
                (1000, 0.0101),  // np = 10.1, BTPE just above it
                (5000, 0.01),  // np = 50, BTPE
                (100, 0.5),  // np = 50, p = ½ exactly
                (20000, 0.8),  // nq = 4000, BTPE of the mirror
                (10_000_000, 0.1),  // np = 10⁶
                (1_000_000_000_000, 3e-12),  // n = 10¹², np = 3, inversion
                (1_000_000_000_000, 0.3),  // n = 10¹², BTPE
                (1_000_000_000_000, 0.999_999),  // n = 10¹², nq = 10⁶, mirror
            ])
        func moments(n: Int, p: Double) {
            let values = Self.sample(drawCount, n: n, p: p, seed: 11)
            #expect(values.allSatisfy { 0 <= $0 && $0 <= n })
            let nd = Double(n)
            SampleMoments(values.map(Double.init)).expect(mean: nd * p, variance: nd * p * (1 - p))
        }

        /// Chi-square goodness of fit of the whole pmf (cells merged to expected ≥ 5, critical
        /// value at significance 10⁻⁴ by Wilson–Hilferty).
        @Test(arguments: [
            (30, 0.1),  // np = 3, inversion
            (1000, 0.0099),  // np = 9.9, inversion
            (1000, 0.01),  // np = 10, BTPE
            (25, 0.4),  // np = 10, BTPE with a short range
            (200, 0.25),  // np = 50
            (41, 0.75),  // nq = 10.25, BTPE of the mirror
            (20000, 0.8),  // nq = 4000, mirror
            (1_000_000, 0.4),  // np = 4·10⁵, the Stirling step 5.3 regime
        ])
        func goodnessOfFit(n: Int, p: Double) {
            let values = Self.sample(drawCount, n: n, p: p, seed: 12)
            let mean = Double(n) * p
            let sd = (mean * (1 - p)).squareRoot()
            let lower = Swift.max(0, Int(mean - 12 * sd) - 20)
            let upper = Swift.min(n, Int(mean + 12 * sd) + 20)
            ChiSquare.expectFit(values, logPmf: { Self.logPmf($0, n: n, p: p) }, range: lower...upper)
        }

        /// n = 0, p = 0 and p = 1 give 0, 0 and n exactly and consume no random numbers.
        @Test func degenerateParameters() {
            var rng = CountingGenerator(seed: 13)
            #expect(Binomial.sample(count: 0, probability: 0.5, using: &rng) == 0)
            #expect(Binomial.sample(count: 0, probability: 1, using: &rng) == 0)
            #expect(Binomial.sample(count: 1_000_000_000_000, probability: 0, using: &rng) == 0)
            #expect(Binomial.sample(count: 1_000_000_000_000, probability: 1, using: &rng) == 1_000_000_000_000)
            #expect(Binomial.sample(count: 7, probability: 1, using: &rng) == 7)
            #expect(rng.count == 0)
        }

        /// A draw with n = 10¹² takes constant time: 10⁴ draws in either regime finish far
        /// within the limit (one Bernoulli draw per trial would take hours).
        @Test(.timeLimit(.minutes(1))) func hugeCountIsFast() {
            let clock = ContinuousClock()
            let elapsed = clock.measure {
                _ = Self.sample(10_000, n: 1_000_000_000_000, p: 0.5, seed: 14)
                _ = Self.sample(10_000, n: 1_000_000_000_000, p: 1e-12, seed: 15)
            }
            #expect(elapsed < .seconds(5))
        }

        /// Draws are reproducible: the same stream gives the same variates.
        @Test func reproducible() {
            #expect(Self.sample(1000, n: 500, p: 0.3, seed: 16) == Self.sample(1000, n: 500, p: 0.3, seed: 16))
            #expect(Self.sample(1000, n: 500, p: 0.3, seed: 16) != Self.sample(1000, n: 500, p: 0.3, seed: 17))
        }
    }
}
