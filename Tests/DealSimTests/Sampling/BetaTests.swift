import Foundation
import Testing

@testable import DealSim

extension SamplingTests {
    @Suite struct BetaTests {
        static func sample(_ count: Int, alpha: Double, beta: Double, seed: UInt64) -> [Double] {
            draws(count, seed: seed) { Beta.sample(alpha: alpha, beta: beta, using: &$0) }
        }

        /// The regularized incomplete beta I_x(a, b) for integer shapes:
        /// Σ_{j=a}^{a+b−1} C(a+b−1, j) x^j (1 − x)^(a+b−1−j).
        static func integerCDF(_ x: Double, a: Int, b: Int) -> Double {
            let n = a + b - 1
            var sum = 0.0
            for j in a...n {
                let logChoose = lgamma(Double(n + 1)) - lgamma(Double(j + 1)) - lgamma(Double(n - j + 1))
                sum += exp(logChoose) * pow(x, Double(j)) * pow(1 - x, Double(n - j))
            }
            return sum
        }

        /// Mean α/(α+β) and variance αβ/((α+β)²(α+β+1)) within 4 SE, through the direct
        /// ratio (α, β ≥ 1) and the log-space ratio (a shape below 1).
        @Test(arguments: [(2.0, 5.0), (16.0, 4.0), (1.0, 1.0), (0.5, 0.5), (0.2, 3.0), (0.05, 0.05)])
        func moments(alpha: Double, beta: Double) {
            let values = Self.sample(drawCount, alpha: alpha, beta: beta, seed: 51)
            #expect(values.allSatisfy { 0 <= $0 && $0 <= 1 })
            let sum = alpha + beta
            SampleMoments(values).expect(mean: alpha / sum, variance: alpha * beta / (sum * sum * (sum + 1)))
        }

        /// Chi-square fit (100 cells, significance 10⁻⁴) against integer-shape CDFs.
        @Test(arguments: [(2, 2), (1, 3), (4, 9)])
        func goodnessOfFit(alpha: Int, beta: Int) {
            let values = Self.sample(drawCount, alpha: Double(alpha), beta: Double(beta), seed: 52)
            ChiSquare.expectFit(values, cdf: { Self.integerCDF($0, a: alpha, b: beta) }, lower: 0, upper: 1)
        }

        /// Beta(½, ½) is the arcsine law, CDF (2/π) asin √x: a fit of the log-space path.
        @Test func goodnessOfFitArcsine() {
            let values = Self.sample(drawCount, alpha: 0.5, beta: 0.5, seed: 53)
            ChiSquare.expectFit(values, cdf: { 2 / Double.pi * asin($0.squareRoot()) }, lower: 0, upper: 1)
        }

        /// With tiny shapes both gammas underflow, yet every draw is a number in [0, 1] and
        /// both ends are reached.
        @Test func tinyShapesStayInRange() {
            let values = Self.sample(10_000, alpha: 1e-3, beta: 1e-3, seed: 54)
            #expect(values.allSatisfy { 0 <= $0 && $0 <= 1 })
            #expect(values.contains { $0 < 0.5 } && values.contains { $0 > 0.5 })
        }
    }
}
