/// Several lines on one pair of axes, with optional labelled markers. Series `i` is drawn in
/// ``ChartPalette/color(_:)`` `i`; a series with a single finite point is drawn as a dot.
///
/// ```swift
/// let chart = LineChart(
///     title: "Cash curve", description: "Cumulative expected vendor profit by month.",
///     series: [LineSeries(name: "Per outcome", x: [1, 2, 3, 4], y: [-8e3, -13e3, -6e3, 4e3])],
///     markers: [ChartMarker(series: 0, point: ChartPoint(x: 2, y: -13e3), label: "-$13k in month 2")],
///     xAxis: ChartAxis(title: "Month", wholeSteps: true),
///     yAxis: ChartAxis(title: "Cumulative profit", format: .money(prefix: "$"), includesZero: true))
/// let svg = chart.svg(width: 720, height: 360)
/// ```
public struct LineChart: Sendable, Hashable {
    /// The title, shown at the top and as the SVG's `<title>`.
    public var title: String
    /// What the chart shows, for screen readers: the SVG's `<desc>`.
    public var description: String
    /// The lines, in palette order.
    public var series: [LineSeries]
    /// Points marked with a dot and a label.
    public var markers: [ChartMarker]
    /// The horizontal axis.
    public var xAxis: ChartAxis
    /// The vertical axis.
    public var yAxis: ChartAxis

    /// A line chart.
    /// - Parameters:
    ///   - title: the title.
    ///   - description: the text for screen readers.
    ///   - series: the lines; series `i` takes palette colour `i`.
    ///   - markers: points to mark with a dot and a label.
    ///   - xAxis: the horizontal axis.
    ///   - yAxis: the vertical axis.
    public init(
        title: String, description: String, series: [LineSeries], markers: [ChartMarker] = [], xAxis: ChartAxis, yAxis: ChartAxis
    ) {
        self.title = title
        self.description = description
        self.series = series
        self.markers = markers
        self.xAxis = xAxis
        self.yAxis = yAxis
    }

    /// The chart as SVG 1.1 text.
    /// - Parameters:
    ///   - width: the width in pixels (see ``ChartSize``).
    ///   - height: the height in pixels.
    /// - Returns: an `<svg>` element, byte-identical for equal charts and sizes.
    public func svg(width: Double = 720, height: Double = 360) -> String {
        let size = ChartSize(width: width, height: height)
        var xData = ValueRange(), yData = ValueRange()
        for line in series {
            for point in line.points where point.isFinite {
                xData.include(point.x)
                yData.include(point.y)
            }
        }
        for marker in markers where marker.point.isFinite {
            xData.include(marker.point.x)
            yData.include(marker.point.y)
        }
        let entries = series.enumerated().compactMap { index, line in
            line.name.isEmpty ? nil : ChartLegend.Entry(label: line.name, color: ChartPalette.color(index), symbol: .line)
        }
        let frame = XYChartFrame(
            size: size, title: title, legend: ChartLegend(entries: entries), xAxis: xAxis, yAxis: yAxis, xData: xData, yData: yData)
        var document = SVGDocument(size: size, title: title, description: description)
        frame.drawBackground(into: &document)
        var drawn: [[PixelPoint]] = []
        for (index, line) in series.enumerated() {
            PlotDrawing.line(line.points, axes: frame.axes, color: ChartPalette.color(index), into: &document)
            drawn += PlotDrawing.runs(line.points, isFinite: \.isFinite).map { $0.map { frame.axes.pixel($0.x, $0.y) } }
        }
        MarkerLabels.draw(markers, axes: frame.axes, lines: drawn, into: &document)
        if xData.isEmpty { PlotDrawing.noData(in: frame.axes.plot, into: &document) }
        frame.drawForeground(into: &document)
        return document.text
    }
}
