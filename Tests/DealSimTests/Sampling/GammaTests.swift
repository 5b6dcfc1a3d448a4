import Foundation
import Testing

@testable import DealSim

extension SamplingTests {
    @Suite struct GammaTests {
        static func sample(_ count: Int, shape: Double, scale: Double, seed: UInt64) -> [Double] {
            draws(count, seed: seed) { Gamma.sample(shape: shape, scale: scale, using: &$0) }
        }

        /// Mean kθ and variance kθ² within 4 SE, for shapes below 1 (the U^(1/k) boost), at 1,
        /// and large enough (10⁶) that the exact test must avoid cancellation.
        @Test(arguments: [(0.1, 1.0), (0.3, 2.0), (0.5, 1.0), (1.0, 1.0), (2.5, 0.5), (50.0, 3.0), (1e6, 1e-3)])
        func moments(shape: Double, scale: Double) {
            let values = Self.sample(drawCount, shape: shape, scale: scale, seed: 31)
            #expect(values.allSatisfy { $0 >= 0 && $0.isFinite })
            SampleMoments(values).expect(mean: shape * scale, variance: shape * scale * scale)
        }

        /// Chi-square fit (100 equal cells plus tails, merged to expected ≥ 5, significance
        /// 10⁻⁴) against closed-form CDFs: Gamma(½) = Z²/2 with CDF erf(√x); Gamma(1) the
        /// exponential; Gamma(k) for integer k, 1 − e^(−x) Σ_{j<k} x^j/j!.
        @Test func goodnessOfFitHalf() {
            let values = Self.sample(drawCount, shape: 0.5, scale: 1, seed: 32)
            ChiSquare.expectFit(values, cdf: { $0 <= 0 ? 0 : erf($0.squareRoot()) }, lower: 0, upper: 4)
        }

        @Test(arguments: [1, 2, 7])
        func goodnessOfFitIntegerShape(shape: Int) {
            let scale = 2.0
            let values = Self.sample(drawCount, shape: Double(shape), scale: scale, seed: 33)
            let cdf = { (x: Double) -> Double in
                guard x > 0 else { return 0 }
                let y = x / scale
                var term = 1.0
                var sum = 1.0
                for j in 1..<shape {
                    term *= y / Double(j)
                    sum += term
                }
                return 1 - exp(-y) * sum
            }
            ChiSquare.expectFit(
                values, cdf: cdf, lower: 0, upper: scale * (Double(shape) + 6 * Double(shape).squareRoot()))
        }

        /// Scale 0 gives 0 without consuming random numbers.
        @Test func zeroScale() {
            var rng = CountingGenerator(seed: 34)
            #expect(Gamma.sample(shape: 3, scale: 0, using: &rng) == 0)
            #expect(rng.count == 0)
        }

        /// A tiny shape underflows to 0 often but never yields NaN or a negative value.
        @Test func tinyShapeStaysFinite() {
            let values = Self.sample(10_000, shape: 1e-3, scale: 1, seed: 35)
            #expect(values.allSatisfy { $0 >= 0 && $0.isFinite })
        }
    }
}
