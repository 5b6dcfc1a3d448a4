/// Step curves of several series on one pair of axes, such as the empirical distribution
/// functions (ECDFs) of the offers' profits, with an optional vertical reference line (such
/// as x = 0, where the curve's height is the chance of a loss).
///
/// Each series is drawn as a step function, constant from one point to the next and
/// jumping at the next point's x ("step after"), its first value extended to the axis's low
/// end and its last to the high end: the shape of an ECDF from ``ECDF/points(_:maximumCount:including:)``.
/// Series `i` is drawn in ``ChartPalette/color(_:)`` `i`.
///
/// ```swift
/// let chart = StepChart(
///     title: "Profit distributions", description: "ECDF of horizon vendor profit per offer.",
///     series: [LineSeries(name: "Per outcome", points: ECDF.points(profits, including: [0]))],
///     xAxis: ChartAxis(title: "Vendor profit", format: .money(prefix: "$")),
///     yAxis: ChartAxis(title: "Share of trials at or below", format: .percent, range: 0...1),
///     reference: ReferenceLine(x: 0, label: "break-even"))
/// let svg = chart.svg(width: 720, height: 360)
/// ```
public struct StepChart: Sendable, Hashable {
    /// The title, shown at the top and as the SVG's `<title>`.
    public var title: String
    /// What the chart shows, for screen readers: the SVG's `<desc>`.
    public var description: String
    /// The curves, in palette order, each by increasing x.
    public var series: [LineSeries]
    /// The horizontal axis.
    public var xAxis: ChartAxis
    /// The vertical axis.
    public var yAxis: ChartAxis
    /// A vertical line to mark, or `nil`.
    public var reference: ReferenceLine?

    /// A step chart.
    /// - Parameters:
    ///   - title: the title.
    ///   - description: the text for screen readers.
    ///   - series: the curves, each by increasing x; series `i` takes palette colour `i`.
    ///   - xAxis: the horizontal axis.
    ///   - yAxis: the vertical axis.
    ///   - reference: a vertical line to mark, or `nil`.
    public init(
        title: String, description: String, series: [LineSeries], xAxis: ChartAxis, yAxis: ChartAxis, reference: ReferenceLine? = nil
    ) {
        self.title = title
        self.description = description
        self.series = series
        self.xAxis = xAxis
        self.yAxis = yAxis
        self.reference = reference
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
        if let reference, !xData.isEmpty { xData.include(reference.x) }
        let entries = series.enumerated().compactMap { index, line in
            line.name.isEmpty ? nil : ChartLegend.Entry(label: line.name, color: ChartPalette.color(index), symbol: .line)
        }
        let frame = XYChartFrame(
            size: size, title: title, legend: ChartLegend(entries: entries), xAxis: xAxis, yAxis: yAxis, xData: xData, yData: yData)
        var document = SVGDocument(size: size, title: title, description: description)
        frame.drawBackground(into: &document)
        let axes = frame.axes
        var drawn: [[PixelPoint]] = []
        for (index, line) in series.enumerated() {
            let runs = PlotDrawing.runs(line.points, isFinite: \.isFinite)
            for (runIndex, run) in runs.enumerated() {
                let steps = Self.steps(
                    run, from: runIndex == 0 ? axes.x.lowerBound : nil, to: runIndex == runs.count - 1 ? axes.x.upperBound : nil)
                let pixels = steps.map { axes.pixel($0.x, $0.y) }
                drawn.append(pixels)
                for piece in Clipping.polyline(pixels, in: axes.plot) {
                    document.polyline(piece, stroke: ChartPalette.color(index), width: 2.5)
                }
            }
        }
        reference?.draw(axes: axes, lines: drawn, into: &document)
        if xData.isEmpty { PlotDrawing.noData(in: axes.plot, into: &document) }
        frame.drawForeground(into: &document)
        return document.text
    }

    /// The corners of the step function through `points`, extended to `start` and `end`
    /// when given: (x₀, y₀), (x₁, y₀), (x₁, y₁), (x₂, y₁), …
    static func steps(_ points: [ChartPoint], from start: Double?, to end: Double?) -> [ChartPoint] {
        guard let first = points.first, let last = points.last else { return [] }
        var corners: [ChartPoint] = []
        if let start, start < first.x { corners.append(ChartPoint(x: start, y: first.y)) }
        corners.append(first)
        for (previous, point) in zip(points, points.dropFirst()) {
            corners.append(ChartPoint(x: point.x, y: previous.y))
            corners.append(point)
        }
        if let end, end > last.x { corners.append(ChartPoint(x: end, y: last.y)) }
        return corners
    }
}
