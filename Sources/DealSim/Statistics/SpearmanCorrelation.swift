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
    ///
    /// The values are put in order by a least-significant-digit radix sort of their bits,
    /// mapped so that unsigned order is numeric order (Knuth, TAOCP vol. 3, §5.2.5): six
    /// passes of 11 bits, a pass skipped when every value has the same digit.
    /// - Parameter values: the series, without NaN.
    /// - Returns: the ranks, in the order of `values`.
    /// - Complexity: O(n).
    public static func ranks(_ values: some Collection<Double>) -> [Double] {
        let n = values.count
        var keys = [UInt64](repeating: 0, count: n)
        var order = [UInt32](repeating: 0, count: n)
        for (index, value) in values.enumerated() {
            keys[index] = orderedBits(value)
            order[index] = UInt32(truncatingIfNeeded: index)
        }
        sortByKeys(&keys, &order)
        var ranks = [Double](repeating: 0, count: n)
        var start = 0
        while start < n {
            var end = start + 1
            // Keys are equal exactly when values are, but for 0 and −0, which are next to each other.
            while end < n, keys[end] == keys[start] || (keys[end] == 1 << 63 && keys[start] == (1 << 63) - 1) { end += 1 }
            // Positions start..<end hold ranks start + 1 … end; their mean:
            let rank = Double(start + 1 + end) / 2
            for position in start..<end { ranks[Int(order[position])] = rank }
            start = end
        }
        return ranks
    }

    /// The bits of `x` as an unsigned integer in the same order as the numbers: the sign bit
    /// set for positive numbers, every bit flipped for negative ones.
    static func orderedBits(_ x: Double) -> UInt64 {
        let bits = x.bitPattern
        return bits >> 63 == 1 ? ~bits : bits | (1 << 63)
    }

    /// Sorts `keys` ascending, carrying `payload` along, by a stable LSD radix sort.
    private static func sortByKeys(_ keys: inout [UInt64], _ payload: inout [UInt32]) {
        let n = keys.count
        guard n > 1 else { return }
        let digitBits: UInt64 = 11
        let passes = 6
        let buckets = 1 << digitBits
        let mask = UInt64(buckets - 1)
        var counts = [Int](repeating: 0, count: buckets * passes)
        for key in keys {
            for pass in 0..<passes { counts[pass * buckets + Int((key >> (UInt64(pass) * digitBits)) & mask)] += 1 }
        }
        var otherKeys = [UInt64](repeating: 0, count: n)
        var otherPayload = [UInt32](repeating: 0, count: n)
        for pass in 0..<passes {
            let base = pass * buckets
            let shift = UInt64(pass) * digitBits
            // Every key has the same digit: the pass would not move anything.
            if counts[base + Int((keys[0] >> shift) & mask)] == n { continue }
            var next = 0
            for bucket in 0..<buckets {
                let count = counts[base + bucket]
                counts[base + bucket] = next
                next += count
            }
            keys.withUnsafeBufferPointer { keys in
                payload.withUnsafeBufferPointer { payload in
                    otherKeys.withUnsafeMutableBufferPointer { otherKeys in
                        otherPayload.withUnsafeMutableBufferPointer { otherPayload in
                            counts.withUnsafeMutableBufferPointer { counts in
                                for i in 0..<n {
                                    let key = keys[i]
                                    let slot = base + Int((key >> shift) & mask)
                                    let position = counts[slot]
                                    counts[slot] = position + 1
                                    otherKeys[position] = key
                                    otherPayload[position] = payload[i]
                                }
                            }
                        }
                    }
                }
            }
            swap(&keys, &otherKeys)
            swap(&payload, &otherPayload)
        }
    }

    /// The rank correlation of two series of the same length.
    /// - Parameters:
    ///   - x: the first series.
    ///   - y: the second, as long as `x`.
    /// - Returns: ρ_s in [−1, 1]; `nil` when it is undefined (a constant series, fewer than
    ///   two values, a NaN).
    /// - Complexity: O(n).
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
