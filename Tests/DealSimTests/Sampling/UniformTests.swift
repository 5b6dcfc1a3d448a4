import Testing

@testable import DealSim

extension SamplingTests {
    @Suite struct UniformTests {
        /// Mean (a + b)/2 and variance (b − a)²/12 within 4 SE.
        @Test(arguments: [(0.0, 1.0), (-3.0, 5.0), (1e9, 1e9 + 1)])
        func moments(lower: Double, upper: Double) {
            let values = draws(drawCount, seed: 61) { Uniform.sample(lower: lower, upper: upper, using: &$0) }
            #expect(values.allSatisfy { lower <= $0 && $0 <= upper })
            SampleMoments(values).expect(mean: (lower + upper) / 2, variance: (upper - lower) * (upper - lower) / 12)
        }

        /// Chi-square fit against (x − a)/(b − a) (100 cells, significance 10⁻⁴).
        @Test func goodnessOfFit() {
            let values = draws(drawCount, seed: 62) { Uniform.sample(lower: -3, upper: 5, using: &$0) }
            ChiSquare.expectFit(values, cdf: { Swift.min(Swift.max(($0 + 3) / 8, 0), 1) }, lower: -3, upper: 5)
        }

        /// The extreme uniforms 0 and 1 − 2⁻⁵³ stay inside [a, b]; 2 + (1 − 2⁻⁵³) rounds to
        /// exactly 3 = b, which the closed support allows.
        @Test func extremesStayInRange() {
            var zero = ConstantGenerator(value: 0)
            var ones = ConstantGenerator(value: .max)
            #expect(Uniform.sample(lower: 2, upper: 3, using: &zero) == 2)
            #expect(Uniform.sample(lower: 2, upper: 3, using: &ones) == 3)
            #expect(Uniform.sample(lower: -1e300, upper: 1e300, using: &ones) <= 1e300)
        }

        /// lower == upper returns it without consuming random numbers.
        @Test func degenerate() {
            var rng = CountingGenerator(seed: 63)
            #expect(Uniform.sample(lower: 4.5, upper: 4.5, using: &rng) == 4.5)
            #expect(rng.count == 0)
        }
    }
}
