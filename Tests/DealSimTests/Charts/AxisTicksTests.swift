import Testing

@testable import DealSim

extension ChartTests {
    @Suite struct AxisTicksTests {
        @Test func zeroToOneStepsByFifths() {
            let ticks = AxisTicks(lower: 0, upper: 1)
            #expect(ticks.values == [0, 0.2, 0.4, 0.6, 0.8, 1])
            #expect(ticks.step == 0.2)
            #expect(TickFormat.plain.labels(ticks) == ["0", "0.2", "0.4", "0.6", "0.8", "1"])
        }

        @Test func thirteenToEightySevenStepsByTwenty() {
            let ticks = AxisTicks(lower: 13, upper: 87)
            #expect(ticks.values == [0, 20, 40, 60, 80, 100])
        }

        @Test func decimalTicksAreTheNearestDoubles() {
            let ticks = AxisTicks(lower: 0.1, upper: 0.3)
            #expect(ticks.values == [0.1, 0.15, 0.2, 0.25, 0.3])
            #expect(TickFormat.plain.labels(ticks) == ["0.1", "0.15", "0.2", "0.25", "0.3"])
        }

        @Test func zeroWidthRangesWidenAroundTheValue() {
            #expect(AxisTicks(lower: 5, upper: 5).values == [4, 4.5, 5, 5.5, 6])
            #expect(AxisTicks(lower: 0, upper: 0).values == [-1, -0.5, 0, 0.5, 1])
            #expect(AxisTicks(lower: 0, upper: 0, includesZero: true).values == [0, 0.2, 0.4, 0.6, 0.8, 1])
            #expect(AxisTicks(lower: 120_000, upper: 120_000).values == [0, 50_000, 100_000, 150_000, 200_000, 250_000])
            #expect(AxisTicks(lower: -3e-9, upper: -3e-9).values.count >= 4)
            let month = AxisTicks(lower: 1, upper: 1, wholeSteps: true)
            #expect(month.values == [0, 1, 2])
        }

        @Test(arguments: [(-40_000.0, 120_000.0), (-3, 7), (-0.013, 0.002), (-87, 13), (-1e9, 3e9), (-0.5, 0.5)])
        func negativeToPositiveHasZeroAsATick(lower: Double, upper: Double) {
            let ticks = AxisTicks(lower: lower, upper: upper)
            #expect(ticks.values.contains(0))
            #expect(ticks.lowerBound <= lower && ticks.upperBound >= upper)
        }

        @Test func negativeToPositiveExample() {
            #expect(AxisTicks(lower: -40_000, upper: 120_000).values == [-50_000, 0, 50_000, 100_000, 150_000])
            #expect(AxisTicks(lower: -3, upper: 7).values == [-4, -2, 0, 2, 4, 6, 8])
        }

        @Test func tinyMagnitudes() {
            let ticks = AxisTicks(lower: 1e-9, upper: 5e-9)
            #expect(ticks.values.count == 5)
            #expect(ticks.values.first == 1e-9 && ticks.values.last == 5e-9)
            #expect(TickFormat.plain.labels(ticks) == ["1e-9", "2e-9", "3e-9", "4e-9", "5e-9"])
            let narrow = AxisTicks(lower: 1.0, upper: 1.0 + 4e-9)
            #expect(narrow.values.count >= 4)
            #expect(Set(TickFormat.plain.labels(narrow)).count == narrow.values.count)
        }

        @Test func hugeMagnitudes() {
            let ticks = AxisTicks(lower: 0, upper: 1e12)
            #expect(ticks.values == [0, 2e11, 4e11, 6e11, 8e11, 1e12])
            #expect(TickFormat.money(prefix: "$").labels(ticks) == ["$0", "$200B", "$400B", "$600B", "$800B", "$1T"])
            let beyond = AxisTicks(lower: 0, upper: 3e15)
            #expect(TickFormat.money(prefix: "$").labels(beyond) == ["$0", "$5e14", "$1e15", "$1.5e15", "$2e15", "$2.5e15", "$3e15"])
            let extreme = AxisTicks(lower: -1e308, upper: 1e308)
            #expect(extreme.values.allSatisfy { $0.isFinite })
            #expect(extreme.values.contains(0))
        }

        @Test func boundsThatAreNotFiniteAreIgnored() {
            #expect(AxisTicks(lower: .nan, upper: .nan).values == [-1, -0.5, 0, 0.5, 1])
            #expect(AxisTicks(lower: .nan, upper: 5).values == [4, 4.5, 5, 5.5, 6])
            #expect(AxisTicks(lower: -.infinity, upper: .infinity).values == [-1, -0.5, 0, 0.5, 1])
            #expect(AxisTicks(lower: 5, upper: 1).values == AxisTicks(lower: 1, upper: 5).values)
        }

        @Test func wholeStepsNeverFallBetweenWholeNumbers() {
            #expect(AxisTicks(lower: 1, upper: 3, wholeSteps: true).values == [1, 2, 3])
            #expect(AxisTicks(lower: 1, upper: 24, wholeSteps: true).values == [0, 5, 10, 15, 20, 25])
        }

        @Test func includesZeroStretchesTheRange() {
            #expect(
                AxisTicks(lower: 260_000, upper: 580_000, includesZero: true).values == [
                    0, 100_000, 200_000, 300_000, 400_000, 500_000, 600_000,
                ])
        }

        /// Over many ranges, seeded: 4 to 7 ticks, evenly spaced by 1, 2 or 5 × 10ᵏ, enclosing the range.
        @Test func manyRangesGetFourToSevenNiceTicks() {
            var generator = SplitMix(seed: 11)
            for _ in 0..<2_000 {
                let scale = Decimal10.power(Int(generator.uniform() * 24) - 12)
                let a = (generator.uniform() * 2 - 1) * scale, b = (generator.uniform() * 2 - 1) * scale
                let ticks = AxisTicks(lower: a, upper: b)
                #expect((4...7).contains(ticks.values.count), "\(a)…\(b): \(ticks.values)")
                #expect(ticks.lowerBound <= min(a, b) + ticks.step * 1e-6)
                #expect(ticks.upperBound >= max(a, b) - ticks.step * 1e-6)
                let mantissa = ticks.step / Decimal10.power(Decimal10.floorLog10(ticks.step))
                #expect([1, 2, 5].contains { abs(mantissa - $0) < 1e-9 })
                for (x, y) in zip(ticks.values, ticks.values.dropFirst()) {
                    #expect(abs((y - x) - ticks.step) <= ticks.step * 1e-9)
                }
            }
        }
    }
}
