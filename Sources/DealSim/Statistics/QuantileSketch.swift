/// A mergeable histogram of values on logarithmic bins that answers percentiles within a
/// stated relative error, in memory independent of the number of values.
///
/// A finite nonzero value falls in the bin given by its sign, its binary exponent and the
/// top ``mantissaBits`` bits of its significand: the bins of a binade are 2⁻⁸ of it wide, so a
/// bin's upper bound is at most `1 + 2⁻⁸` times its lower bound. A percentile is read at the
/// midpoint of the bins holding the order statistics around `h = (n − 1)·p`, interpolated as
/// ``MetricSummary`` does for exact values, and clamped to the observed minimum and maximum,
/// which are kept exactly (so P0 and P100 are exact).
/// Each order statistic it uses is therefore within a relative error of `2⁻⁹` (0.196%) of
/// the exact one, and so is the interpolated percentile when both neighbours share a sign.
/// Magnitudes below ``zeroThreshold`` (2⁻²⁰, about a millionth of a currency unit: rounding
/// residue such as an invoice less an equal cost) are counted as zero, an absolute error
/// below 10⁻⁶. That floor bounds a sketch to about 60 binades, 60 KB, whatever the values.
///
/// Counts are integers, so merging sketches is exact and does not depend on the order in
/// which they are merged: the engine's per-month bands are the same whatever the number of
/// threads.
struct QuantileSketch: Sendable, Equatable {
    /// Bits of the significand kept in a bin's index.
    static let mantissaBits = 8
    /// The bound on the relative error of one order statistic, `2^-(mantissaBits + 1)`.
    static let relativeError = 1.0 / Double(1 << (mantissaBits + 1))
    /// Magnitudes below this are recorded as zero.
    static let zeroThreshold = 0x1p-20
    private static let shift = UInt64(52 - mantissaBits)

    private var positive = Bins()
    private var negative = Bins()
    private var zeros = 0
    /// Values recorded.
    private(set) var count = 0
    private var minimum = Double.infinity
    private var maximum = -Double.infinity

    /// Records one finite value.
    mutating func insert(_ value: Double) {
        count += 1
        minimum = min(minimum, value)
        maximum = max(maximum, value)
        if value >= Self.zeroThreshold {
            positive.increment(Int(value.bitPattern >> Self.shift))
        } else if value <= -Self.zeroThreshold {
            negative.increment(Int((-value).bitPattern >> Self.shift))
        } else {
            zeros += 1
        }
    }

    /// Records finite values.
    mutating func insert(contentsOf values: UnsafeBufferPointer<Double>) {
        for value in values { insert(value) }
    }

    /// Adds every value recorded in `other`.
    mutating func merge(_ other: QuantileSketch) {
        positive.merge(other.positive)
        negative.merge(other.negative)
        zeros += other.zeros
        count += other.count
        minimum = min(minimum, other.minimum)
        maximum = max(maximum, other.maximum)
    }

    /// The p-th percentile, `0 ≤ p ≤ 1`; `nil` when the sketch is empty.
    func percentile(_ p: Double) -> Double? {
        guard count > 0 else { return nil }
        let h = Double(count - 1) * p
        let lower = Int(h.rounded(.down))
        let upper = min(lower + 1, count - 1)
        return MetricSummary.interpolate(value(atRank: lower), value(atRank: upper), at: h - Double(lower))
    }

    /// The estimate of the order statistic of 0-based rank `rank`.
    /// The first and last are exact: the sketch keeps the minimum and maximum.
    private func value(atRank rank: Int) -> Double {
        if rank == 0 { return minimum }
        if rank == count - 1 { return maximum }
        var seen = 0
        for index in negative.indicesDescending {
            seen += Int(negative[index])
            if seen > rank { return clamped(-Self.midpoint(ofBin: index)) }
        }
        seen += zeros
        if seen > rank { return 0 }
        for index in positive.indicesAscending {
            seen += Int(positive[index])
            if seen > rank { return clamped(Self.midpoint(ofBin: index)) }
        }
        return maximum
    }

    private func clamped(_ value: Double) -> Double { min(max(value, minimum), maximum) }

    /// The midpoint of the magnitudes that fall in bin `index`.
    private static func midpoint(ofBin index: Int) -> Double {
        let lower = Double(bitPattern: UInt64(index) << shift)
        let upper = Double(bitPattern: UInt64(index + 1) << shift)
        return lower + (upper - lower) / 2
    }
}

/// Counts over a contiguous run of bin indices, grown on demand with room to spare on the
/// side it grows, so that a stream of new extremes costs amortised constant time.
private struct Bins: Sendable, Equatable {
    private var offset = 0
    private var counts: [UInt32] = []
    /// From the lowest to the highest index counted so far; bins outside are slack.
    private(set) var indicesAscending = 0..<0

    subscript(index: Int) -> UInt32 { counts[index - offset] }

    var indicesDescending: ReversedCollection<Range<Int>> { indicesAscending.reversed() }

    mutating func increment(_ index: Int, by amount: UInt32 = 1) {
        if index < offset || index >= offset + counts.count { grow(toInclude: index) }
        counts[index - offset] += amount
        if indicesAscending.isEmpty {
            indicesAscending = index..<(index + 1)
        } else if !indicesAscending.contains(index) {
            indicesAscending = min(index, indicesAscending.lowerBound)..<max(index + 1, indicesAscending.upperBound)
        }
    }

    private mutating func grow(toInclude index: Int) {
        let slack = max(16, counts.count)
        if counts.isEmpty {
            offset = index - slack / 2
            counts = Array(repeating: 0, count: slack)
        } else if index < offset {
            let newOffset = index - slack
            counts.insert(contentsOf: repeatElement(0, count: offset - newOffset), at: 0)
            offset = newOffset
        } else {
            counts.append(contentsOf: repeatElement(0, count: index - offset - counts.count + 1 + slack))
        }
    }

    mutating func merge(_ other: Bins) {
        for index in other.indicesAscending where other[index] != 0 {
            increment(index, by: other[index])
        }
    }

    static func == (a: Bins, b: Bins) -> Bool {
        a.indicesAscending == b.indicesAscending && a.indicesAscending.allSatisfy { a[$0] == b[$0] }
    }
}
