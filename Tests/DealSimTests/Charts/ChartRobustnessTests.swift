import Testing

@testable import DealSim

extension ChartTests {
    /// Inputs that are not finite, huge, tiny, empty or outside a fixed range: every kind
    /// still writes well-formed SVG with no "nan" or "inf" and nothing outside the view box.
    @Suite struct ChartRobustnessTests {
        static let bad: [Double] = [.nan, .infinity, -.infinity, 1e300, -1e308, 1e-300, 0, -0.0]

        /// Every kind fed with `values`, in the order of `ChartFixtures.all`.
        static func charts(_ values: [Double]) -> [(String, String)] {
            let x = (0..<values.count).map(Double.init)
            let xs = [Double.nan] + x + [.infinity]
            let ys = [1.0] + values + [2]
            let money = TickFormat.money(prefix: "$")
            return [
                (
                    "fan",
                    FanChart(
                        title: "Fan", description: "d",
                        fans: [FanSeries(name: "a", x: xs, low: ys.map { $0 - 1 }, middle: ys, high: ys.reversed())],
                        xAxis: .init(title: "x"), yAxis: .init(title: "y", format: money)
                    ).svg()
                ),
                (
                    "lines",
                    LineChart(
                        title: "Lines", description: "d",
                        series: [LineSeries(name: "a", x: xs, y: ys), LineSeries(name: "b", x: ys, y: xs)],
                        markers: values.map { ChartMarker(series: 0, point: ChartPoint(x: $0, y: $0), label: "m") },
                        xAxis: .init(format: .count), yAxis: .init(format: .percent)
                    ).svg()
                ),
                (
                    "steps",
                    StepChart(
                        title: "Steps", description: "d",
                        series: [LineSeries(name: "a", points: ECDF.points(values)), LineSeries(name: "b", x: xs, y: ys)],
                        xAxis: .init(format: money), yAxis: .init(format: .percent, range: 0...1),
                        reference: ReferenceLine(x: values.first ?? .nan, label: "r")
                    ).svg()
                ),
                (
                    "whiskers",
                    WhiskerBarChart(
                        title: "Bars", description: "d", bars: values.map { WhiskerBar(label: "b", value: $0, low: -$0, high: .nan) },
                        axis: .init(format: money)
                    ).svg()
                ),
                (
                    "tornado",
                    TornadoChart(
                        title: "Tornado", description: "d", centre: values.first ?? .nan, centreLabel: "c",
                        bars: zip(values, values.reversed()).map { TornadoBar(label: "t", low: $0, high: $1) }, axis: .init(format: money)
                    ).svg()
                ),
                (
                    "heat map",
                    HeatMap(
                        title: "Heat", description: "d", xValues: xs, yValues: ys, values: [values, values.reversed(), []], xAxis: .init(),
                        yAxis: .init(),
                        valueAxis: .init(format: money)
                    ).svg()
                ),
                (
                    "small multiples",
                    SmallMultiples(
                        title: "Panels", description: "d",
                        panels: [FanSeries(name: "a", x: xs, low: ys, middle: ys, high: ys), FanSeries(name: "b", points: [])],
                        xAxis: .init(), yAxis: .init()
                    ).svg()
                ),
            ]
        }

        static let inputs: [[Double]] = [
            bad, [], [.nan], [5], [1e-9, 2e-9, 3e-9], [1e12, 3e12, -2e12], [-1e308, 1e308], [.infinity, -.infinity],
        ]

        @Test(arguments: 0..<inputs.count)
        func writesNoNaNAndStaysInside(input: Int) {
            for (kind, svg) in Self.charts(Self.inputs[input]) {
                let document = SVGInspection(svg)
                #expect(document.isWellFormed, "\(kind)")
                let lowered = svg.lowercased()
                #expect(!lowered.contains("nan") && !lowered.contains("inf"), "\(kind)")
                #expect(document.strayCoordinates == [], "\(kind)")
            }
        }

        @Test func dataOutsideAFixedRangeAreClippedToThePlot() {
            let chart = LineChart(
                title: "Clipped", description: "d", series: [LineSeries(name: "a", x: [0, 1, 2, 3, 4], y: [0.5, 40, -30, 0.5, 1e200])],
                xAxis: .init(range: 1...3), yAxis: .init(range: 0...1))
            let document = SVGInspection(chart.svg(width: 400, height: 300))
            #expect(document.strayCoordinates == [])
            // The grid's extent is the plot's: every point of the line is within it.
            let grid = document.elements.filter { $0.name == "line" && $0.attributes["stroke"] == "#E3E3E3" }
            let xs = grid.flatMap { [Double($0.attributes["x1"]!)!, Double($0.attributes["x2"]!)!] }
            let ys = grid.flatMap { [Double($0.attributes["y1"]!)!, Double($0.attributes["y2"]!)!] }
            let line = document.elements.filter { $0.name == "polyline" }
            #expect(line.count >= 2)
            for polyline in line {
                for pair in polyline.attributes["points"]!.split(separator: " ") {
                    let coordinates = pair.split(separator: ",").map { Double($0)! }
                    #expect(coordinates[0] >= xs.min()! - 0.01 && coordinates[0] <= xs.max()! + 0.01)
                    #expect(coordinates[1] >= ys.min()! - 0.01 && coordinates[1] <= ys.max()! + 0.01)
                }
            }
        }

        @Test func oddSizesAreMadeSafe() {
            for (width, height) in [(Double.nan, Double.infinity), (0, -5), (1e9, 1e9), (161.5, 99)] {
                let svg = ChartFixtures.fan.svg(width: width, height: height)
                let document = SVGInspection(svg)
                #expect(document.isWellFormed)
                #expect(document.strayCoordinates == [])
                #expect(document.size.width >= 160 && document.size.width <= 10_000)
            }
            #expect(ChartSize(width: .nan, height: .nan) == ChartSize(width: 720, height: 360))
        }

        @Test func aSingleMonthAndASingleOfferStillDraw() {
            let fan = FanChart(
                title: "One month", description: "d",
                fans: [FanSeries(name: "Only offer", x: [1], low: [8_000], middle: [10_000], high: [12_000])],
                xAxis: .init(title: "Month", wholeSteps: true), yAxis: .init(format: .money(prefix: "$"), includesZero: true))
            let document = SVGInspection(fan.svg())
            #expect(document.elements.contains { $0.name == "polygon" })
            // The median as a level stroke across the band's bar.
            #expect(
                document.elements.contains {
                    $0.name == "line" && $0.attributes["stroke"] == ChartPalette.color(0) && $0.attributes["stroke-width"] == "2.5"
                        && $0.attributes["y1"] == $0.attributes["y2"]
                })
            #expect(!document.texts.contains(ChartStyle.noData))
            let panels = SmallMultiples(
                title: "One", description: "d", panels: [FanSeries(name: "Only", x: [1], low: [1], middle: [2], high: [3])], xAxis: .init(),
                yAxis: .init())
            #expect(SVGInspection(panels.svg()).elements.contains { $0.name == "polygon" })
            let empty = LineChart(title: "Empty", description: "d", series: [], xAxis: .init(), yAxis: .init())
            #expect(SVGInspection(empty.svg()).texts.contains(ChartStyle.noData))
        }
    }
}
