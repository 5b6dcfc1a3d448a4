/// The empirical cumulative distribution function of many values, reduced to a bounded
/// number of exact points for a ``StepChart``.
///
/// For `n` finite values, `F(x) = #{values ≤ x} / n`. The points kept are the value's
/// minimum with height 0 (where the curve starts), then `(x, F(x))` at the order statistics
/// `x₍ᵢ₎` with `i = ⌈j·n/k⌉` for `j = 1…k` (evenly spaced in probability, the maximum
/// included), then `(c, F(c))` for each value `c` of `including` inside the data's range
/// (such as 0, so that the chance of at most 0 is exact). Every point kept lies exactly on
/// the ECDF; drawn as steps between them, the curve is off by at most `⌈n/k⌉ / n` (about
/// `1/k`) in height anywhere else.
public enum ECDF {
    /// The points of the ECDF of `values`.
    /// - Parameters:
    ///   - values: the values, in any order, such as 100,000 per-trial totals; values that
    ///     are not finite are left out.
    ///   - maximumCount: the most points returned (at least 3), including the first and those
    ///     of `including`.
    ///   - including: values at which a point is wanted whatever the spacing (at most
    ///     `maximumCount − 2` of them are used, the smallest).
    /// - Returns: points by increasing x, with distinct x except the first two (the jump at
    ///   the minimum); empty when no value is finite.
    /// - Complexity: O(n log n) for the sort.
    public static func points(_ values: [Double], maximumCount: Int = 200, including: [Double] = []) -> [ChartPoint] {
        let sorted = values.filter(\.isFinite).sorted()
        guard let minimum = sorted.first, let maximum = sorted.last else { return [] }
        let n = sorted.count
        let limit = max(3, maximumCount)
        let extra = including.filter { $0.isFinite && $0 >= minimum && $0 <= maximum }.sorted().prefix(limit - 2)
        let budget = limit - 1 - extra.count
        let k = min(budget, n)
        var xs: [Double] = []
        for j in 1...k {
            let index = (j * n + k - 1) / k - 1
            xs.append(sorted[index])
        }
        xs += extra
        xs.sort()
        var points = [ChartPoint(x: minimum, y: 0)]
        var previous: Double?
        for x in xs where x != previous {
            points.append(ChartPoint(x: x, y: Double(upperBound(x, in: sorted)) / Double(n)))
            previous = x
        }
        return points
    }

    /// The number of elements of `sorted` at most `value`.
    static func upperBound(_ value: Double, in sorted: [Double]) -> Int {
        var low = 0, high = sorted.count
        while low < high {
            let middle = (low + high) / 2
            if sorted[middle] <= value { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
