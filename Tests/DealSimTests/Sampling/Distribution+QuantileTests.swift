import Foundation
import Testing

@testable import DealSim

/// |value − reference| / |reference|, or |value| when the reference is 0.
func relativeError(_ value: Double, _ reference: Double) -> Double {
    if value == reference { return 0 }
    return reference == 0 ? abs(value) : abs(value - reference) / abs(reference)
}

extension SamplingTests {
    @Suite struct DistributionQuantileTests {
        /// The tolerance against the references of `QuantileReferences`: 10⁻⁹ relative, far
        /// above the measured errors (at most a few 10⁻¹³), far below any error that matters.
        static let tolerance = 1e-9

        static let families: [Distribution] = [
            .uniform(2, 4),
            .triangular(min: 0, mode: 3, max: 6),
            .triangular(min: 1, mode: 1, max: 5),
            .pert(min: 0, mode: 1, max: 8),
            .pert(min: 10, mode: 10, max: 100),
            .normal(mean: 5, sd: 2),
            .ci90(low: 1, high: 3),
            .beta(alpha: 16, beta: 4),
            .beta(alpha: 0.5, beta: 2),
            .beta(alpha: 0.05, beta: 0.1),
            .beta(alpha: 1000, beta: 100_000),
        ]

        @Test func normalQuantilesMatchReferences() {
            for (mean, sd, p, x) in QuantileReferences.normalQuantiles {
                let value = Distribution.normal(mean: mean, sd: sd).quantile(p)
                #expect(relativeError(value, x) <= Self.tolerance, "p = \(p)")
            }
        }

        @Test func betaQuantilesMatchReferences() {
            for (alpha, beta, p, x) in QuantileReferences.betaQuantiles {
                let value = Distribution.beta(alpha: alpha, beta: beta).quantile(p)
                #expect(relativeError(value, x) <= Self.tolerance, "beta(\(alpha), \(beta)) at p = \(p): \(value)")
            }
        }

        @Test func betaCDFMatchesReferences() {
            for (alpha, beta, x, p) in QuantileReferences.betaCDF {
                let value = Distribution.beta(alpha: alpha, beta: beta).cdf(x)
                #expect(relativeError(value, p) <= Self.tolerance, "beta(\(alpha), \(beta)) at x = \(x): \(value)")
            }
        }

        @Test func pertQuantilesMatchReferences() {
            for (min, mode, max, p, x) in QuantileReferences.pertQuantiles {
                let value = Distribution.pert(min: min, mode: mode, max: max).quantile(p)
                #expect(relativeError(value, x) <= Self.tolerance, "pert(\(min), \(mode), \(max)) at p = \(p): \(value)")
            }
        }

        @Test func triangularQuantilesMatchReferences() {
            for (min, mode, max, p, x) in QuantileReferences.triangularQuantiles {
                let value = Distribution.triangular(min: min, mode: mode, max: max).quantile(p)
                #expect(relativeError(value, x) <= Self.tolerance, "triangular(\(min), \(mode), \(max)) at p = \(p)")
            }
        }

        @Test func ci90QuantilesMatchReferences() {
            for (low, high, p, x) in QuantileReferences.ci90Quantiles {
                let value = Distribution.ci90(low: low, high: high).quantile(p)
                #expect(relativeError(value, x) <= Self.tolerance, "ci90(\(low), \(high)) at p = \(p)")
            }
            // The defining property: the 5th and 95th percentiles are low and high.
            let interval = Distribution.ci90(low: 2, high: 50)
            #expect(relativeError(interval.quantile(0.05), 2) <= 1e-12)
            #expect(relativeError(interval.quantile(0.95), 50) <= 1e-12)
        }

        /// Uniform quantiles and distribution function by hand, with exact ends.
        @Test func uniformIsLinear() {
            let uniform = Distribution.uniform(2, 4)
            #expect(uniform.quantile(0) == 2)
            #expect(uniform.quantile(0.25) == 2.5)
            #expect(uniform.quantile(0.5) == 3)
            #expect(uniform.quantile(0.75) == 3.5)
            #expect(uniform.quantile(1) == 4)
            #expect(uniform.cdf(1) == 0)
            #expect(uniform.cdf(2.5) == 0.25)
            #expect(uniform.cdf(4) == 1)
            #expect(uniform.cdf(7) == 1)
            #expect(relativeError(Distribution.uniform(-1e-3, 1e6).quantile(1e-12), -1e-3 + 1e-6) <= 1e-9)
        }

        /// Triangular distribution function at hand-computed points: on [0, 6] with mode 3,
        /// F(1) = 1/18, F(3) = ½, F(5) = 1 − 1/18.
        @Test func triangularCDFByHand() {
            let triangular = Distribution.triangular(min: 0, mode: 3, max: 6)
            #expect(triangular.cdf(-1) == 0)
            #expect(relativeError(triangular.cdf(1), 1.0 / 18) <= 1e-15)
            #expect(triangular.cdf(3) == 0.5)
            #expect(relativeError(triangular.cdf(5), 17.0 / 18) <= 1e-15)
            #expect(triangular.cdf(6) == 1)
        }

        /// cdf(quantile(p)) = p: p lies between the distribution function two ulps either side
        /// of `quantile(p)`, to 10⁻⁹ relatively, from p = 10⁻¹⁰ (10⁻³⁰⁰ for the normal) to
        /// 1 − 10⁻¹⁰. (Comparing cdf(quantile(p)) with p itself would fail where the quantile
        /// cannot resolve p, as `uniform(2, 4)` at p = 10⁻¹⁰, where an ulp of x is 2 · 10⁻⁶ of
        /// x − 2.)
        @Test(arguments: families)
        func cdfInvertsQuantile(distribution: Distribution) {
            var probabilities = [1e-10, 1e-6, 1e-3, 0.01, 0.1, 0.25, 0.5, 0.75, 0.9, 0.99, 0.999, 1 - 1e-6, 1 - 1e-10]
            if case .normal = distribution { probabilities.append(1e-300) }
            for p in probabilities {
                let x = distribution.quantile(p)
                let below = distribution.cdf(x.nextDown.nextDown)
                let above = distribution.cdf(x.nextUp.nextUp)
                #expect(below * (1 - Self.tolerance) <= p && p <= above * (1 + Self.tolerance), "\(distribution) at p = \(p)")
            }
        }

        /// The quantile and the distribution function never decrease, on a grid of 4,097
        /// probabilities (and the tails 10⁻¹, …, 10⁻¹⁵ and their complements) and on the
        /// grid of quantiles itself.
        @Test(arguments: families)
        func bothAreMonotone(distribution: Distribution) {
            let tails = (1...15).map { pow(10, -Double($0)) }
            let grid = (tails + tails.map { 1 - $0 } + (0...4096).map { Double($0) / 4096 }).sorted()
            let quantiles = grid.map { distribution.quantile($0) }
            for i in 1..<grid.count {
                #expect(quantiles[i - 1] <= quantiles[i], "\(distribution) between p = \(grid[i - 1]) and \(grid[i])")
            }
            let points = quantiles.filter(\.isFinite)
            let cdfs = points.map { distribution.cdf($0) }
            for i in 1..<points.count {
                #expect(cdfs[i - 1] <= cdfs[i], "\(distribution) between x = \(points[i - 1]) and \(points[i])")
            }
            #expect(quantiles.allSatisfy { distribution.support.contains($0) })
        }

        /// The ends of the support at p = 0 and 1.
        @Test func endsAreTheSupport() {
            for distribution in Self.families {
                #expect(distribution.quantile(0) == distribution.support.lowerBound, "\(distribution)")
                #expect(distribution.quantile(1) == distribution.support.upperBound, "\(distribution)")
            }
            #expect(Distribution.normal(mean: 1, sd: 1).quantile(0) == -.infinity)
            #expect(Distribution.ci90(low: 1, high: 2).quantile(0) == 0)
            #expect(Distribution.ci90(low: 1, high: 2).quantile(1) == .infinity)
            #expect(Distribution.ci90(low: 1, high: 2).cdf(-3) == 0)
            #expect(Distribution.normal(mean: 1, sd: 1).cdf(.infinity) == 1)
            #expect(Distribution.normal(mean: 1, sd: 1).cdf(-.infinity) == 0)
        }

        /// One-point distributions return their point for every p and step from 0 to 1 there.
        @Test func degenerateCasesAreOnePoint() {
            let onePoint: [Distribution] = [
                .fixed(7), .uniform(7, 7), .triangular(min: 7, mode: 7, max: 7), .pert(min: 7, mode: 7, max: 7),
                .normal(mean: 7, sd: 0), .ci90(low: 7, high: 7),
            ]
            for distribution in onePoint {
                for p in [0, 1e-300, 0.3, 0.5, 1 - 1e-16, 1] {
                    #expect(distribution.quantile(p) == 7, "\(distribution) at p = \(p)")
                }
                #expect(distribution.cdf(6.999) == 0, "\(distribution)")
                #expect(distribution.cdf(7) == 1, "\(distribution)")
                #expect(distribution.cdf(8) == 1, "\(distribution)")
            }
        }

        /// The quantiles agree with the samplers: of 100,000 draws of `sample(using:)`, the
        /// fraction at or below `quantile(p)` is within 4 standard errors √(p(1 − p)/n) of p
        /// (SE = 0.00095 at p = 0.1), for p = 0.1, 0.5 and 0.9.
        @Test(arguments: families)
        func quantilesAgreeWithSampler(distribution: Distribution) {
            let n = 100_000
            let values = draws(n, seed: 111) { distribution.sample(using: &$0) }
            for p in [0.1, 0.5, 0.9] {
                let threshold = distribution.quantile(p)
                let fraction = Double(values.count { $0 <= threshold }) / Double(n)
                let standardError = (p * (1 - p) / Double(n)).squareRoot()
                #expect(abs(fraction - p) <= 4 * standardError, "\(distribution) at p = \(p): \(fraction)")
            }
        }
    }
}
