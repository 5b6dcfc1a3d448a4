import Testing

@testable import DealSim

extension ChartTests {
    @Suite struct ECDFTests {
        /// F(x) = #{values ≤ x} / n, by counting.
        static func exact(_ x: Double, _ values: [Double]) -> Double {
            Double(values.filter { $0 <= x }.count) / Double(values.count)
        }

        @Test func manyValuesReduceToBoundedExactPoints() {
            var generator = SplitMix(seed: 3)
            let values = (0..<100_000).map { _ in (generator.normal() * 10_000).rounded() }
            let points = ECDF.points(values, maximumCount: 200, including: [0])
            #expect(points.count <= 200 && points.count >= 150)
            #expect(points.first == ChartPoint(x: values.min()!, y: 0))
            #expect(points.last == ChartPoint(x: values.max()!, y: 1))
            let sorted = values.sorted()
            for point in points.dropFirst() {
                #expect(point.y == Double(ECDF.upperBound(point.x, in: sorted)) / Double(values.count))
            }
            #expect(points.contains { $0.x == 0 && $0.y == Double(ECDF.upperBound(0, in: sorted)) / 100_000 })
            for (a, b) in zip(points.dropFirst(), points.dropFirst(2)) {
                #expect(a.x < b.x && a.y <= b.y)
            }
            // Drawn as steps, the curve is within ⌈n/k⌉/n of the ECDF anywhere.
            for probe in stride(from: -40_000.0, through: 40_000, by: 777) {
                let drawn = points.last { $0.x <= probe }?.y ?? 0
                let truth = Double(ECDF.upperBound(probe, in: sorted)) / 100_000
                #expect(truth - drawn >= 0 && truth - drawn <= 1.0 / 198 + 1e-12)
            }
        }

        @Test func fewValuesKeepEveryJump() {
            let points = ECDF.points([3, 1, 2, 2, .nan])
            #expect(points == [ChartPoint(x: 1, y: 0), ChartPoint(x: 1, y: 0.25), ChartPoint(x: 2, y: 0.75), ChartPoint(x: 3, y: 1)])
            #expect(points.dropFirst().allSatisfy { $0.y == Self.exact($0.x, [3, 1, 2, 2]) })
        }

        @Test func degenerateInputs() {
            #expect(ECDF.points([]) == [])
            #expect(ECDF.points([.nan, .infinity]) == [])
            #expect(ECDF.points([7]) == [ChartPoint(x: 7, y: 0), ChartPoint(x: 7, y: 1)])
            #expect(ECDF.points(Array(repeating: 4, count: 1_000)) == [ChartPoint(x: 4, y: 0), ChartPoint(x: 4, y: 1)])
            #expect(ECDF.points((0..<1_000).map(Double.init), maximumCount: 0).count <= 3)
            #expect(ECDF.points((0..<1_000).map(Double.init), maximumCount: 10, including: Array(repeating: 5, count: 50)).count <= 10)
        }

        @Test func stepCornersExtendToTheAxis() {
            let corners = StepChart.steps([ChartPoint(x: 1, y: 0), ChartPoint(x: 2, y: 0.5), ChartPoint(x: 3, y: 1)], from: 0, to: 4)
            #expect(
                corners.map { [$0.x, $0.y] } == [[0, 0], [1, 0], [2, 0], [2, 0.5], [3, 0.5], [3, 1], [4, 1]])
        }
    }
}
