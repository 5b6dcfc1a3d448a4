/// Spearman's rank correlation: the Pearson correlation of two series' ranks, ties given
/// the mean of the ranks they span (Spearman 1904; Kendall & Gibbons, *Rank Correlation
/// Methods*, 1990, §3.8).
///
/// ```
/// ρ_s = Σ (rx_i − r̄)(ry_i − r̄) / √(Σ (rx_i − r̄)² · Σ (ry_i − r̄)²),   r̄ = (n + 1)/2
/// ```
///
/// Exact and deterministic: ranks are multiples of ½, so with fewer than about 200,000
/// values every sum above is an exact integer multiple of ¼ and the coefficient is
/// correctly rounded; two series in the same order give exactly 1, in opposite orders
/// exactly −1. The coefficient is undefined (`nil`) when either series is constant (all
/// its ranks equal), has fewer than two values, or holds a NaN.
public enum SpearmanCorrelation {
    /// The rank of each value, 1 for the smallest; values that tie share the mean of the
    /// ranks they span (`[10, 20, 20, 5]` → `[2, 3.5, 3.5, 1]`).
    /// - Parameter values: the series, without NaN.
    /// - Returns: the ranks, in the order of `values`.
    /// - Complexity: O(n log n).
    public static func ranks(_ values: some Collection<Double>) -> [Double] {
        var order: [(value: Double, index: Int32)] = []
        order.reserveCapacity(values.count)
        for (index, value) in values.enumerated() { order.append((value, Int32(truncatingIfNeeded: index))) }
        order.sort { $0.value < $1.value }
        var ranks = [Double](repeating: 0, count: order.count)
        var start = 0
        while start < order.count {
            var end = start + 1
            while end < order.count, order[end].value == order[start].value { end += 1 }
            // Positions start..<end hold ranks start + 1 … end; their mean:
            let rank = Double(start + 1 + end) / 2
            for position in start..<end { ranks[Int(order[position].index)] = rank }
            start = end
        }
        return ranks
    }

    /// The rank correlation of two series of the same length.
    /// - Parameters:
    ///   - x: the first series.
    ///   - y: the second, as long as `x`.
    /// - Returns: ρ_s in [−1, 1]; `nil` when it is undefined (a constant series, fewer than
    ///   two values, a NaN).
    /// - Complexity: O(n log n).
    public static func coefficient(_ x: [Double], _ y: [Double]) -> Double? {
        precondition(x.count == y.count, "the series must be as long as each other")
        guard x.count > 1, !x.contains(where: \.isNaN), !y.contains(where: \.isNaN) else { return nil }
        return coefficient(ranks: ranks(x), ranks(y))
    }

    /// The rank correlation of two series given by their ranks (``ranks(_:)``): a series'
    /// ranks can then be computed once and correlated with many others.
    /// - Parameters:
    ///   - rx: the ranks of the first series.
    ///   - ry: the ranks of the second, as many.
    /// - Returns: ρ_s in [−1, 1]; `nil` when either series is constant or has fewer than two values.
    /// - Complexity: O(n).
    public static func coefficient(ranks rx: [Double], _ ry: [Double]) -> Double? {
        precondition(rx.count == ry.count, "the series must be as long as each other")
        guard rx.count > 1 else { return nil }
        let mean = Double(rx.count + 1) / 2
        var sxy = 0.0
        var sxx = 0.0
        var syy = 0.0
        rx.withUnsafeBufferPointer { rx in
            ry.withUnsafeBufferPointer { ry in
                for i in 0..<rx.count {
                    let dx = rx[i] - mean
                    let dy = ry[i] - mean
                    sxy += dx * dy
                    sxx += dx * dx
                    syy += dy * dy
                }
            }
        }
        guard sxx > 0, syy > 0 else { return nil }
        // √(fl(a·a)) = a in binary floating point, so equal orders give exactly ±1.
        return min(1, max(-1, sxy / (sxx * syy).squareRoot()))
    }
}
