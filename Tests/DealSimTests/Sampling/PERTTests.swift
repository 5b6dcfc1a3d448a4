import Testing

@testable import DealSim

extension SamplingTests {
    @Suite struct PERTTests {
        /// Mean (a + 4c + b)/6 and variance (μ − a)(b − μ)/7 within 4 SE.
        @Test(arguments: [(0.0, 1.0, 8.0), (10.0, 15.0, 20.0), (0.0, 0.0, 1.0), (-5.0, 3.0, 3.0)])
        func moments(min: Double, mode: Double, max: Double) {
            let values = draws(drawCount, seed: 81) { PERT.sample(min: min, mode: mode, max: max, using: &$0) }
            #expect(values.allSatisfy { min <= $0 && $0 <= max })
            let mean = (min + 4 * mode + max) / 6
            SampleMoments(values).expect(mean: mean, variance: (mean - min) * (max - mean) / 7)
        }

        /// PERT(10, 12.5, 20) is 10 + 10·Beta(2, 4): chi-square fit against that CDF
        /// (100 cells, significance 10⁻⁴).
        @Test func goodnessOfFit() {
            let values = draws(drawCount, seed: 82) { PERT.sample(min: 10, mode: 12.5, max: 20, using: &$0) }
            let cdf = { (x: Double) -> Double in
                BetaTests.integerCDF(Swift.min(Swift.max((x - 10) / 10, 0), 1), a: 2, b: 4)
            }
            ChiSquare.expectFit(values, cdf: cdf, lower: 10, upper: 20)
        }

        /// min == max returns it without consuming random numbers.
        @Test func degenerate() {
            var rng = CountingGenerator(seed: 83)
            #expect(PERT.sample(min: 2, mode: 2, max: 2, using: &rng) == 2)
            #expect(rng.count == 0)
        }
    }
}
