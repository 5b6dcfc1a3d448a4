import Testing

@testable import DealSim

extension SamplingTests {
    @Suite struct TriangularTests {
        /// The triangular CDF on [a, b] with mode c.
        static func cdf(_ x: Double, min a: Double, mode c: Double, max b: Double) -> Double {
            if x <= a { return 0 }
            if x >= b { return 1 }
            if x <= c { return (x - a) * (x - a) / ((b - a) * (c - a)) }
            return 1 - (b - x) * (b - x) / ((b - a) * (b - c))
        }

        /// Mean (a + b + c)/3 and variance (a² + b² + c² − ab − ac − bc)/18 within 4 SE,
        /// including modes at either end.
        @Test(arguments: [(0.0, 3.0, 6.0), (0.0, 0.0, 1.0), (2.0, 5.0, 5.0), (10.0, 11.0, 20.0)])
        func moments(min: Double, mode: Double, max: Double) {
            let values = draws(drawCount, seed: 71) { Triangular.sample(min: min, mode: mode, max: max, using: &$0) }
            #expect(values.allSatisfy { min <= $0 && $0 <= max })
            let variance = (min * min + mode * mode + max * max - min * mode - min * max - mode * max) / 18
            SampleMoments(values).expect(mean: (min + mode + max) / 3, variance: variance)
        }

        /// Chi-square fit against the CDF (100 cells, significance 10⁻⁴).
        @Test(arguments: [(10.0, 11.0, 20.0), (0.0, 0.0, 1.0)])
        func goodnessOfFit(min: Double, mode: Double, max: Double) {
            let values = draws(drawCount, seed: 72) { Triangular.sample(min: min, mode: mode, max: max, using: &$0) }
            ChiSquare.expectFit(values, cdf: { Self.cdf($0, min: min, mode: mode, max: max) }, lower: min, upper: max)
        }

        /// The extreme uniforms map to the ends of the support, never beyond.
        @Test func extremesStayInRange() {
            var zero = ConstantGenerator(value: 0)
            var ones = ConstantGenerator(value: .max)
            #expect(Triangular.sample(min: 1, mode: 2, max: 4, using: &zero) == 1)
            let top = Triangular.sample(min: 1, mode: 2, max: 4, using: &ones)
            #expect(top <= 4 && top > 3.999)
            #expect(Triangular.sample(min: 1, mode: 4, max: 4, using: &ones) <= 4)
        }

        /// min == max returns it without consuming random numbers.
        @Test func degenerate() {
            var rng = CountingGenerator(seed: 73)
            #expect(Triangular.sample(min: 7, mode: 7, max: 7, using: &rng) == 7)
            #expect(rng.count == 0)
        }
    }
}
