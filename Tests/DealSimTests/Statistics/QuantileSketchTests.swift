import Foundation
import Testing

@testable import DealSim

@Suite struct QuantileSketchTests {
    /// Every percentile of the sketch lies within its stated relative error of the exact one,
    /// on values of both signs over several orders of magnitude.
    @Test(arguments: [0.0, 0.01, 0.05, 0.25, 0.5, 0.75, 0.95, 0.99, 1.0])
    func percentileWithinStatedError(p: Double) {
        var rng = RandomStream(seed: 3, trial: 0, substream: 0)
        var values: [Double] = []
        var sketch = QuantileSketch()
        for _ in 0..<20_000 {
            // magnitudes from 0.01 to 10⁶, a quarter negative
            let magnitude = 0.01 * pow10(8 * rng.nextUnit())
            let value = rng.nextUnit() < 0.25 ? -magnitude : magnitude
            values.append(value)
            sketch.insert(value)
        }
        values.sort()
        let exactLow = values[Int((Double(values.count - 1) * p).rounded(.down))]
        let exactHigh = values[min(values.count - 1, Int((Double(values.count - 1) * p).rounded(.down)) + 1)]
        let exact = MetricSummary.percentile(p, ofSelected: values)
        let estimate = sketch.percentile(p)!
        if exactLow.sign == exactHigh.sign {
            #expect(abs(estimate - exact) <= QuantileSketch.relativeError * abs(exact) * (1 + 1e-12), "p \(p): \(estimate) vs \(exact)")
        }
    }

    /// Runs of values equal to the maximum or the minimum are read back exactly, even when
    /// other values share their bin: a bill at its cap, or at its minimum, in many months.
    @Test func tiesAtTheExtremesAreExact() {
        var capped = QuantileSketch()
        for index in 0..<40 { capped.insert(24_960.5 + Double(index)) }  // the bin [24,960, 25,024)
        for _ in 0..<60 { capped.insert(25_000) }
        #expect(capped.percentile(0.95) == 25_000)
        #expect(capped.percentile(0.5) == 25_000)
        // h = 0.99: rank 0 is the exact minimum, rank 1 the bin's midpoint, 24,992
        #expect(close(capped.percentile(0.01)!, 24_960.5 + 0.99 * 31.5))

        var minimum = QuantileSketch()
        for _ in 0..<60 { minimum.insert(4_995) }
        for index in 0..<40 { minimum.insert(4_995.5 + Double(index) * 0.3) }  // the bin [4,992, 5,008)
        #expect(minimum.percentile(0.05) == 4_995)
        #expect(minimum.percentile(0.5) == 4_995)
        // h = 94.05: ranks 94 and 95 lie inside the bin, read at its midpoint
        #expect(minimum.percentile(0.95) == 5_000)
    }

    /// A run of equal values between the extremes is read as its bin's midpoint, within the
    /// stated error of the value.
    @Test func tiesBetweenTheExtremesAreWithinTheBound() {
        var sketch = QuantileSketch()
        for _ in 0..<90 { sketch.insert(25_000) }
        for step in 0..<10 { sketch.insert(20_000 + Double(step) * 100) }
        sketch.insert(30_000)
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
        for value in [0.5, 1, nearOne, 1.001, 4] { sketch.insert(value) }
        let midpoint = 1 + 0x1p-9
        #expect(sketch.percentile(0.25) == midpoint)  // rank 1, the value 1
        #expect(sketch.percentile(0.5) == midpoint)  // rank 2, the value 1 + 2⁻²⁴
        let error = abs(midpoint - nearOne) / nearOne
        #expect(error <= QuantileSketch.relativeError)
        #expect(error > 0.99 * QuantileSketch.relativeError)
    }

    /// A batch records what its values inserted one by one record, whatever its length and
    /// wherever its extremes stand in it (the extremes are scanned in four lanes).
    @Test(arguments: 1...9)
    func batchEqualsOneByOne(length: Int) {
        for position in 0..<length {
            for extreme in [-1e6, 1e6] {
                var values = (0..<length).map { 100 + Double($0) * 3.5 }
                values[position] = extreme
                values.append(contentsOf: values.prefix(2))  // repeats, some of an extreme
                var batch = QuantileSketch(), single = QuantileSketch()
                values.withUnsafeBufferPointer { batch.insert(contentsOf: $0) }
                for value in values { single.insert(value) }
                #expect(batch == single, "length \(length), extreme \(extreme) at \(position)")
                #expect(batch.percentile(extreme < 0 ? 0 : 1) == extreme)
            }
        }
    }

    /// A batch of both signs, with and without values within a cent of zero, records what
    /// its values inserted one by one record.
    @Test(arguments: [[-3.5, 1e4, -0.002, 7, 0, -8e5, 0.004, 12], [-3.5, 1e4, -2, 7, 0.5, -8e5, 4, 12]])
    func mixedBatchEqualsOneByOne(values: [Double]) {
        var batch = QuantileSketch(), single = QuantileSketch()
        values.withUnsafeBufferPointer { batch.insert(contentsOf: $0) }
        for value in values { single.insert(value) }
        #expect(batch == single)
        for p in [0.0, 0.25, 0.5, 0.75, 1.0] { #expect(batch.percentile(p) == single.percentile(p)) }
    }

    @Test func mergeOrderDoesNotMatter() {
        var a = QuantileSketch(), b = QuantileSketch(), c = QuantileSketch()
        for value in stride(from: -500.0, through: 2_000, by: 7.5) { a.insert(value) }
        for value in stride(from: 0.001, through: 3, by: 0.01) { b.insert(value) }
        for _ in 0..<10 { c.insert(0) }
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
        for _ in 0..<5 { sketch.insert(0) }
        sketch.insert(1e-9)  // below the zero threshold, but the exact maximum
        #expect(sketch.percentile(0.5) == 0)  // ranks 2 and 3: zeros
        #expect(close(sketch.percentile(0.95)!, 0.75e-9))  // h = 4.75: 0 + 0.75 × 1e-9
        sketch.insert(-4)
        #expect(sketch.percentile(0) == -4)
    }

    private func pow10(_ x: Double) -> Double { Foundation.pow(10, x) }
}
