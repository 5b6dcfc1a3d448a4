import Foundation
import Testing

@testable import DealSim

/// Spearman's rank correlation: hand-computed cases, ties, degenerate series, and the known
/// value for a bivariate normal.
@Suite struct SpearmanCorrelationTests {
    @Test func ranksAverageTies() {
        #expect(SpearmanCorrelation.ranks([10, 20, 20, 5]) == [2, 3.5, 3.5, 1])
        #expect(SpearmanCorrelation.ranks([7, 7, 7]) == [2, 2, 2])
        #expect(SpearmanCorrelation.ranks([]) == [])
        #expect(SpearmanCorrelation.ranks([4]) == [1])
        // Signs, extremes and subnormals in numeric order; 0 and −0 are one value.
        #expect(SpearmanCorrelation.ranks([-3, 2, -1e-300, 1e300, -1e300, 5e-324]) == [2, 5, 3, 6, 1, 4])
        #expect(SpearmanCorrelation.ranks([0.0, -0.0, 1, -1]) == [2.5, 2.5, 4, 1])
    }

    /// Ranks of a long series with many ties equal those of a plain sort, in every radix pass.
    @Test func ranksMatchASort() {
        var rng = RandomStream(seed: 3, trial: 0, substream: 0)
        let values = (0..<5_000).map { _ in Double(Int(rng.next() % 700)) * 1.5e3 - 4e5 + Double(rng.next() % 3) * 1e-9 }
        let sorted = values.sorted()
        let expected = values.map { value in
            let first = sorted.firstIndex(of: value)!
            let last = sorted.lastIndex(of: value)!
            return Double(first + 1 + last + 1) / 2
        }
        #expect(SpearmanCorrelation.ranks(values) == expected)
    }

    /// Hand-computed: without ties ρ = 1 − 6Σd²/(n(n² − 1)) = 1 − 24/120 = 0.8; with a tie
    /// in y (ranks 1, 2, 3.5, 5, 3.5) ρ = 8/√(10 · 9.5) = 8/√95.
    @Test func handComputed() {
        #expect(SpearmanCorrelation.coefficient([1, 2, 3, 4, 5], [2, 1, 4, 3, 5]) == 0.8)
        #expect(SpearmanCorrelation.coefficient([1, 2, 3, 4, 5], [5, 6, 7, 8, 7]) == 8 / 95.0.squareRoot())
        #expect(SpearmanCorrelation.coefficient([1, 2, 3, 4, 5], [5, 6, 7, 8, 7]) == 0.8207826816681233)
        // Symmetric in its arguments, and a reversed series flips the sign.
        #expect(SpearmanCorrelation.coefficient([5, 6, 7, 8, 7], [1, 2, 3, 4, 5]) == 8 / 95.0.squareRoot())
        #expect(SpearmanCorrelation.coefficient([1, 2, 3, 4, 5], [-5, -6, -7, -8, -7]) == -8 / 95.0.squareRoot())
        // Ties in both: ranks x (1.5, 1.5, 3, 4), y (1, 2.5, 2.5, 4), mean 2.5:
        // Σdxdy = 1.5 + 0 + 0 + 2.25 = 3.75, Σdx² = Σdy² = 4.5, ρ = 3.75/4.5.
        #expect(SpearmanCorrelation.coefficient([1, 1, 2, 3], [0, 5, 5, 9]) == 3.75 / 4.5)
    }

    /// Any strictly increasing transform gives exactly 1, a decreasing one exactly −1.
    @Test func perfectMonotone() {
        var rng = RandomStream(seed: 9, trial: 0, substream: 0)
        let x = (0..<10_000).map { _ in Normal.sample(mean: 0, sd: 1, using: &rng) }
        #expect(SpearmanCorrelation.coefficient(x, x.map { exp($0) }) == 1)
        #expect(SpearmanCorrelation.coefficient(x, x.map { -$0 * $0 * $0 }) == -1)
        #expect(SpearmanCorrelation.coefficient([1, 2], [3, 4]) == 1)
        #expect(SpearmanCorrelation.coefficient([1, 2], [4, 3]) == -1)
    }

    /// A constant series, fewer than two values or a NaN: undefined, `nil`.
    @Test func undefined() {
        #expect(SpearmanCorrelation.coefficient([1, 2, 3], [4, 4, 4]) == nil)
        #expect(SpearmanCorrelation.coefficient([0, 0], [1, 2]) == nil)
        #expect(SpearmanCorrelation.coefficient([1], [2]) == nil)
        #expect(SpearmanCorrelation.coefficient([], []) == nil)
        #expect(SpearmanCorrelation.coefficient([1, .nan, 3], [1, 2, 3]) == nil)
    }

    /// For a bivariate normal with correlation ρ, Spearman's ρ_s = (6/π)·asin(ρ/2) (Pearson
    /// 1907; Kruskal 1958). atanh of the estimate has a standard error of about
    /// √(1.06/(n − 3)) (Fieller, Hartley & Pearson 1957); the estimate must lie within four.
    @Test(arguments: [-0.9, 0.0, 0.3, 0.8])
    func bivariateNormal(rho: Double) throws {
        let n = 20_000
        var rng = RandomStream(seed: 17, trial: 0, substream: 0)
        var x: [Double] = []
        var y: [Double] = []
        for _ in 0..<n {
            let a = Normal.sample(mean: 0, sd: 1, using: &rng)
            let b = Normal.sample(mean: 0, sd: 1, using: &rng)
            x.append(a)
            y.append(rho * a + (1 - rho * rho).squareRoot() * b)
        }
        let expected = 6 / Double.pi * asin(rho / 2)
        let estimate = try #require(SpearmanCorrelation.coefficient(x, y))
        let standardError = (1.06 / Double(n - 3)).squareRoot()
        #expect(abs(atanh(estimate) - atanh(expected)) < 4 * standardError, "ρ_s \(estimate), expected \(expected)")
    }
}
