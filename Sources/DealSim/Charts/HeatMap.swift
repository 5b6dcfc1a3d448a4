/// A heat map of a grid: one cell per (x, y) pair, coloured by its value on the viridis
/// ramp (``ChartPalette/rampColor(_:)``), with a colour legend on the right. Rows go up
/// (the first row at the bottom), columns left to right, each labelled with its value; a
/// cell's value is written in it when it fits.
///
/// A cell's colour is the ramp at `(v − lower) / (upper − lower)` on the value axis's nice
/// range; a cell whose value is not finite is light grey. Cells of 16 pixels or more are
/// parted by thin white lines; smaller ones touch, so that a fine grid reads as a surface.
///
/// ```swift
/// let chart = HeatMap(
///     title: "Vendor profit by price and success rate", description: "Expected profit over the grid.",
///     xValues: [0.5, 1, 1.5], yValues: [0.6, 0.8],
///     values: [[-20e3, 10e3, 40e3], [5e3, 45e3, 85e3]],
///     xAxis: ChartAxis(title: "Price per outcome", format: .money(prefix: "$")),
///     yAxis: ChartAxis(title: "Success rate", format: .percent),
///     valueAxis: ChartAxis(title: "Vendor profit", format: .money(prefix: "$")))
/// let svg = chart.svg(width: 720, height: 360)
/// ```
public struct HeatMap: Sendable, Hashable {
    /// The title, shown at the top and as the SVG's `<title>`.
    public var title: String
    /// What the chart shows, for screen readers: the SVG's `<desc>`.
    public var description: String
    /// The columns' values, left to right.
    public var xValues: [Double]
    /// The rows' values, bottom to top.
    public var yValues: [Double]
    /// The cells: `values[row][column]`; a missing cell counts as not finite.
    public var values: [[Double]]
    /// The title and label format of the columns.
    public var xAxis: ChartAxis
    /// The title and label format of the rows.
    public var yAxis: ChartAxis
    /// The title, label format and range of the colour legend.
    public var valueAxis: ChartAxis
    /// Whether each cell's value is written in it when it fits.
    public var showsValues: Bool

    /// A heat map.
    /// - Parameters:
    ///   - title: the title.
    ///   - description: the text for screen readers.
    ///   - xValues: the columns' values, left to right.
    ///   - yValues: the rows' values, bottom to top.
    ///   - values: the cells, `values[row][column]`.
    ///   - xAxis: the title and label format of the columns.
    ///   - yAxis: the title and label format of the rows.
    ///   - valueAxis: the title, label format and range of the colour legend.
    ///   - showsValues: whether each cell's value is written in it when it fits.
    public init(
        title: String, description: String, xValues: [Double], yValues: [Double], values: [[Double]], xAxis: ChartAxis,
        yAxis: ChartAxis, valueAxis: ChartAxis, showsValues: Bool = true
    ) {
        self.title = title
        self.description = description
        self.xValues = xValues
        self.yValues = yValues
        self.values = values
        self.xAxis = xAxis
        self.yAxis = yAxis
        self.valueAxis = valueAxis
        self.showsValues = showsValues
    }

    /// The value of a cell, NaN when missing.
    func value(row: Int, column: Int) -> Double {
        row < values.count && column < values[row].count ? values[row][column] : .nan
    }

    /// The chart as SVG 1.1 text.
    /// - Parameters:
    ///   - width: the width in pixels (see ``ChartSize``).
    ///   - height: the height in pixels.
    /// - Returns: an `<svg>` element, byte-identical for equal charts and sizes.
    public func svg(width: Double = 720, height: Double = 360) -> String {
        let size = ChartSize(width: width, height: height)
        let padding = ChartStyle.padding
        var data = ValueRange()
        for row in values { data.include(row) }
        let legend = ChartLegend(entries: [])
        let hasAxisTitles = !yAxis.title.isEmpty || !valueAxis.title.isEmpty
        let top = ChartHeader.height(title: title, legend: legend, width: size.width) + (hasAxisTitles ? 18 : 0) + 8
        let bottom = max(top + 30, size.height - padding - 18 - (xAxis.title.isEmpty ? 0 : 16))
        let (valueTicks, valueLabels) = TickFitting.vertical(valueAxis, data, length: bottom - top)
        let scaleWidth = 12 + 6 + TickFitting.widest(valueLabels)
        let rowLabels = yValues.map { yAxis.format.label($0) }
        let columnLabels = xValues.map { xAxis.format.label($0) }
        let left = min(padding + TickFitting.widest(rowLabels) + 8, size.width / 3)
        let right = max(left + 30, size.width - padding - scaleWidth - 16)
        let plot = PixelRect(left: left, top: top, right: right, bottom: bottom)

        var document = SVGDocument(size: size, title: title, description: description)
        ChartHeader.draw(title: title, legend: legend, into: &document)
        let columns = xValues.count, rows = yValues.count
        guard columns > 0, rows > 0 else {
            PlotDrawing.noData(in: plot, into: &document)
            return document.text
        }
        let cellWidth = plot.width / Double(columns), cellHeight = plot.height / Double(rows)
        let colour = LinearScale(valueTicks, from: 0, to: 1)
        let cellTexts = values.map { $0.map { $0.isFinite ? valueAxis.format.label($0) : "" } }
        let textFits =
            showsValues && cellHeight >= 15
            && cellWidth >= TickFitting.widest(cellTexts.flatMap { $0 }) + 6
        let parted = cellWidth >= 16 && cellHeight >= 16
        for row in 0..<rows {
            for column in 0..<columns {
                let value = value(row: row, column: column)
                let cell = PixelRect(
                    left: plot.left + Double(column) * cellWidth, top: plot.bottom - Double(row + 1) * cellHeight,
                    right: plot.left + Double(column + 1) * cellWidth, bottom: plot.bottom - Double(row) * cellHeight)
                let fill = value.isFinite ? ChartPalette.rampColor(colour(value)) : "#EEEEEE"
                if parted {
                    document.rect(cell, fill: fill, stroke: "#FFFFFF")
                } else {
                    // Touching cells overlap the next ones (drawn later) by a pixel: no seams.
                    var overlapping = cell
                    if column < columns - 1 { overlapping.right += 1 }
                    if row < rows - 1 { overlapping.top -= 1 }
                    document.rect(overlapping, fill: fill)
                }
                if textFits, value.isFinite {
                    document.text(
                        cellTexts[row][column], at: .init(x: (cell.left + cell.right) / 2, y: (cell.top + cell.bottom) / 2 + 4),
                        size: ChartStyle.labelSize, anchor: .middle, color: ChartPalette.isDark(fill) ? "#FFFFFF" : ChartStyle.text)
                }
            }
        }
        drawLabels(rowLabels: rowLabels, columnLabels: columnLabels, plot: plot, into: &document)
        drawScale(ticks: valueTicks, labels: valueLabels, plot: plot, into: &document)
        return document.text
    }

    /// The row and column labels (every k-th when they would crowd) and the axis titles.
    private func drawLabels(rowLabels: [String], columnLabels: [String], plot: PixelRect, into document: inout SVGDocument) {
        let cellWidth = plot.width / Double(columnLabels.count), cellHeight = plot.height / Double(rowLabels.count)
        let columnStride = Self.stride(cell: cellWidth, needs: TickFitting.widest(columnLabels) + 8)
        for column in Swift.stride(from: 0, to: columnLabels.count, by: columnStride) {
            document.text(
                columnLabels[column], at: .init(x: plot.left + (Double(column) + 0.5) * cellWidth, y: plot.bottom + 15),
                size: ChartStyle.labelSize, anchor: .middle, color: ChartStyle.mutedText)
        }
        let rowStride = Self.stride(cell: cellHeight, needs: 14)
        for row in Swift.stride(from: 0, to: rowLabels.count, by: rowStride) {
            document.text(
                rowLabels[row], at: .init(x: plot.left - 6, y: plot.bottom - (Double(row) + 0.5) * cellHeight + 4),
                size: ChartStyle.labelSize, anchor: .end, color: ChartStyle.mutedText)
        }
        if !yAxis.title.isEmpty {
            document.text(
                TextMetrics.truncated(yAxis.title, toWidth: document.width / 2, size: ChartStyle.labelSize),
                at: .init(x: ChartStyle.padding, y: plot.top - 12), size: ChartStyle.labelSize, color: ChartStyle.mutedText)
        }
        if !xAxis.title.isEmpty {
            document.text(
                TextMetrics.truncated(xAxis.title, toWidth: document.width - 2 * ChartStyle.padding, size: ChartStyle.labelSize),
                at: .init(x: (plot.left + plot.right) / 2, y: plot.bottom + 32), size: ChartStyle.labelSize, anchor: .middle,
                color: ChartStyle.mutedText)
        }
    }

    /// The colour legend: a vertical ramp right of the plot, low at the bottom, with the
    /// value axis's tick labels and its title above.
    private func drawScale(ticks: AxisTicks, labels: [String], plot: PixelRect, into document: inout SVGDocument) {
        let left = plot.right + 16
        let steps = 40
        let step = plot.height / Double(steps)
        for index in 0..<steps {
            let fraction = (Double(index) + 0.5) / Double(steps)
            let bottom = plot.bottom - Double(index) * step
            // Each step overlaps the one above by a pixel, so that no seam shows between them.
            let top = index == steps - 1 ? bottom - step : bottom - step - 1
            document.rect(PixelRect(left: left, top: top, right: left + 12, bottom: bottom), fill: ChartPalette.rampColor(fraction))
        }
        let scale = LinearScale(ticks, from: plot.bottom, to: plot.top)
        for (value, label) in zip(ticks.values, labels) {
            let y = scale(value)
            document.line(.init(x: left + 12, y: y), .init(x: left + 15, y: y), stroke: ChartStyle.axis)
            document.text(label, at: .init(x: left + 18, y: y + 4), size: ChartStyle.labelSize, color: ChartStyle.mutedText)
        }
        if !valueAxis.title.isEmpty {
            document.text(
                TextMetrics.truncated(valueAxis.title, toWidth: document.width / 2 - ChartStyle.padding, size: ChartStyle.labelSize),
                at: .init(x: document.width - ChartStyle.padding, y: plot.top - 12), size: ChartStyle.labelSize, anchor: .end,
                color: ChartStyle.mutedText)
        }
    }

    /// The smallest k such that k cells give `needs` pixels.
    private static func stride(cell: Double, needs: Double) -> Int {
        guard cell > 0 else { return 1 }
        return max(1, Int((needs / cell).rounded(.up)))
    }
}
