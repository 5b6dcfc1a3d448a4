/// A plot's rectangle with its two axes: ticks, labels and the scales from data to pixels,
/// and the drawing of gridlines and tick labels.
struct PlotAxes {
    var plot: PixelRect
    var x: AxisTicks
    var y: AxisTicks
    var xLabels: [String]
    var yLabels: [String]

    var xScale: LinearScale { LinearScale(x, from: plot.left, to: plot.right) }
    var yScale: LinearScale { LinearScale(y, from: plot.bottom, to: plot.top) }

    /// The pixel of a data point.
    func pixel(_ xValue: Double, _ yValue: Double) -> PixelPoint {
        PixelPoint(x: xScale(xValue), y: yScale(yValue))
    }

    /// Gridlines at every tick, a darker line at y = 0 when it is inside, and the x axis's
    /// baseline at the lowest tick.
    func drawGrid(into document: inout SVGDocument, verticalGrid: Bool = true) {
        if verticalGrid {
            for value in x.values {
                let px = xScale(value)
                document.line(.init(x: px, y: plot.top), .init(x: px, y: plot.bottom), stroke: ChartStyle.grid)
            }
        }
        let crossesZero = y.lowerBound < 0 && y.upperBound > 0
        // The lowest tick is the baseline's and 0 the zero line's: no gridline under them.
        for value in y.values.dropFirst() where !(crossesZero && value == 0) {
            let py = yScale(value)
            document.line(.init(x: plot.left, y: py), .init(x: plot.right, y: py), stroke: ChartStyle.grid)
        }
        if crossesZero {
            let py = yScale(0)
            document.line(.init(x: plot.left, y: py), .init(x: plot.right, y: py), stroke: ChartStyle.zero)
        }
        document.line(.init(x: plot.left, y: plot.bottom), .init(x: plot.right, y: plot.bottom), stroke: ChartStyle.axis)
    }

    /// The tick labels: the y axis's right-aligned left of the plot, the x axis's centred
    /// below it.
    func drawLabels(into document: inout SVGDocument) {
        for (value, label) in zip(y.values, yLabels) {
            document.text(
                label, at: .init(x: plot.left - 6, y: yScale(value) + 4), size: ChartStyle.labelSize, anchor: .end,
                color: ChartStyle.mutedText)
        }
        for (value, label) in zip(x.values, xLabels) {
            document.text(
                label, at: .init(x: xScale(value), y: plot.bottom + 15), size: ChartStyle.labelSize, anchor: .middle,
                color: ChartStyle.mutedText)
        }
    }
}
