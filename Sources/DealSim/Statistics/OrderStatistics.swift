import Foundation

/// Order statistics by selection: the k-th smallest values of an array in expected linear
/// time, without sorting it.
enum OrderStatistics {
    /// Rearranges `values` so that each index in `ranks` holds the value it would hold if the
    /// array were sorted (and every value before it is ≤, every value after it ≥).
    ///
    /// Selects the middle rank first with Floyd and Rivest's algorithm, then the lower ranks
    /// left of it and the higher ranks right of it, so k ranks cost O(n log k). A rank at
    /// either end of its range is its minimum or maximum, found by one scan: the pairs of
    /// neighbouring ranks a percentile interpolates cost one selection, not two. A
    /// deterministic pivot could meet a quadratic input, so past 2·log₂ n rounds the
    /// remaining range is sorted instead (as in introselect).
    /// - Complexity: O(n log k) expected, O(n log n) worst.
    static func select(ranks: [Int], in values: inout [Double]) {
        values.withUnsafeMutableBufferPointer { buffer in
            select(ranks: ranks.sorted()[...], in: buffer, range: 0..<buffer.count)
        }
    }

    private static func select(ranks: ArraySlice<Int>, in values: UnsafeMutableBufferPointer<Double>, range: Range<Int>) {
        guard !ranks.isEmpty, range.count > 1 else { return }
        let middle = ranks[ranks.startIndex + ranks.count / 2]
        selectOne(middle, in: values, range: range)
        select(ranks: ranks[..<(ranks.startIndex + ranks.count / 2)], in: values, range: range.lowerBound..<middle)
        select(ranks: ranks[(ranks.startIndex + ranks.count / 2 + 1)...], in: values, range: (middle + 1)..<range.upperBound)
    }

    /// Places the value of rank `k` at index `k` within `range`, every value before it ≤ and
    /// every value after it ≥.
    private static func selectOne(_ k: Int, in values: UnsafeMutableBufferPointer<Double>, range: Range<Int>) {
        if k == range.lowerBound || k == range.upperBound - 1 {
            var extreme = k
            for index in range where k == range.lowerBound ? values[index] < values[extreme] : values[index] > values[extreme] {
                extreme = index
            }
            values.swapAt(k, extreme)
            return
        }
        let rounds = 2 * (Int.bitWidth - range.count.leadingZeroBitCount)
        floydRivest(k, in: values, left: range.lowerBound, right: range.upperBound - 1, rounds: rounds)
    }

    /// Floyd and Rivest's SELECT (Communications of the ACM 18(3), 1975, Algorithm 489) on
    /// `left...right`: a range of more than 600 values first selects `k` in a sample around
    /// it, a window of about n^(2/3) values that holds rank `k` with high probability, so that
    /// the partition of the whole range around the value found leaves little on `k`'s side.
    /// Expected comparisons: n + min(k, n − k) + o(n), against about 2.75 n for quickselect
    /// with median-of-three pivots. Past `rounds` partitions the rest is sorted instead, so
    /// the worst case stays O(n log n).
    private static func floydRivest(_ k: Int, in values: UnsafeMutableBufferPointer<Double>, left: Int, right: Int, rounds: Int) {
        var (left, right, rounds) = (left, right, rounds)
        while right > left {
            rounds -= 1
            if rounds < 0 {
                var rest = UnsafeMutableBufferPointer(rebasing: values[left...right])
                rest.sort()
                return
            }
            if right - left > 600 {
                let n = Double(right - left + 1)
                let i = Double(k - left + 1)
                let z = log(n)
                let s = 0.5 * exp(2 * z / 3)
                let sd = 0.5 * (z * s * (n - s) / n).squareRoot() * (i < n / 2 ? -1 : 1)
                let sampleLeft = max(left, Int(Double(k) - i * s / n + sd))
                let sampleRight = min(right, Int(Double(k) + (n - i) * s / n + sd))
                floydRivest(k, in: values, left: sampleLeft, right: sampleRight, rounds: rounds)
            }
            // Partition left...right around t = values[k], with sentinels at both ends.
            let t = values[k]
            var i = left, j = right
            values.swapAt(left, k)
            if values[right] > t { values.swapAt(right, left) }
            while i < j {
                values.swapAt(i, j)
                i += 1
                j -= 1
                while values[i] < t { i += 1 }
                while values[j] > t { j -= 1 }
            }
            if values[left] == t {
                values.swapAt(left, j)
            } else {
                j += 1
                values.swapAt(j, right)
            }
            // values[j] == t, everything left of j ≤ t, right of j ≥ t.
            if j <= k { left = j + 1 }
            if k <= j { right = j - 1 }
        }
    }
}
