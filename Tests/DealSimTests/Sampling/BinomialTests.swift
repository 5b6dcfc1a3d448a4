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
        /// < 10), BTRS, either side of the switch at 10, with the p > ½ symmetry, and n = 10¹².
        @Test(
            arguments: [
                (100, 0.03),  // np = 3, inversion
                (12, 0.9),  // nq = 1.2, inversion of the mirror
                (1, 0.3),  // a single trial
                (1000, 0.0099),  // np = 9.9, inversion just below the switch
                (1000, 0.01),  // np = 10, BTRS at the switch
                (1000, 0.0101),  // np = 10.1, BTRS just above it
                (5000, 0.01),  // np = 50, BTRS
                (100, 0.5),  // np = 50, p = ½ exactly
                (20000, 0.8),  // nq = 4000, BTRS of the mirror
                (10_000_000, 0.1),  // np = 10⁶
                (1_000_000_000_000, 3e-12),  // n = 10¹², np = 3, inversion
                (1_000_000_000_000, 0.3),  // n = 10¹², BTRS
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
            (1000, 0.01),  // np = 10, BTRS, whose final test then meets k + 1 ≤ 10
            (25, 0.4),  // np = 10, BTRS with a short range
            (20, 0.5),  // np = 10, p = ½
            (360, 0.5),  // the engine's upheld disputes
            (4000, 0.2),  // the engine's second attempts
            (200, 0.25),  // np = 50
            (41, 0.75),  // nq = 10.25, BTRS of the mirror
            (20000, 0.8),  // nq = 4000, mirror
            (1_000_000, 0.4),  // np = 4·10⁵, large arguments of the final test
        ])
        func goodnessOfFit(n: Int, p: Double) {
            let values = Self.sample(drawCount, n: n, p: p, seed: 12)
            let mean = Double(n) * p
            let sd = (mean * (1 - p)).squareRoot()
            let lower = Swift.max(0, Int(mean - 12 * sd) - 20)
            let upper = Swift.min(n, Int(mean + 12 * sd) + 20)
            ChiSquare.expectFit(values, logPmf: { Self.logPmf($0, n: n, p: p) }, range: lower...upper)
        }

        /// BTRS's final test compares with ln f(k)/f(M) from Stirling's formula; it agrees with
        /// the same ratio from log-gamma at and around the mode, in the tails, at k = 0 and
        /// k = n, where the Stirling correction meets both its table and its series. The
        /// reference sets the tolerance: it subtracts terms as large as ln n! ≤ (n + 1) ln(n + 1),
        /// each rounded to about an ulp, so it is good to a few ulps of that (16 allowed).
        /// Leaving out one correction term, about 1/(12(n − k + 1)), would fail by far.
        @Test(arguments: [(20, 0.5), (25, 0.4), (1000, 0.01), (4000, 0.2), (100_000, 0.3)])
        func finalTestUsesTheExactPmfRatio(n: Int, p: Double) {
            let setup = BTRS(n: n, p: p)
            let mode = Int(setup.mode)
            let sd = (Double(n) * p * (1 - p)).squareRoot()
            let ks = [0, 1, 2, 9, 10, mode - Int(5 * sd), mode - 1, mode, mode + 1, mode + Int(5 * sd), n - 10, n - 1, n]
            for k in ks where 0 <= k && k <= n {
                let exact = Self.logPmf(k, n: n, p: p) - Self.logPmf(mode, n: n, p: p)
                let tolerance = 16 * Double(n + 1) * log(Double(n + 1)) * Double.ulpOfOne
                #expect(abs(setup.logRatioToMode(Double(k)) - exact) <= tolerance, "n \(n), p \(p), k \(k)")
            }
        }

        /// The squeeze that decides most candidates before the final test holds: its bounds
        /// contain ln f(k)/f(M) for every k where it applies, from k = M outwards, with
        /// n·p from 10 up; and it applies to the candidates around the mode.
        @Test(arguments: [(20, 0.5), (25, 0.4), (100, 0.1), (1000, 0.01), (360, 0.5), (4000, 0.2), (19000, 0.05), (100_000, 0.3)])
        func squeezeHolds(n: Int, p: Double) {
            let setup = BTRS(n: n, p: p)
            var applied = 0
            for k in 0...n {
                guard let bounds = setup.squeeze(Double(k)) else { continue }
                applied += 1
                #expect(bounds.contains(setup.logRatioToMode(Double(k))), "n \(n), p \(p), k \(k)")
            }
            #expect(applied >= Int(setup.npq / 2) * 2 - 3)
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

        /// A draw with n = 10¹² takes constant work, counted in random words rather than timed
        /// (`dealsim bench --samplers` times it): one Bernoulli draw per trial would take 10¹²
        /// words. Inversion at n·p = 1 takes one uniform per draw (it starts over only when
        /// round-off leaves u above the CDF at 110, P < 10⁻⁶⁰); BTRS takes two per candidate
        /// and about 1.15 candidates per draw (Hörmann 1993), so 2.3 words per draw with a
        /// standard error under 0.01 over 10⁴ draws: 2.4 is more than 10 SE away.
        @Test(arguments: [(1e-12, 1.0), (0.5, 2.4)])
        func hugeCountTakesConstantWork(p: Double, wordsPerDraw: Double) {
            let draws = 10_000
            var rng = CountingGenerator(seed: 14)
            let values = (0..<draws).map { _ in Binomial.sample(count: 1_000_000_000_000, probability: p, using: &rng) }
            #expect(values.allSatisfy { 0 <= $0 && $0 <= 1_000_000_000_000 })
            #expect(Double(rng.count) <= wordsPerDraw * Double(draws), "\(rng.count) words for \(draws) draws")
        }

        /// Draws are reproducible: the same stream gives the same variates.
        @Test func reproducible() {
            #expect(Self.sample(1000, n: 500, p: 0.3, seed: 16) == Self.sample(1000, n: 500, p: 0.3, seed: 16))
            #expect(Self.sample(1000, n: 500, p: 0.3, seed: 16) != Self.sample(1000, n: 500, p: 0.3, seed: 17))
        }
    }
}
