/// A mergeable histogram of values on logarithmic bins that answers percentiles within a
/// stated relative error, in memory independent of the number of values.
///
/// A finite nonzero value falls in the bin given by its sign, its binary exponent and the
/// top ``mantissaBits`` bits of its significand: the bins of a binade are 2⁻⁸ of it wide, so a
/// bin's upper bound is at most `1 + 2⁻⁸` times its lower bound. A bin keeps only its count,
/// four bytes, so that the bins a run fills stay in the processor's cache. An order statistic
/// is read as the midpoint of its bin, within half the bin's width of the exact value: at
/// most `2⁻⁹` (0.196%) relative. The minimum and maximum are kept exactly, with how many values
/// equal each: an order statistic that falls on those runs is read exactly, as when many
/// months bill exactly a cap, a minimum or a fixed fee, and every estimate is clamped between
/// the two. A percentile interpolates the order statistics around `h = (n − 1)·p` as
/// ``MetricSummary`` does for exact values; it is within the same relative error when both
/// neighbours share a sign.
///
/// Magnitudes below ``zeroThreshold`` (2⁻⁷, under a cent of a currency unit) are counted as
/// zero, an absolute error below 0.008. Without that floor, the few trials whose profit in a
/// month lands within cents of zero would stretch a sketch over twenty more binades; with it,
/// amounts up to 10¹² span at most 47 binades, 48 KB.
///
/// Counts add and extremes take minima and maxima, so merging sketches is exact and does not
/// depend on the order in which they are merged: the engine's per-month bands are the same
/// whatever the number of threads.
struct QuantileSketch: Sendable, Equatable {
    /// Bits of the significand kept in a bin's index.
    static let mantissaBits = 8
    /// The bound on the relative error of one order statistic, `2^-(mantissaBits + 1)`.
    static let relativeError = 1.0 / Double(1 << (mantissaBits + 1))
    /// Magnitudes below this are recorded as zero.
    static let zeroThreshold = 0x1p-7
    /// How far a positive magnitude's bit pattern is shifted to give its bin index.
    private static let indexShift = UInt64(52 - mantissaBits)

    private var positive = Bins()
    private var negative = Bins()
    private var zeros = 0
    /// Values recorded.
    private(set) var count = 0
    private var minimum = Double.infinity
    private var maximum = -Double.infinity
    /// How many values equal `minimum` and `maximum`.
    private var atMinimum = 0
    private var atMaximum = 0

    /// Records finite values.
    /// - Complexity: O(values), with one growth of the bins at most per sign.
    mutating func insert(contentsOf values: UnsafeBufferPointer<Double>) {
        guard !values.isEmpty else { return }
        // The extremes, then how many values equal them...
        let (low, high) = Self.extremes(of: values)
        if low < minimum { (minimum, atMinimum) = (low, 0) }
        if high > maximum { (maximum, atMaximum) = (high, 0) }
        // Only a batch that reaches an extreme can hold values equal to it.
        if low == minimum { atMinimum += values.count { $0 == low } }
        if high == maximum { atMaximum += values.count { $0 == high } }
        count += values.count
        // ...then the counts. Most batches lie on one side of zero.
        if low >= Self.zeroThreshold {
            positive.count(values, smallest: low, largest: high)
        } else if high <= -Self.zeroThreshold {
            negative.count(values, smallest: -high, largest: -low)
        } else {
            insertEitherSide(values, low: low, high: high)
        }
    }

    /// The least and greatest of values that are not empty, in four lanes: one running
    /// minimum and maximum would make each comparison wait for the one before. Written as
    /// comparisons that the processor's minimum and maximum instructions implement.
    private static func extremes(of values: UnsafeBufferPointer<Double>) -> (low: Double, high: Double) {
        var (low0, low1, low2, low3) = (values[0], values[0], values[0], values[0])
        var (high0, high1, high2, high3) = (low0, low0, low0, low0)
        var index = 0
        while index + 4 <= values.count {
            let (a, b, c, d) = (values[index], values[index + 1], values[index + 2], values[index + 3])
            (low0, low1, low2, low3) = (low0 < a ? low0 : a, low1 < b ? low1 : b, low2 < c ? low2 : c, low3 < d ? low3 : d)
            (high0, high1, high2, high3) = (high0 > a ? high0 : a, high1 > b ? high1 : b, high2 > c ? high2 : c, high3 > d ? high3 : d)
            index += 4
        }
        while index < values.count {
            low0 = min(low0, values[index])
            high0 = max(high0, values[index])
            index += 1
        }
        return (min(low0, low1, low2, low3), max(high0, high1, high2, high3))
    }

    /// Counts values of any sign or near zero into their bins, after their extremes `low` and
    /// `high` are recorded. Signs in such a batch follow no pattern, so the passes over it
    /// select rather than branch on them: the smallest magnitude bounds the bins of both
    /// sides from below, the extremes from above; only a batch with values within a cent of
    /// zero, which those bins do not count, needs a pass that branches.
    private mutating func insertEitherSide(_ values: UnsafeBufferPointer<Double>, low: Double, high: Double) {
        var smallest = Double.infinity
        for value in values { smallest = smallest < abs(value) ? smallest : abs(value) }
        if smallest < Self.zeroThreshold {
            smallest = .infinity
            for value in values {
                if abs(value) < Self.zeroThreshold { zeros += 1 } else { smallest = min(smallest, abs(value)) }
            }
        }
        if high >= Self.zeroThreshold { positive.reserve(Self.bin(of: smallest)...Self.bin(of: high)) }
        if low <= -Self.zeroThreshold { negative.reserve(Self.bin(of: smallest)...Self.bin(of: -low)) }
        positive.withUnsafeCounts { positive, positiveOffset in
            negative.withUnsafeCounts { negative, negativeOffset in
                for value in values {
                    let magnitude = abs(value)
                    guard magnitude >= Self.zeroThreshold else { continue }
                    let (counts, offset) = value > 0 ? (positive, positiveOffset) : (negative, negativeOffset)
                    counts[Self.bin(of: magnitude) &- offset] &+= 1
                }
            }
        }
    }

    /// Adds every value recorded in `other`.
    mutating func merge(_ other: QuantileSketch) {
        guard count > 0 else {
            self = other
            return
        }
        guard other.count > 0 else { return }
        positive.merge(other.positive)
        negative.merge(other.negative)
        zeros += other.zeros
        count += other.count
        if other.minimum < minimum {
            (minimum, atMinimum) = (other.minimum, other.atMinimum)
        } else if other.minimum == minimum {
            atMinimum += other.atMinimum
        }
        if other.maximum > maximum {
            (maximum, atMaximum) = (other.maximum, other.atMaximum)
        } else if other.maximum == maximum {
            atMaximum += other.atMaximum
        }
    }

    /// The p-th percentile, `0 ≤ p ≤ 1`; `nil` when the sketch is empty.
    func percentile(_ p: Double) -> Double? { percentiles([p])?.first }

    /// The percentiles `ps` (each `0 ≤ p ≤ 1`, ascending), read in one walk over the bins;
    /// `nil` when the sketch is empty.
    func percentiles(_ ps: [Double]) -> [Double]? {
        guard count > 0 else { return nil }
        let positions = ps.map { Double(count - 1) * $0 }
        let ranks = positions.flatMap { h -> [Int] in
            let lower = Int(h.rounded(.down))
            return [lower, min(lower + 1, count - 1)]
        }
        let distinct = Array(Set(ranks)).sorted()
        let estimates = values(atRanks: distinct)
        func value(_ rank: Int) -> Double { estimates[distinct.firstIndex(of: rank)!] }
        return positions.indices.map { index in
            MetricSummary.interpolate(
                value(ranks[2 * index]), value(ranks[2 * index + 1]), at: positions[index] - Double(ranks[2 * index]))
        }
    }

    /// The estimates of the order statistics of 0-based ranks `ranks` (strictly ascending): exact on
    /// the runs of values equal to the minimum or the maximum, otherwise the midpoint of the
    /// bin. One walk over the bins serves them all.
    private func values(atRanks ranks: [Int]) -> [Double] {
        var values: [Double] = []
        values.reserveCapacity(ranks.count)
        // The walk: bins in ascending order of value, and the values counted so far.
        var seen = 0
        var negativeBins = negative.indicesDescending.makeIterator()
        var zerosCounted = false
        var positiveBins = positive.indicesAscending.makeIterator()
        var current = minimum
        for rank in ranks {
            if rank < atMinimum {
                values.append(minimum)
                continue
            }
            if rank >= count - atMaximum {
                values.append(maximum)
                continue
            }
            while seen <= rank {
                if let index = negativeBins.next() {
                    seen += Int(negative[index])
                    current = clamped(-Self.midpoint(ofBin: index))
                } else if !zerosCounted {
                    zerosCounted = true
                    seen += zeros
                    current = 0
                } else if let index = positiveBins.next() {
                    seen += Int(positive[index])
                    current = clamped(Self.midpoint(ofBin: index))
                } else {
                    current = maximum
                    break
                }
            }
            values.append(current)
        }
        return values
    }

    private func clamped(_ value: Double) -> Double { min(max(value, minimum), maximum) }

    /// The bin index of a positive magnitude: its bit pattern without the low bits of the
    /// significand, so indices grow with the magnitude.
    static func bin(of magnitude: Double) -> Int { Int(magnitude.bitPattern >> indexShift) }

    /// The midpoint of a bin of magnitudes; the next index's lower bound is the bin's upper
    /// bound, across binades too.
    private static func midpoint(ofBin index: Int) -> Double {
        let low = Double(bitPattern: UInt64(index) << indexShift)
        let high = Double(bitPattern: UInt64(index + 1) << indexShift)
        return low + (high - low) / 2
    }
}

/// Bins over a contiguous run of indices, grown on demand with room to spare on the side it
/// grows, so that a stream of new extremes costs amortised constant time.
private struct Bins: Sendable, Equatable {
    private var offset = 0
    private var counts: [UInt32] = []
    /// From the lowest to the highest index counted so far; bins outside are slack.
    private(set) var indicesAscending = 0..<0

    subscript(index: Int) -> UInt32 { counts[index - offset] }

    var indicesDescending: ReversedCollection<Range<Int>> { indicesAscending.reversed() }

    /// Makes room for the bins of `indices` and counts them as used.
    mutating func reserve(_ indices: ClosedRange<Int>) {
        include(indices.lowerBound)
        include(indices.upperBound)
    }

    /// Counts values whose magnitudes all lie between `smallest` and `largest`, both at least
    /// ``QuantileSketch/zeroThreshold``, without bounds checks per value: bin indices grow
    /// with the magnitude, so those two give every bin needed. When they share a bin, so do
    /// all (a bill at its cap or a fixed fee every trial), and that bin's count grows at
    /// once: one by one, each increment would wait for the one before.
    mutating func count(_ values: UnsafeBufferPointer<Double>, smallest: Double, largest: Double) {
        let (low, high) = (QuantileSketch.bin(of: smallest), QuantileSketch.bin(of: largest))
        reserve(low...high)
        let offset = offset
        counts.withUnsafeMutableBufferPointer { counts in
            if low == high {
                counts[low - offset] += UInt32(values.count)
            } else {
                for value in values { counts[QuantileSketch.bin(of: abs(value)) &- offset] &+= 1 }
            }
        }
    }

    /// Calls `body` with the counts and the index of the first; only reserved bins may be touched.
    mutating func withUnsafeCounts<R>(_ body: (UnsafeMutableBufferPointer<UInt32>, Int) -> R) -> R {
        let offset = offset
        return counts.withUnsafeMutableBufferPointer { body($0, offset) }
    }

    /// Adds `other`'s counts: its whole range reserved at once, then one addition per bin.
    mutating func merge(_ other: Bins) {
        guard let first = other.indicesAscending.first, let last = other.indicesAscending.last else { return }
        reserve(first...last)
        let (offset, otherOffset) = (offset, other.offset)
        counts.withUnsafeMutableBufferPointer { counts in
            other.counts.withUnsafeBufferPointer { otherCounts in
                for index in first...last { counts[index - offset] += otherCounts[index - otherOffset] }
            }
        }
    }

    private mutating func include(_ index: Int) {
        if index < offset || index >= offset + counts.count { grow(toInclude: index) }
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

    /// Equal when every bin holds the same count; bins reserved but never counted hold 0.
    static func == (a: Bins, b: Bins) -> Bool {
        a.counted == b.counted && a.counted.allSatisfy { a[$0] == b[$0] }
    }

    /// The indices from the lowest to the highest bin with a nonzero count.
    private var counted: Range<Int> {
        guard let first = indicesAscending.first(where: { self[$0] != 0 }),
            let last = indicesAscending.last(where: { self[$0] != 0 })
        else { return 0..<0 }
        return first..<(last + 1)
    }
}
