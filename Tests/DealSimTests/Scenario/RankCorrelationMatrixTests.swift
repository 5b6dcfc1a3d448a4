import Foundation
import Testing

@testable import DealSim

/// The normal correlation matrix of rank correlations: conversions, the Cholesky check and
/// the range of one entry that keeps the matrix positive definite.
@Suite struct RankCorrelationMatrixTests {
    typealias M = RankCorrelationMatrix

    @Test func conversionsAreInverse() {
        for rank in [-0.99, -0.6, 0, 0.0001, 0.5, 0.99] {
            let rho = M.normalCorrelation(rank: rank)
            #expect(abs(M.rank(normalCorrelation: rho) - rank) < 1e-14)
        }
        #expect(M.normalCorrelation(rank: 0) == 0)
        #expect(abs(M.normalCorrelation(rank: 1) - 1) < 1e-15)
    }

    @Test func choleskyFindsTheFirstFailingRow() {
        guard case .success(let factor) = M.cholesky([[1, 0.5], [0.5, 1]]) else {
            Issue.record("positive definite")
            return
        }
        #expect(abs(factor[1][1] - 0.75.squareRoot()) < 1e-15)
        let singular: [[Double]] = [[1, 0, 0], [0, 1, 1], [0, 1, 1]]
        guard case .failure(let failure) = M.cholesky(singular) else {
            Issue.record("not positive definite")
            return
        }
        #expect(failure.row == 2)
    }

    /// For three parameters the range is ρ₁ρ₂ ± √((1 − ρ₁²)(1 − ρ₂²)).
    @Test func threeParameterRangeIsTheClosedForm() throws {
        let rho1 = M.normalCorrelation(rank: 0.9), rho2 = M.normalCorrelation(rank: 0.8)
        let matrix = [[1, rho1, rho2], [rho1, 1, 0.3], [rho2, 0.3, 1]]
        let range = try #require(M.validRange(of: 1, 2, in: matrix))
        let half = ((1 - rho1 * rho1) * (1 - rho2 * rho2)).squareRoot()
        #expect(abs(range.lowerBound - (rho1 * rho2 - half)) < 1e-12)
        #expect(abs(range.upperBound - (rho1 * rho2 + half)) < 1e-12)
        #expect(String(format: "%.2f", M.rank(normalCorrelation: range.lowerBound)) == "0.48")
        #expect(String(format: "%.2f", M.rank(normalCorrelation: range.upperBound)) == "0.98")
    }

    /// For a larger matrix, the matrix is positive definite just inside the range and not
    /// just outside it.
    @Test func fourParameterRangeBoundsPositiveDefiniteness() throws {
        var matrix: [[Double]] = [[1, 0.6, 0.5, 0.4], [0.6, 1, 0.3, 0.2], [0.5, 0.3, 1, 0], [0.4, 0.2, 0, 1]]
        let range = try #require(M.validRange(of: 2, 3, in: matrix))
        func isPositiveDefinite(_ value: Double) -> Bool {
            matrix[2][3] = value
            matrix[3][2] = value
            if case .success = M.cholesky(matrix) { return true }
            return false
        }
        #expect(isPositiveDefinite(range.lowerBound + 1e-6))
        #expect(isPositiveDefinite(range.upperBound - 1e-6))
        #expect(!isPositiveDefinite(range.lowerBound - 1e-6))
        #expect(!isPositiveDefinite(range.upperBound + 1e-6))
    }

    @Test func noRangeWhenTheOthersAreInconsistent() {
        let matrix: [[Double]] = [[1, 0.99, -0.99, 0], [0.99, 1, 0.99, 0], [-0.99, 0.99, 1, 0], [0, 0, 0, 1]]
        #expect(M.validRange(of: 0, 3, in: matrix) == nil)
    }
}
