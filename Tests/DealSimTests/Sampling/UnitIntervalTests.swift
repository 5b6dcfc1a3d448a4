import Testing

@testable import DealSim

extension SamplingTests {
    @Suite struct UnitIntervalTests {
        @Test func nextUnitEndpoints() {
            var zero = ConstantGenerator(value: 0)
            var ones = ConstantGenerator(value: .max)
            var half = ConstantGenerator(value: 1 << 63)
            #expect(zero.nextUnit() == 0)
            #expect(ones.nextUnit() == 1 - 0x1p-53)
            #expect(half.nextUnit() == 0.5)
        }

        @Test func nextOpenUnitEndpoints() {
            var zero = ConstantGenerator(value: 0)
            var ones = ConstantGenerator(value: .max)
            var half = ConstantGenerator(value: 1 << 63)
            #expect(zero.nextOpenUnit() == 0x1p-53)
            #expect(ones.nextOpenUnit() == 1 - 0x1p-53)
            #expect(half.nextOpenUnit() == 0.5 + 0x1p-53)
        }

        /// U(0, 1) has mean ½ and variance 1/12; 4 SE tolerances from ``SampleMoments``.
        @Test func nextUnitMoments() {
            SampleMoments(draws(drawCount, seed: 1) { $0.nextUnit() }).expect(mean: 0.5, variance: 1.0 / 12)
        }

        @Test func nextOpenUnitMoments() {
            let values = draws(drawCount, seed: 2) { $0.nextOpenUnit() }
            #expect(values.allSatisfy { $0 > 0 && $0 < 1 })
            SampleMoments(values).expect(mean: 0.5, variance: 1.0 / 12)
        }

        @Test func nextUnitIsUniform() {
            ChiSquare.expectFit(draws(drawCount, seed: 3) { $0.nextUnit() }, cdf: { $0 }, lower: 0, upper: 1)
        }
    }
}
