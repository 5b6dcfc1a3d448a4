/// Order statistics by selection: the k-th smallest values of an array in expected linear
/// time, without sorting it.
enum OrderStatistics {
    /// Rearranges `values` so that each index in `ranks` holds the value it would hold if the
    /// array were sorted (and every value before it is ≤, every value after it ≥).
    ///
    /// Selects the middle rank first with Hoare's quickselect (median-of-three pivots), then
    /// the lower ranks left of it and the higher ranks right of it, so k ranks cost
    /// O(n log k). A rank at either end of its range is its minimum or maximum, found by one
    /// scan: the pairs of neighbouring ranks a percentile interpolates cost one selection, not
    /// two. A deterministic pivot could meet a quadratic input, so past 2·log₂ n rounds the
    /// remaining range is sorted instead (introselect).
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

    /// Places the value of rank `k` at index `k` within `range`.
    private static func selectOne(_ k: Int, in values: UnsafeMutableBufferPointer<Double>, range: Range<Int>) {
        if k == range.lowerBound || k == range.upperBound - 1 {
            var extreme = k
            for index in range where k == range.lowerBound ? values[index] < values[extreme] : values[index] > values[extreme] {
                extreme = index
            }
            values.swapAt(k, extreme)
            return
        }
        var low = range.lowerBound, high = range.upperBound - 1
        var rounds = 2 * (Int.bitWidth - range.count.leadingZeroBitCount)
        while high > low {
            rounds -= 1
            if rounds < 0 {
                var rest = UnsafeMutableBufferPointer(rebasing: values[low...high])
                rest.sort()
                return
            }
            let pivot = medianOfThree(values[low], values[low + (high - low) / 2], values[high])
            var i = low, j = high
            while i <= j {
                while values[i] < pivot { i += 1 }
                while values[j] > pivot { j -= 1 }
                if i <= j {
                    values.swapAt(i, j)
                    i += 1
                    j -= 1
                }
            }
            if k <= j {
                high = j
            } else if k >= i {
                low = i
            } else {
                return
            }
        }
    }

    private static func medianOfThree(_ a: Double, _ b: Double, _ c: Double) -> Double {
        max(min(a, b), min(max(a, b), c))
    }
}
