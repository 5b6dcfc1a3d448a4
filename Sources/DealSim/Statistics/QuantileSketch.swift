/// A mergeable histogram of values on logarithmic bins that answers percentiles within a
/// stated relative error, in memory independent of the number of values.
///
/// A finite nonzero value falls in the bin given by its sign, its binary exponent and the
/// top ``mantissaBits`` bits of its significand: the bins of a binade are 2⁻⁸ of it wide, so a
/// bin's upper bound is at most `1 + 2⁻⁸` times its lower bound. Each bin also keeps the
/// smallest and largest magnitude it has seen, truncated to 2⁻²⁴ relative, and how many
/// values equal each. An order statistic that falls on the run of values equal to the bin's
/// smallest or largest is read as that value; any other as the midpoint of the two. So it is
/// within half the spread of the values in its bin, at most `2⁻⁹` (0.196%) relative, and
/// within 2⁻²⁴ (6·10⁻⁸) when it is one of many equal values, as when many months bill
/// exactly a cap, a minimum or a fixed fee (a round amount such as 25,000 comes back
/// exactly). A percentile interpolates the order statistics around `h = (n − 1)·p` as
/// ``MetricSummary`` does for exact values; it is within the same relative error when both
/// neighbours share a sign. The minimum and maximum are kept exactly, so P0 and P100 are
/// exact.
///
/// Magnitudes below ``zeroThreshold`` (2⁻⁷, under a cent of a currency unit) are counted as
/// zero, an absolute error below 0.008. Without that floor, the few trials whose profit in a
/// month lands within cents of zero would stretch a sketch over twenty more binades; with it,
/// amounts up to 10¹² span at most 47 binades, 190 KB.
///
/// Counts add and ranges take minima and maxima, so merging sketches is exact and does not
/// depend on the order in which they are merged: the engine's per-month bands are the same
/// whatever the number of threads.
struct QuantileSketch: Sendable, Equatable {
    /// Bits of the significand kept in a bin's index.
    static let mantissaBits = 8
    /// The bound on the relative error of one order statistic, `2^-(mantissaBits + 1)`.
    static let relativeError = 1.0 / Double(1 << (mantissaBits + 1))
    /// Magnitudes below this are recorded as zero.
    static let zeroThreshold = 0x1p-7

    private var positive = Bins()
    private var negative = Bins()
    private var zeros = 0
    /// Values recorded.
    private(set) var count = 0
    private var minimum = Double.infinity
    private var maximum = -Double.infinity

    /// Records one finite value.
    mutating func insert(_ value: Double) {
        withUnsafePointer(to: value) { insert(contentsOf: UnsafeBufferPointer(start: $0, count: 1)) }
    }

    /// Records finite values.
    /// - Complexity: O(values), with one growth of the bins at most per sign.
    mutating func insert(contentsOf values: UnsafeBufferPointer<Double>) {
        // First the extremes and, on each side of zero, the smallest and largest magnitude:
        // bin indices grow with the magnitude, so these give the bins needed, and each side
        // grows once at most...
        var positiveLow = Double.infinity, positiveHigh = 0.0
        var negativeLow = Double.infinity, negativeHigh = 0.0
        for value in values {
            minimum = min(minimum, value)
            maximum = max(maximum, value)
            if value >= Self.zeroThreshold {
                positiveLow = min(positiveLow, value)
                positiveHigh = max(positiveHigh, value)
            } else if value <= -Self.zeroThreshold {
                negativeLow = min(negativeLow, -value)
                negativeHigh = max(negativeHigh, -value)
            } else {
                zeros += 1
            }
        }
        count += values.count
        if positiveHigh != 0 { positive.reserve(Bin.index(of: positiveLow)...Bin.index(of: positiveHigh)) }
        if negativeHigh != 0 { negative.reserve(Bin.index(of: negativeLow)...Bin.index(of: negativeHigh)) }
        // ...then the counts, without bounds or uniqueness checks per value.
        positive.withUnsafeBins { positive, positiveOffset in
            negative.withUnsafeBins { negative, negativeOffset in
                for value in values {
                    if value >= Self.zeroThreshold {
                        positive[Bin.index(of: value) - positiveOffset].add(position: Bin.position(of: value))
                    } else if value <= -Self.zeroThreshold {
                        negative[Bin.index(of: -value) - negativeOffset].add(position: Bin.position(of: -value))
                    }
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
            seen += Int(negative[index].count)
            if seen > rank {
                // Within a negative bin, ranks run from the largest magnitude down.
                let bin = negative[index]
                return clamped(-bin.magnitude(atRank: Int(bin.count) - 1 - (rank - (seen - Int(bin.count))), ofBin: index))
            }
        }
        seen += zeros
        if seen > rank { return 0 }
        for index in positive.indicesAscending {
            seen += Int(positive[index].count)
            if seen > rank {
                let bin = positive[index]
                return clamped(bin.magnitude(atRank: rank - (seen - Int(bin.count)), ofBin: index))
            }
        }
        return maximum
    }

    private func clamped(_ value: Double) -> Double { min(max(value, minimum), maximum) }
}

/// One bin, 16 bytes: how many magnitudes fell in it; the smallest and largest of them, each
/// as the 16 bits of its IEEE 754 pattern below the bin's index (so to 2⁻²⁴ relative); and
/// how many of them equal the smallest and the largest.
private struct Bin: Sendable, Equatable {
    static let indexShift = UInt64(52 - QuantileSketch.mantissaBits)
    static let rangeShift = indexShift - 16

    var count: UInt32 = 0
    var lowest = UInt16.max
    var highest = UInt16.min
    var atLowest: UInt32 = 0
    var atHighest: UInt32 = 0

    /// The bin index of a positive magnitude.
    static func index(of magnitude: Double) -> Int { Int(magnitude.bitPattern >> indexShift) }

    /// The bits of a magnitude within its bin, as stored.
    static func position(of magnitude: Double) -> UInt16 { UInt16(truncatingIfNeeded: magnitude.bitPattern >> rangeShift) }

    /// Counts one magnitude at `position`. An empty bin needs no case of its own: its
    /// `lowest` (`UInt16.max`) and `highest` (0) are either passed or equalled, with counts 0.
    mutating func add(position: UInt16) {
        count += 1
        if position < lowest {
            (lowest, atLowest) = (position, 1)
        } else if position == lowest {
            atLowest += 1
        }
        if position > highest {
            (highest, atHighest) = (position, 1)
        } else if position == highest {
            atHighest += 1
        }
    }

    mutating func merge(_ other: Bin) {
        guard other.count > 0 else { return }
        guard count > 0 else {
            self = other
            return
        }
        count += other.count
        if other.lowest < lowest {
            (lowest, atLowest) = (other.lowest, other.atLowest)
        } else if other.lowest == lowest {
            atLowest += other.atLowest
        }
        if other.highest > highest {
            (highest, atHighest) = (other.highest, other.atHighest)
        } else if other.highest == highest {
            atHighest += other.atHighest
        }
    }

    /// The estimate of the magnitude of rank `rank` (0 = the smallest) among this bin's,
    /// given the bin's index: the smallest or largest when the rank falls on the values equal
    /// to it, otherwise the midpoint of the two.
    func magnitude(atRank rank: Int, ofBin index: Int) -> Double {
        let base = UInt64(index) << Self.indexShift
        let low = Double(bitPattern: base | UInt64(lowest) << Self.rangeShift)
        let high = Double(bitPattern: base | UInt64(highest) << Self.rangeShift)
        if rank < Int(atLowest) { return low }
        if rank >= Int(count) - Int(atHighest) { return high }
        return low + (high - low) / 2
    }
}

/// Bins over a contiguous run of indices, grown on demand with room to spare on the side it
/// grows, so that a stream of new extremes costs amortised constant time.
private struct Bins: Sendable, Equatable {
    private var offset = 0
    private var bins: [Bin] = []
    /// From the lowest to the highest index counted so far; bins outside are slack.
    private(set) var indicesAscending = 0..<0

    subscript(index: Int) -> Bin { bins[index - offset] }

    var indicesDescending: ReversedCollection<Range<Int>> { indicesAscending.reversed() }

    /// Makes room for the bins of `indices` and counts them as used.
    mutating func reserve(_ indices: ClosedRange<Int>) {
        include(indices.lowerBound)
        include(indices.upperBound)
    }

    /// Calls `body` with the bins and the index of the first; only reserved bins may be touched.
    mutating func withUnsafeBins<R>(_ body: (UnsafeMutableBufferPointer<Bin>, Int) -> R) -> R {
        let offset = offset
        return bins.withUnsafeMutableBufferPointer { body($0, offset) }
    }

    mutating func merge(_ other: Bins) {
        for index in other.indicesAscending where other[index].count != 0 {
            include(index)
            bins[index - offset].merge(other[index])
        }
    }

    private mutating func include(_ index: Int) {
        if index < offset || index >= offset + bins.count { grow(toInclude: index) }
        if indicesAscending.isEmpty {
            indicesAscending = index..<(index + 1)
        } else if !indicesAscending.contains(index) {
            indicesAscending = min(index, indicesAscending.lowerBound)..<max(index + 1, indicesAscending.upperBound)
        }
    }

    private mutating func grow(toInclude index: Int) {
        let slack = max(16, bins.count)
        if bins.isEmpty {
            offset = index - slack / 2
            bins = Array(repeating: Bin(), count: slack)
        } else if index < offset {
            let newOffset = index - slack
            bins.insert(contentsOf: repeatElement(Bin(), count: offset - newOffset), at: 0)
            offset = newOffset
        } else {
            bins.append(contentsOf: repeatElement(Bin(), count: index - offset - bins.count + 1 + slack))
        }
    }

    static func == (a: Bins, b: Bins) -> Bool {
        a.indicesAscending == b.indicesAscending && a.indicesAscending.allSatisfy { a[$0] == b[$0] }
    }
}
