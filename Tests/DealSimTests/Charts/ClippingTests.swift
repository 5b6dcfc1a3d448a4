import Testing

@testable import DealSim

extension ChartTests {
    @Suite struct ClippingTests {
        let box = PixelRect(left: 0, top: 0, right: 10, bottom: 10)

        func point(_ x: Double, _ y: Double) -> PixelPoint { PixelPoint(x: x, y: y) }

        @Test func segments() {
            #expect(Clipping.segment(point(1, 1), point(9, 9), in: box)! == (point(1, 1), point(9, 9)))
            #expect(Clipping.segment(point(-10, 5), point(20, 5), in: box)! == (point(0, 5), point(10, 5)))
            #expect(Clipping.segment(point(-5, -5), point(5, 5), in: box)! == (point(0, 0), point(5, 5)))
            #expect(Clipping.segment(point(-5, 20), point(20, 20), in: box) == nil)
            #expect(Clipping.segment(point(11, 0), point(20, 10), in: box) == nil)
        }

        @Test func polylinesSplitWhereTheyLeave() {
            let runs = Clipping.polyline([point(1, 5), point(5, 5), point(5, 20), point(8, 20), point(8, 5)], in: box)
            #expect(runs == [[point(1, 5), point(5, 5), point(5, 10)], [point(8, 10), point(8, 5)]])
            #expect(Clipping.polyline([point(50, 50)], in: box) == [])
        }

        @Test func polygonsAreCutToTheBox() {
            let cut = Clipping.polygon([point(-5, 5), point(5, -5), point(15, 5), point(5, 15)], in: box)
            #expect(cut.allSatisfy { box.contains($0) })
            #expect(cut.count == 8)
            #expect(Clipping.polygon([point(20, 20), point(30, 20), point(30, 30)], in: box) == [])
        }

        @Test func scalesStayFinite() {
            let ticks = AxisTicks(lower: 0, upper: 1)
            let scale = LinearScale(ticks, from: 0, to: 100)
            #expect(scale(0.5) == 50)
            #expect(scale(1e308).isFinite && scale(-Double.greatestFiniteMagnitude).isFinite)
            #expect(scale(.nan).isNaN)
        }

        @Test(arguments: [
            (12.345, "12.35"), (3.10, "3.1"), (-0.001, "0"), (-0.0, "0"), (0.005, "0.01"), (-2.5, "-2.5"), (720, "720"), (0.07, "0.07"),
            (Double.nan, "0"), (1e20, "0"),
        ])
        func coordinateText(value: Double, text: String) {
            #expect(SVGNumber.text(value) == text)
        }
    }
}
