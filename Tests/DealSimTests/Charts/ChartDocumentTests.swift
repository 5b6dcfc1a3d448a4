import Testing

@testable import DealSim

extension ChartTests {
    /// Every chart kind as a document: well-formed SVG with a title, a description, a white
    /// background, a generic font, nothing external, every coordinate inside the view box.
    @Suite struct ChartDocumentTests {
        static let kinds = ChartFixtures.all.map(\.name)

        static func svg(_ name: String) -> String {
            ChartFixtures.all.first { $0.name == name }!.svg
        }

        @Test(arguments: kinds)
        func isWellFormedSVG(kind: String) {
            let svg = Self.svg(kind)
            let document = SVGInspection(svg)
            #expect(document.isWellFormed)
            #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" "))
            #expect(svg.hasSuffix("</svg>\n"))
            let names = document.elements.prefix(4).map(\.name)
            #expect(names == ["svg", "title", "desc", "rect"])
            #expect(document.elements[0].attributes["font-family"] == "sans-serif")
            #expect(document.elements[3].attributes["fill"] == "#FFFFFF")
            #expect(document.elements[3].attributes["width"] == document.elements[0].attributes["width"])
            #expect(!document.elements[1].text.isEmpty && !document.elements[2].text.isEmpty)
        }

        @Test(arguments: kinds)
        func drawsOnlyInsideTheViewBox(kind: String) {
            let document = SVGInspection(Self.svg(kind))
            #expect(!document.coordinates.isEmpty)
            #expect(document.strayCoordinates == [])
        }

        @Test(arguments: kinds)
        func usesNothingExternalOrActive(kind: String) {
            let svg = Self.svg(kind).lowercased()
            for forbidden in ["<script", "foreignobject", "<image", "href", "url(", "@font-face", "<style", "onload", "nan", "inf"] {
                #expect(!svg.contains(forbidden), "\(forbidden)")
            }
            let allowed: Set = ["svg", "title", "desc", "rect", "line", "polyline", "polygon", "circle", "text"]
            #expect(SVGInspection(Self.svg(kind)).elements.allSatisfy { allowed.contains($0.name) })
        }

        @Test func sameDataGiveTheSameBytes() {
            let again = ChartFixtures.render()
            for (first, second) in zip(ChartFixtures.all, again) {
                #expect(first.svg == second.svg, "\(first.name)")
            }
        }

        /// Numbers in attributes are plain decimals: an optional minus, digits, at most two
        /// decimals without a trailing zero, never "-0", never an exponent.
        @Test func numbersAreWrittenPlainly() {
            let numeric: Set = [
                "x", "y", "x1", "y1", "x2", "y2", "cx", "cy", "r", "width", "height", "font-size", "stroke-width", "fill-opacity",
            ]
            for (name, svg) in ChartFixtures.all {
                for element in SVGInspection(svg).elements {
                    var numbers = element.attributes.filter { numeric.contains($0.key) }.map(\.value)
                    if let points = element.attributes["points"] {
                        numbers += points.split(separator: " ").flatMap { $0.split(separator: ",").map(String.init) }
                    }
                    for number in numbers {
                        #expect(Self.isPlainDecimal(number), "\(name): \(element.name) \(number)")
                    }
                }
            }
        }

        static func isPlainDecimal(_ text: String) -> Bool {
            var body = Substring(text)
            if body.hasPrefix("-") { body = body.dropFirst() }
            let parts = body.split(separator: ".", omittingEmptySubsequences: false)
            guard let whole = parts.first, !whole.isEmpty, whole.allSatisfy(\.isASCII), whole.allSatisfy(\.isNumber), parts.count <= 2
            else {
                return false
            }
            if whole.count > 1, whole.hasPrefix("0") { return false }
            if parts.count == 2 {
                let fraction = parts[1]
                guard (1...2).contains(fraction.count), fraction.allSatisfy(\.isNumber), !fraction.hasSuffix("0") else { return false }
            }
            return text != "-0" && !(text.hasPrefix("-") && Double(text) == 0)
        }

        @Test func seriesTakeThePaletteInOrder() {
            let document = SVGInspection(ChartFixtures.lines.svg())
            var strokes: [String] = []
            for element in document.elements where element.name == "polyline" {
                let stroke = element.attributes["stroke"]!
                if strokes.last != stroke { strokes.append(stroke) }
            }
            #expect(strokes == Array(ChartPalette.series.prefix(3)))
            let panels = SVGInspection(ChartFixtures.smallMultiples.svg()).elements.filter { $0.name == "polygon" }.map {
                $0.attributes["fill"]!
            }
            #expect(panels == Array(ChartPalette.series.prefix(3)))
        }

        @Test func titlesAndNamesAreEscaped() {
            let nasty = "<script>&\"'"
            var chart = ChartFixtures.lines
            chart.title = nasty
            chart.description = nasty
            chart.series[0].name = nasty
            chart.markers[0].label = nasty
            chart.xAxis.title = nasty
            let svg = chart.svg()
            let document = SVGInspection(svg)
            #expect(document.isWellFormed)
            #expect(!svg.contains("<script"))
            #expect(svg.contains("<title>&lt;script&gt;&amp;&quot;&apos;</title>"))
            #expect(document.elements[1].text == nasty)
            #expect(document.texts.filter { $0 == nasty }.count == 4)
            #expect(XMLText.escaped("a\u{0}b\u{1}c\nd") == "abc d")
        }

        @Test func everyKindEscapesItsText() {
            let nasty = "A&B <c>"
            let charts = [
                FanChart(
                    title: nasty, description: nasty, fans: [ChartFixtures.perOutcomeBill], xAxis: .init(title: nasty),
                    yAxis: .init(title: nasty)
                ).svg(),
                StepChart(
                    title: nasty, description: nasty, series: [LineSeries(name: nasty, x: [1, 2], y: [0, 1])], xAxis: .init(),
                    yAxis: .init(),
                    reference: ReferenceLine(x: 1.5, label: nasty)
                ).svg(),
                WhiskerBarChart(
                    title: nasty, description: nasty, bars: [WhiskerBar(label: nasty, value: 1, low: 0, high: 2)], axis: .init()
                ).svg(),
                TornadoChart(
                    title: nasty, description: nasty, centre: 0, centreLabel: nasty, bars: [TornadoBar(label: nasty, low: -1, high: 1)],
                    axis: .init(),
                    lowLabel: nasty, highLabel: nasty
                ).svg(),
                HeatMap(
                    title: nasty, description: nasty, xValues: [1], yValues: [1], values: [[1]], xAxis: .init(title: nasty),
                    yAxis: .init(title: nasty),
                    valueAxis: .init(title: nasty)
                ).svg(),
                SmallMultiples(
                    title: nasty, description: nasty, panels: [FanSeries(name: nasty, points: [])], xAxis: .init(), yAxis: .init()
                ).svg(),
            ]
            for svg in charts {
                #expect(SVGInspection(svg).isWellFormed)
                #expect(!svg.contains(nasty) && svg.contains("A&amp;B &lt;c&gt;"))
            }
        }
    }
}
