import Foundation
import Testing

/// Pearson's chi-square goodness-of-fit test at significance 10⁻⁴.
///
/// Cells whose expected count is below 5 are merged with their neighbours (left to right; a
/// short remainder joins the last cell). The statistic
///
/// ```
/// X² = Σ (Oᵢ − Eᵢ)² / Eᵢ,   k = cells − 1 degrees of freedom (no parameter is estimated)
/// ```
///
/// is compared with the upper 10⁻⁴ quantile of χ²ₖ by the Wilson–Hilferty approximation
/// (E. B. Wilson and M. M. Hilferty, "The distribution of chi-square", PNAS 17, 1931):
///
/// ```
/// χ²ₖ,₁₋α ≈ k (1 − 2/(9k) + z₁₋α √(2/(9k)))³,   z₀.₉₉₉₉ = Φ⁻¹(1 − 10⁻⁴) = 3.7190164854556804
/// ```
///
/// which is within 0.1% of the exact quantile for k ≥ 10 and errs high (more lenient) for
/// small k (16.2 instead of 15.1 at k = 1).
enum ChiSquare {
    /// Φ⁻¹(1 − 10⁻⁴).
    static let z = 3.7190164854556804

    /// The Wilson–Hilferty approximation of the upper 10⁻⁴ quantile of χ² with k degrees
    /// of freedom.
    static func criticalValue(degreesOfFreedom k: Int) -> Double {
        let h = 2 / (9 * Double(k))
        let root = 1 - h + z * h.squareRoot()
        return Double(k) * root * root * root
    }

    /// Merges cells to expected counts ≥ 5 and returns the statistic and degrees of freedom.
    static func statistic(observed: [Int], expected: [Double]) -> (statistic: Double, degreesOfFreedom: Int) {
        precondition(observed.count == expected.count)
        var cells: [(observed: Double, expected: Double)] = []
        var o = 0.0
        var e = 0.0
        for i in observed.indices {
            o += Double(observed[i])
            e += expected[i]
            if e >= 5 {
                cells.append((o, e))
                o = 0
                e = 0
            }
        }
        if !cells.isEmpty {
            cells[cells.count - 1].observed += o
            cells[cells.count - 1].expected += e
        }
        let statistic = cells.reduce(0.0) {
            $0 + ($1.observed - $1.expected) * ($1.observed - $1.expected) / $1.expected
        }
        return (statistic, cells.count - 1)
    }

    /// Expects integer draws to fit the pmf `exp(logPmf(k))` on `range`.
    ///
    /// Draws outside `range` are counted in its end cells; the test first expects the pmf mass
    /// outside `range` to be below 10⁻⁶ (less than 0.2 expected draws in 2·10⁵), so the
    /// range must cover the distribution.
    static func expectFit(
        _ draws: [Int], logPmf: (Int) -> Double, range: ClosedRange<Int>,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let n = Double(draws.count)
        let expected = range.map { n * exp(logPmf($0)) }
        let inside = expected.reduce(0, +) / n
        #expect(abs(1 - inside) < 1e-6, "pmf mass outside \(range) is \(1 - inside)", sourceLocation: sourceLocation)
        var observed = [Int](repeating: 0, count: expected.count)
        for k in draws {
            observed[Swift.min(Swift.max(k, range.lowerBound), range.upperBound) - range.lowerBound] += 1
        }
        check(observed: observed, expected: expected, sourceLocation: sourceLocation)
    }

    /// Expects continuous draws to fit `cdf`, using `cells` equal-width cells on
    /// `[lower, upper]` plus the two tails below and above it.
    static func expectFit(
        _ draws: [Double], cdf: (Double) -> Double, lower: Double, upper: Double, cells: Int = 100,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let n = Double(draws.count)
        let width = (upper - lower) / Double(cells)
        // Cell 0 is (−∞, lower), cells 1…cells the grid, cell cells + 1 is [upper, ∞).
        var edges = [cdf(lower)]
        for i in 1...cells { edges.append(cdf(i == cells ? upper : lower + Double(i) * width)) }
        var expected = [n * edges[0]]
        for i in 1...cells { expected.append(n * (edges[i] - edges[i - 1])) }
        expected.append(n * (1 - edges[cells]))
        var observed = [Int](repeating: 0, count: cells + 2)
        for x in draws {
            let index: Int
            if x < lower {
                index = 0
            } else if x >= upper {
                index = cells + 1
            } else {
                index = Swift.min(Int((x - lower) / width), cells - 1) + 1
            }
            observed[index] += 1
        }
        check(observed: observed, expected: expected, sourceLocation: sourceLocation)
    }

    private static func check(observed: [Int], expected: [Double], sourceLocation: SourceLocation) {
        let (statistic, k) = statistic(observed: observed, expected: expected)
        #expect(k >= 1, "too few cells for a chi-square test", sourceLocation: sourceLocation)
        let critical = criticalValue(degreesOfFreedom: k)
        #expect(
            statistic <= critical,
            "chi-square \(statistic) > \(critical), the 1e-4 critical value for \(k) degrees of freedom",
            sourceLocation: sourceLocation)
    }
}
