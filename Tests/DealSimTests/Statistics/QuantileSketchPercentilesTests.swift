import Testing

@testable import DealSim

/// Several percentiles read in one walk over the bins are those read one at a time.
@Suite struct QuantileSketchPercentilesTests {
    static func sketch(_ values: [Double]) -> QuantileSketch {
        var sketch = QuantileSketch()
        values.withUnsafeBufferPointer { sketch.insert(contentsOf: $0) }
        return sketch
    }

    static let cases: [[Double]] = {
        let two: [Double] = [1, 1_000]  // two values: P5 and P50 share their lower rank
        let steps: [Double] = (1...100).map { Double($0) * 1.37 }
        let acrossZero: [Double] = (-50...50).map { Double($0) * 3.1 }  // zero included
        let runs: [Double] = [5, 5, 5, 7, 7, 9, 9, 9, 9]  // runs at both extremes
        let shuffled: [Double] = (1...999).map { (index: Int) -> Double in Double((index * 7_919) % 1_000) - 300 }
        return [two, steps, acrossZero, runs, shuffled]
    }()

    @Test(arguments: cases)
    func manyAtOnceEqualOneByOne(values: [Double]) {
        let sketch = Self.sketch(values)
        let levels = [0.0, 0.05, 0.25, 0.5, 0.5, 0.95, 1.0]
        let together = sketch.percentiles(levels)!
        for (level, value) in zip(levels, together) {
            #expect(sketch.percentiles([level])! == [value], "p = \(level)")
        }
        // Exact where the sketch is exact: the extremes.
        #expect(together.first == values.min())
        #expect(together.last == values.max())
    }

    /// Two values, 1 and 1,000, are the minimum and maximum and so read exactly: each
    /// percentile is the linear interpolation 1 + 999·p.
    @Test func twoValuesInterpolateExactly() {
        let sketch = Self.sketch([1_000, 1])
        let expected: [Double] = [0.05, 0.5, 0.95].map { (p: Double) -> Double in 1 + 999 * p }
        #expect(sketch.percentiles([0.05, 0.5, 0.95])! == expected)
    }

    @Test func emptyHasNone() {
        #expect(QuantileSketch().percentiles([0.5]) == nil)
    }
}
