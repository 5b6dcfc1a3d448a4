/// A fan chart: for each series, a shaded band (such as P5–P95) with its middle line (such
/// as P50), on shared axes. Series `i` is drawn in ``ChartPalette/color(_:)`` `i`; bands are
/// drawn first, lines over them.
///
/// ```swift
/// let chart = FanChart(
///     title: "Monthly bill", description: "The invoice's P5–P95 band and median by month.",
///     fans: [FanSeries(name: "Per outcome", x: [1, 2, 3], low: [8e3, 9e3, 10e3],
///                      middle: [10e3, 12e3, 13e3], high: [12e3, 15e3, 17e3])],
///     xAxis: ChartAxis(title: "Month", wholeSteps: true),
///     yAxis: ChartAxis(title: "Invoice", format: .money(prefix: "$"), includesZero: true))
/// let svg = chart.svg(width: 720, height: 360)
/// ```
public struct FanChart: Sendable, Hashable {
    /// The title, shown at the top and as the SVG's `<title>`.
    public var title: String
    /// What the chart shows, for screen readers: the SVG's `<desc>`.
    public var description: String
    /// The fans, in palette order.
    public var fans: [FanSeries]
    /// The horizontal axis.
    public var xAxis: ChartAxis
    /// The vertical axis.
    public var yAxis: ChartAxis
    /// What the band is, for the legend: "P5–P95".
    public var bandLabel: String
    /// What the middle line is, for the legend: "P50".
    public var lineLabel: String

    /// A fan chart.
    /// - Parameters:
    ///   - title: the title.
    ///   - description: the text for screen readers.
    ///   - fans: the series; series `i` takes palette colour `i`.
    ///   - xAxis: the horizontal axis.
    ///   - yAxis: the vertical axis.
    ///   - bandLabel: the legend's name for the band.
    ///   - lineLabel: the legend's name for the middle line.
    public init(
        title: String, description: String, fans: [FanSeries], xAxis: ChartAxis, yAxis: ChartAxis, bandLabel: String = "P5–P95",
        lineLabel: String = "P50"
    ) {
        self.title = title
        self.description = description
        self.fans = fans
        self.xAxis = xAxis
        self.yAxis = yAxis
        self.bandLabel = bandLabel
        self.lineLabel = lineLabel
    }

    /// The chart as SVG 1.1 text.
    /// - Parameters:
    ///   - width: the width in pixels (see ``ChartSize``).
    ///   - height: the height in pixels.
    /// - Returns: an `<svg>` element, byte-identical for equal charts and sizes.
    public func svg(width: Double = 720, height: Double = 360) -> String {
        let size = ChartSize(width: width, height: height)
        var xData = ValueRange(), yData = ValueRange()
        for fan in fans {
            xData.include([fan.xRange.lower, fan.xRange.upper])
            yData.include([fan.yRange.lower, fan.yRange.upper])
        }
        var entries = fans.enumerated().compactMap { index, fan in
            fan.name.isEmpty ? nil : ChartLegend.Entry(label: fan.name, color: ChartPalette.color(index), symbol: .bandWithLine)
        }
        entries += Self.keyEntries(bandLabel: bandLabel, lineLabel: lineLabel)
        let frame = XYChartFrame(
            size: size, title: title, legend: ChartLegend(entries: entries), xAxis: xAxis, yAxis: yAxis, xData: xData, yData: yData)
        var document = SVGDocument(size: size, title: title, description: description)
        frame.drawBackground(into: &document)
        for (index, fan) in fans.enumerated() {
            fan.drawBand(axes: frame.axes, color: ChartPalette.color(index), into: &document)
        }
        for (index, fan) in fans.enumerated() {
            fan.drawLine(axes: frame.axes, color: ChartPalette.color(index), into: &document)
        }
        if xData.isEmpty || yData.isEmpty { PlotDrawing.noData(in: frame.axes.plot, into: &document) }
        frame.drawForeground(into: &document)
        return document.text
    }

    /// The grey legend entries that say what the line and the band are.
    static func keyEntries(bandLabel: String, lineLabel: String) -> [ChartLegend.Entry] {
        var entries: [ChartLegend.Entry] = []
        if !lineLabel.isEmpty { entries.append(.init(label: lineLabel, color: ChartStyle.mutedText, symbol: .line)) }
        if !bandLabel.isEmpty { entries.append(.init(label: bandLabel, color: ChartStyle.mutedText, symbol: .band)) }
        return entries
    }
}
