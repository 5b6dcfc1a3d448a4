/// Small multiples: one fan chart panel per series (such as one per offer), in a grid, all
/// on the same x and y scales so that their heights compare at a glance. Panel `i` is drawn
/// in ``ChartPalette/color(_:)`` `i` and titled with its series' name; every panel repeats
/// the tick labels, and the axis titles and the legend (what the line and band are) are
/// written once.
///
/// ```swift
/// let chart = SmallMultiples(
///     title: "The monthly bill", description: "Per offer, the invoice's P5–P95 band and median by month.",
///     panels: [FanSeries(name: "Capped", x: [1, 2, 3], low: [9e3, 9e3, 9e3], middle: [10e3, 10e3, 10e3], high: [10e3, 10e3, 10e3]),
///              FanSeries(name: "Per outcome", x: [1, 2, 3], low: [6e3, 8e3, 11e3], middle: [8e3, 11e3, 15e3], high: [10e3, 14e3, 19e3])],
///     xAxis: ChartAxis(title: "Month", wholeSteps: true),
///     yAxis: ChartAxis(title: "Invoice", format: .money(prefix: "$"), includesZero: true))
/// let svg = chart.svg(panelWidth: 340, panelHeight: 200)
/// ```
public struct SmallMultiples: Sendable, Hashable {
    /// The title, shown at the top and as the SVG's `<title>`.
    public var title: String
    /// What the chart shows, for screen readers: the SVG's `<desc>`.
    public var description: String
    /// One fan per panel, in palette order, left to right and top to bottom.
    public var panels: [FanSeries]
    /// The shared horizontal axis.
    public var xAxis: ChartAxis
    /// The shared vertical axis.
    public var yAxis: ChartAxis
    /// The number of panels across; `nil` to choose: at a given width, as many as fit at 300
    /// pixels or more each, at most 3; at a given panel size, 2.
    public var columns: Int?
    /// What the band is, for the legend: "P5–P95".
    public var bandLabel: String
    /// What the middle line is, for the legend: "P50".
    public var lineLabel: String

    /// Small multiples of fan charts.
    /// - Parameters:
    ///   - title: the title.
    ///   - description: the text for screen readers.
    ///   - panels: one fan per panel; panel `i` takes palette colour `i`.
    ///   - xAxis: the shared horizontal axis.
    ///   - yAxis: the shared vertical axis.
    ///   - columns: the number of panels across, or `nil` to choose from the width.
    ///   - bandLabel: the legend's name for the band.
    ///   - lineLabel: the legend's name for the middle line.
    public init(
        title: String, description: String, panels: [FanSeries], xAxis: ChartAxis, yAxis: ChartAxis, columns: Int? = nil,
        bandLabel: String = "P5–P95", lineLabel: String = "P50"
    ) {
        self.title = title
        self.description = description
        self.panels = panels
        self.xAxis = xAxis
        self.yAxis = yAxis
        self.columns = columns
        self.bandLabel = bandLabel
        self.lineLabel = lineLabel
    }

    private var legend: ChartLegend { ChartLegend(entries: FanChart.keyEntries(bandLabel: bandLabel, lineLabel: lineLabel)) }

    /// The number of panels across at `width`.
    func columnCount(width: Double) -> Int {
        let fitting = columns ?? min(3, max(1, Int((width - 2 * ChartStyle.padding) / 300)))
        return max(1, min(fitting, max(panels.count, 1)))
    }

    /// The height taken above and below the grid of panels at `width`.
    private func chrome(width: Double) -> (top: Double, bottom: Double) {
        let top = ChartHeader.height(title: title, legend: legend, width: width) + (yAxis.title.isEmpty ? 0 : 18)
        let bottom = ChartStyle.padding + (xAxis.title.isEmpty ? 0 : 18)
        return (top, bottom)
    }

    /// The chart sized for panels of `panelWidth × panelHeight` pixels, `columns` across (by
    /// default 2, or 1 for a single panel).
    /// - Parameters:
    ///   - panelWidth: the width of one panel.
    ///   - panelHeight: the height of one panel, its title and tick labels included.
    /// - Returns: an `<svg>` element, byte-identical for equal charts and sizes.
    public func svg(panelWidth: Double = 340, panelHeight: Double = 200) -> String {
        let safeWidth = panelWidth.isFinite ? min(max(panelWidth, 120), 2_000) : 340
        let safeHeight = panelHeight.isFinite ? min(max(panelHeight, 80), 2_000) : 200
        let across = columns.map { max(1, min($0, max(panels.count, 1))) } ?? min(2, max(1, panels.count))
        let width = 2 * ChartStyle.padding + Double(across) * safeWidth
        let rows = (max(panels.count, 1) + across - 1) / across
        let (top, bottom) = chrome(width: width)
        var fixed = self
        fixed.columns = across
        return fixed.svg(width: width, height: top + Double(rows) * safeHeight + bottom)
    }

    /// The chart as SVG 1.1 text.
    /// - Parameters:
    ///   - width: the width in pixels (see ``ChartSize``).
    ///   - height: the height in pixels.
    /// - Returns: an `<svg>` element, byte-identical for equal charts and sizes.
    public func svg(width: Double, height: Double) -> String {
        let size = ChartSize(width: width, height: height)
        var document = SVGDocument(size: size, title: title, description: description)
        ChartHeader.draw(title: title, legend: legend, into: &document)
        let (top, bottom) = chrome(width: size.width)
        let across = columnCount(width: size.width)
        let rows = (max(panels.count, 1) + across - 1) / across
        let cellWidth = (size.width - 2 * ChartStyle.padding) / Double(across)
        let cellHeight = max(60, (size.height - top - bottom) / Double(rows))
        var xData = ValueRange(), yData = ValueRange()
        for panel in panels {
            xData.include([panel.xRange.lower, panel.xRange.upper])
            yData.include([panel.yRange.lower, panel.yRange.upper])
        }
        // One panel's plot, inside a cell at the origin: a title row, then the plot, then the x labels.
        let plotTop = 22.0, plotBottom = cellHeight - 20
        let (yTicks, yLabels) = TickFitting.vertical(yAxis, yData, length: plotBottom - plotTop)
        let plotLeft = min(TickFitting.widest(yLabels) + 8, cellWidth / 3)
        var plotRight = cellWidth - 14
        var (xTicks, xLabels) = TickFitting.horizontal(xAxis, xData, length: plotRight - plotLeft)
        plotRight = min(plotRight, cellWidth - 4 - TickFitting.widest(xLabels) / 2)
        (xTicks, xLabels) = TickFitting.horizontal(xAxis, xData, length: plotRight - plotLeft)

        for (index, panel) in panels.enumerated() {
            let cellLeft = ChartStyle.padding + Double(index % across) * cellWidth
            let cellTop = top + Double(index / across) * cellHeight
            let plot = PixelRect(
                left: cellLeft + plotLeft, top: cellTop + plotTop, right: cellLeft + plotRight, bottom: cellTop + plotBottom)
            let axes = PlotAxes(plot: plot, x: xTicks, y: yTicks, xLabels: xLabels, yLabels: yLabels)
            let color = ChartPalette.color(index)
            axes.drawGrid(into: &document)
            panel.drawBand(axes: axes, color: color, into: &document)
            panel.drawLine(axes: axes, color: color, into: &document)
            if panel.xRange.isEmpty { PlotDrawing.noData(in: plot, into: &document) }
            axes.drawLabels(into: &document)
            let name = TextMetrics.truncated(panel.name, toWidth: cellWidth - 20, size: ChartStyle.legendSize, bold: true)
            document.rect(PixelRect(left: cellLeft, top: cellTop + 5, right: cellLeft + 10, bottom: cellTop + 15), fill: color)
            document.text(name, at: .init(x: cellLeft + 15, y: cellTop + 14), size: ChartStyle.legendSize, bold: true)
        }
        if panels.isEmpty {
            PlotDrawing.noData(
                in: PixelRect(left: 0, top: top, right: size.width, bottom: size.height - bottom), into: &document)
        }
        if !yAxis.title.isEmpty {
            document.text(
                TextMetrics.truncated(yAxis.title, toWidth: size.width - 2 * ChartStyle.padding, size: ChartStyle.labelSize),
                at: .init(x: ChartStyle.padding, y: top - 6), size: ChartStyle.labelSize, color: ChartStyle.mutedText)
        }
        if !xAxis.title.isEmpty {
            document.text(
                TextMetrics.truncated(xAxis.title, toWidth: size.width - 2 * ChartStyle.padding, size: ChartStyle.labelSize),
                at: .init(x: size.width / 2, y: size.height - ChartStyle.padding - 2), size: ChartStyle.labelSize, anchor: .middle,
                color: ChartStyle.mutedText)
        }
        return document.text
    }
}
