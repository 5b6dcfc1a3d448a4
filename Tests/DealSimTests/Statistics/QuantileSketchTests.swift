import Foundation
import Testing

@testable import DealSim

@Suite struct QuantileSketchTests {
    /// What the sketch guarantees for the p-th percentile of `sorted`, from its bound on each
    /// order statistic: an order statistic x is read within `relativeError · |x|`, or as 0
    /// when |x| is below `zeroThreshold` (off by |x|), and clamping to the exact extremes only
    /// brings it closer. The percentile interpolates ranks ⌊h⌋ and ⌊h⌋ + 1 with weights
    /// 1 − t and t, so its error is at most the same mix of their errors:
    ///
    /// ```
    /// |estimate − exact| ≤ (1 − t)·err(x_⌊h⌋) + t·err(x_⌊h⌋+1)
    /// ```
    ///
    /// plus the rounding of the two interpolations, a few ulps of |x_⌊h⌋| + |x_⌊h⌋+1|. When
    /// both neighbours share a sign and lie beyond the threshold this is
    /// `relativeError · |exact|`; across a sign change, where the exact percentile may be
    /// near 0, it is a relative error of the neighbours' magnitudes, not of the result.
    static func bound(p: Double, sorted: [Double]) -> Double {
        func error(_ x: Double) -> Double {
            abs(x) < QuantileSketch.zeroThreshold ? abs(x) : QuantileSketch.relativeError * abs(x)
        }
        let h = Double(sorted.count - 1) * p
        let ranks = MetricSummary.ranks(of: p, count: sorted.count)
        let (low, high, t) = (sorted[ranks[0]], sorted[ranks[1]], h - Double(ranks[0]))
        return (1 - t) * error(low) + t * error(high) + 4 * Double.ulpOfOne * (abs(low) + abs(high))
    }

    /// 20,000 values of both signs over several orders of magnitude, a quarter negative,
    /// recorded in batches of 64 as the engine records them, with the same values sorted.
    static func mixedValues() -> (sketch: QuantileSketch, sorted: [Double]) {
        var rng = RandomStream(seed: 3, trial: 0, substream: 0)
        let values = (0..<20_000).map { _ in
            // magnitudes from 0.01 to 10⁶, a quarter negative
            let magnitude = 0.01 * pow10(8 * rng.nextUnit())
            return rng.nextUnit() < 0.25 ? -magnitude : magnitude
        }
        var sketch = QuantileSketch()
        for start in stride(from: 0, to: values.count, by: 64) {
            sketch.insert(Array(values[start..<min(start + 64, values.count)]))
        }
        return (sketch, values.sorted())
    }

    /// Every percentile of the sketch lies within ``bound(p:sorted:)`` of the exact one; when
    /// both neighbours share a sign, within the stated relative error of the exact value.
    @Test(arguments: [0.0, 0.01, 0.05, 0.25, 0.5, 0.75, 0.95, 0.99, 1.0])
    func percentileWithinStatedError(p: Double) {
        let (sketch, values) = Self.mixedValues()
        let ranks = MetricSummary.ranks(of: p, count: values.count)
        let exact = MetricSummary.percentile(p, ofSelected: values)
        let estimate = sketch.percentile(p)!
        #expect(abs(estimate - exact) <= Self.bound(p: p, sorted: values), "p \(p): \(estimate) vs \(exact)")
        if values[ranks[0]].sign == values[ranks[1]].sign {
            #expect(abs(estimate - exact) <= QuantileSketch.relativeError * abs(exact) * (1 + 1e-12), "p \(p): \(estimate) vs \(exact)")
        }
    }

    /// Across the sign change, between the last negative value and the first positive one,
    /// the percentile is within ``bound(p:sorted:)``, which there is the stated relative error
    /// of the larger neighbour's magnitude, not of the exact percentile (which passes 0).
    @Test(arguments: [0.25, 0.5, 0.75])
    func percentileAcrossTheSignChange(t: Double) throws {
        let (sketch, values) = Self.mixedValues()
        let lastNegative = try #require(values.lastIndex { $0 < 0 })
        let (low, high) = (values[lastNegative], values[lastNegative + 1])
        let p = (Double(lastNegative) + t) / Double(values.count - 1)
        try #require(MetricSummary.ranks(of: p, count: values.count) == [lastNegative, lastNegative + 1])
        let exact = MetricSummary.percentile(p, ofSelected: values)
        let estimate = sketch.percentile(p)!
        #expect(abs(estimate - exact) <= Self.bound(p: p, sorted: values), "t \(t): \(estimate) vs \(exact)")
        let neighbours = max(abs(low), abs(high))
        #expect(
            abs(estimate - exact) <= QuantileSketch.relativeError * neighbours + 8 * Double.ulpOfOne * neighbours,
            "t \(t): \(estimate) vs \(exact)")
    }

    /// Runs of values equal to the maximum or the minimum are read back exactly, even when
    /// other values share their bin: a bill at its cap, or at its minimum, in many months.
    @Test func tiesAtTheExtremesAreExact() {
        var capped = QuantileSketch()
        capped.insert((0..<40).map { 24_960.5 + Double($0) })  // the bin [24,960, 25,024)
        capped.insert(Array(repeating: 25_000, count: 60))
        #expect(capped.percentile(0.95) == 25_000)
        #expect(capped.percentile(0.5) == 25_000)
        // h = 0.99: rank 0 is the exact minimum, rank 1 the bin's midpoint, 24,992
        #expect(close(capped.percentile(0.01)!, 24_960.5 + 0.99 * 31.5))

        var minimum = QuantileSketch()
        minimum.insert(Array(repeating: 4_995, count: 60))
        minimum.insert((0..<40).map { 4_995.5 + Double($0) * 0.3 })  // the bin [4,992, 5,008)
        #expect(minimum.percentile(0.05) == 4_995)
        #expect(minimum.percentile(0.5) == 4_995)
        // h = 94.05: ranks 94 and 95 lie inside the bin, read at its midpoint
        #expect(minimum.percentile(0.95) == 5_000)
    }

    /// A run of equal values between the extremes is read as its bin's midpoint, within the
    /// stated error of the value.
    @Test func tiesBetweenTheExtremesAreWithinTheBound() {
        var sketch = QuantileSketch()
        sketch.insert(Array(repeating: 25_000, count: 90))
        sketch.insert((0..<10).map { 20_000 + Double($0) * 100 })
        sketch.insert([30_000])
        #expect(sketch.percentile(0.5) == 24_992)  // the midpoint of [24,960, 25,024)
        #expect(abs(24_992 - 25_000) <= QuantileSketch.relativeError * 25_000)
        #expect(sketch.percentile(1) == 30_000)  // the exact maximum
        #expect(sketch.percentile(0) == 20_000)  // the exact minimum
    }

    /// The bound is reached: a value just above its bin's lower end is read at the bin's
    /// midpoint, almost 2⁻⁹ away from it.
    @Test func errorBoundIsReached() {
        var sketch = QuantileSketch()
        let nearOne = Double(bitPattern: (1.0).bitPattern + (1 << 28))  // 1 + 2⁻²⁴, in the bin [1, 1 + 2⁻⁸)
        sketch.insert([0.5, 1, nearOne, 1.001, 4])
        let midpoint = 1 + 0x1p-9
        #expect(sketch.percentile(0.25) == midpoint)  // rank 1, the value 1
        #expect(sketch.percentile(0.5) == midpoint)  // rank 2, the value 1 + 2⁻²⁴
        let error = abs(midpoint - nearOne) / nearOne
        #expect(error <= QuantileSketch.relativeError)
        #expect(error > 0.99 * QuantileSketch.relativeError)
    }

    /// A batch records what its values inserted one by one (batches of one) record, whatever
    /// its length and wherever its extremes stand in it (the extremes are scanned in four
    /// lanes).
    @Test(arguments: 1...9)
    func batchEqualsOneByOne(length: Int) {
        for position in 0..<length {
            for extreme in [-1e6, 1e6] {
                var values = (0..<length).map { 100 + Double($0) * 3.5 }
                values[position] = extreme
                values.append(contentsOf: values.prefix(2))  // repeats, some of an extreme
                var batch = QuantileSketch(), single = QuantileSketch()
                batch.insert(values)
                for value in values { single.insert([value]) }
                #expect(batch == single, "length \(length), extreme \(extreme) at \(position)")
                #expect(batch.percentile(extreme < 0 ? 0 : 1) == extreme)
            }
        }
    }

    /// A batch of both signs, with and without values within a cent of zero, records what
    /// its values inserted one by one (batches of one) record.
    @Test(arguments: [[-3.5, 1e4, -0.002, 7, 0, -8e5, 0.004, 12], [-3.5, 1e4, -2, 7, 0.5, -8e5, 4, 12]])
    func mixedBatchEqualsOneByOne(values: [Double]) {
        var batch = QuantileSketch(), single = QuantileSketch()
        batch.insert(values)
        for value in values { single.insert([value]) }
        #expect(batch == single)
        for p in [0.0, 0.25, 0.5, 0.75, 1.0] { #expect(batch.percentile(p) == single.percentile(p)) }
    }

    @Test func mergeOrderDoesNotMatter() {
        var a = QuantileSketch(), b = QuantileSketch(), c = QuantileSketch()
        a.insert(Array(stride(from: -500.0, through: 2_000, by: 7.5)))
        b.insert(Array(stride(from: 0.001, through: 3, by: 0.01)))
        c.insert(Array(repeating: 0, count: 10))
        var left = a, right = c
        left.merge(b)
        left.merge(c)
        right.merge(b)
        right.merge(a)
        #expect(left == right)
        #expect(left.percentile(0.5) == right.percentile(0.5))
    }

    @Test func zerosAndEmpty() {
        var sketch = QuantileSketch()
        #expect(sketch.percentile(0.5) == nil)
        sketch.insert([])
        #expect(sketch.percentile(0.5) == nil, "an empty batch records nothing")
        sketch.insert(Array(repeating: 0, count: 5))
        sketch.insert([1e-9])  // below the zero threshold, but the exact maximum
        #expect(sketch.percentile(0.5) == 0)  // ranks 2 and 3: zeros
        #expect(close(sketch.percentile(0.95)!, 0.75e-9))  // h = 4.75: 0 + 0.75 × 1e-9
        sketch.insert([-4])
        #expect(sketch.percentile(0) == -4)
    }

    private static func pow10(_ x: Double) -> Double { Foundation.pow(10, x) }
}

extension QuantileSketch {
    /// Records `values` as one batch, through ``insert(contentsOf:)`` as the engine records them.
    fileprivate mutating func insert(_ values: [Double]) {
        values.withUnsafeBufferPointer { insert(contentsOf: $0) }
    }
}
