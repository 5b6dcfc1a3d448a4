import Foundation

/// The normal correlation matrix of a scenario's rank correlations (<doc:ScenarioFormat>,
/// "Correlations") and the checks the validator makes on it.
///
/// A Gaussian copula whose normal correlation is ρ gives the Spearman rank correlation
/// ```
/// rank = (6/π)·asin(ρ/2),   so   ρ = 2·sin(π·rank/6)
/// ```
/// (Pearson 1907; Kruskal 1958). The matrix R of the ρ's, 1 on the diagonal and 0 for the
/// pairs not given, must be positive definite for the copula to exist.
enum RankCorrelationMatrix {
    /// The smallest Cholesky pivot accepted as positive: below it the matrix is taken as
    /// singular, and the copula's normals would be a degenerate combination.
    static let smallestPivot = 1e-12

    /// The normal correlation 2·sin(π·rank/6) that gives Spearman's `rank`.
    static func normalCorrelation(rank: Double) -> Double {
        2 * sin(Double.pi * rank / 6)
    }

    /// The Spearman rank correlation (6/π)·asin(ρ/2) of a normal correlation ρ in −1…1.
    static func rank(normalCorrelation rho: Double) -> Double {
        6 / Double.pi * asin(max(-1, min(1, rho)) / 2)
    }

    /// The lower-triangular Cholesky factor L of a symmetric matrix, L·Lᵀ = matrix, or the
    /// row where a pivot is not above ``smallestPivot`` (the matrix is then not positive
    /// definite, and the leading block up to that row is the first one that is not).
    /// - Complexity: O(k³) for a k × k matrix.
    static func cholesky(_ matrix: [[Double]]) -> Result<[[Double]], FailingRow> {
        let k = matrix.count
        var factor = Array(repeating: Array(repeating: 0.0, count: k), count: k)
        for i in 0..<k {
            for j in 0...i {
                var sum = matrix[i][j]
                for m in 0..<j { sum -= factor[i][m] * factor[j][m] }
                if i == j {
                    guard sum > smallestPivot else { return .failure(FailingRow(row: i)) }
                    factor[i][i] = sum.squareRoot()
                } else {
                    factor[i][j] = sum / factor[j][j]
                }
            }
        }
        return .success(factor)
    }

    /// The row where ``cholesky(_:)`` fails.
    struct FailingRow: Error {
        var row: Int
    }

    /// The range of the entry (i, j) = (j, i) of a correlation matrix, i ≠ j, for which the
    /// matrix is positive definite, the other entries as they are; `nil` when none is.
    ///
    /// With p the matrix's index j moved last, the matrix is positive definite if and only if
    /// the block M without j is, and the Schur complement is positive:
    /// ```
    /// s(ρ) = 1 − vᵀ M⁻¹ v > 0,   v = column j without row j, whose entry i is ρ
    /// ```
    /// Writing v = v₀ + ρ·eᵢ, s(ρ) = 1 − v₀ᵀM⁻¹v₀ − 2ρ·(M⁻¹v₀)ᵢ − ρ²·(M⁻¹)ᵢᵢ, a concave
    /// parabola whose roots bound the range. For three parameters with ρ₁ = R(i, l) and
    /// ρ₂ = R(j, l) it is ρ₁ρ₂ ± √((1 − ρ₁²)(1 − ρ₂²)).
    static func validRange(of i: Int, _ j: Int, in matrix: [[Double]]) -> ClosedRange<Double>? {
        let others = matrix.indices.filter { $0 != j }
        let block = others.map { r in others.map { c in matrix[r][c] } }
        guard case .success(let factor) = cholesky(block), let position = others.firstIndex(of: i) else { return nil }
        var v0 = others.map { matrix[$0][j] }
        v0[position] = 0
        var unit = Array(repeating: 0.0, count: others.count)
        unit[position] = 1
        let inverseV0 = solve(factor, v0)
        let a = solve(factor, unit)[position]
        let b = inverseV0[position]
        let c = zip(v0, inverseV0).reduce(0) { $0 + $1.0 * $1.1 }
        let discriminant = b * b - a * (c - 1)
        guard discriminant > 0 else { return nil }
        let root = discriminant.squareRoot()
        let low = max(-1, (-b - root) / a), high = min(1, (-b + root) / a)
        return low < high ? low...high : nil
    }

    /// x with L·Lᵀ·x = y, by forward then backward substitution.
    private static func solve(_ factor: [[Double]], _ y: [Double]) -> [Double] {
        let k = y.count
        var z = y
        for i in 0..<k {
            for m in 0..<i { z[i] -= factor[i][m] * z[m] }
            z[i] /= factor[i][i]
        }
        for i in stride(from: k - 1, through: 0, by: -1) {
            for m in (i + 1)..<k { z[i] -= factor[m][i] * z[m] }
            z[i] /= factor[i][i]
        }
        return z
    }
}
