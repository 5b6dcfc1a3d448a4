/// The layout shared by charts with two numeric axes (fan, lines, steps): the title and
/// legend at the top, the y axis's title above its labels, the plot, the x axis's labels
/// and title below.
///
/// ```
/// ┌──────────────────────────────────────────┐
/// │ Title                                    │
/// │ ▬ legend  ▬ legend                       │
/// │ y title                                  │
/// │  $120k ┼──────────────────────────────── │
/// │        │           plot                  │
/// │     $0 ┼──────────────────────────────── │
/// │        0      6      12      18      24  │
/// │                 x title                  │
/// └──────────────────────────────────────────┘
/// ```
struct XYChartFrame {
    var size: ChartSize
    var title: String
    var legend: ChartLegend
    var xAxis: ChartAxis
    var yAxis: ChartAxis
    var axes: PlotAxes
    private var headerBottom: Double

    init(size: ChartSize, title: String, legend: ChartLegend, xAxis: ChartAxis, yAxis: ChartAxis, xData: ValueRange, yData: ValueRange) {
        self.size = size
        self.title = title
        self.legend = legend
        self.xAxis = xAxis
        self.yAxis = yAxis
        let padding = ChartStyle.padding
        headerBottom = ChartHeader.height(title: title, legend: legend, width: size.width)
        var top = headerBottom + (yAxis.title.isEmpty ? 0 : 18) + 8
        var bottom = size.height - padding - 18 - (xAxis.title.isEmpty ? 0 : 16)
        if bottom - top < 40 {
            // Too small for everything: give the plot at least 40 pixels.
            top = min(top, max(padding, size.height / 2 - 20))
            bottom = max(bottom, top + 40)
        }
        let (yTicks, yLabels) = TickFitting.vertical(yAxis, yData, length: bottom - top)
        let left = min(padding + TickFitting.widest(yLabels) + 8, size.width / 3)
        var right = size.width - padding - 12
        var (xTicks, xLabels) = TickFitting.horizontal(xAxis, xData, length: right - left)
        right = min(right, size.width - 2 - TickFitting.widest(xLabels) / 2)
        (xTicks, xLabels) = TickFitting.horizontal(xAxis, xData, length: right - left)
        right = min(right, size.width - 2 - TickFitting.widest(xLabels) / 2)
        axes = PlotAxes(
            plot: PixelRect(left: left, top: top, right: right, bottom: bottom), x: xTicks, y: yTicks, xLabels: xLabels,
            yLabels: yLabels)
    }

    /// Draws the title, legend, axis titles and gridlines: everything that goes under the data.
    func drawBackground(into document: inout SVGDocument) {
        ChartHeader.draw(title: title, legend: legend, into: &document)
        let plot = axes.plot
        if !yAxis.title.isEmpty {
            let label = TextMetrics.truncated(yAxis.title, toWidth: size.width - 2 * ChartStyle.padding, size: ChartStyle.labelSize)
            document.text(
                label, at: .init(x: ChartStyle.padding, y: plot.top - 12), size: ChartStyle.labelSize, color: ChartStyle.mutedText)
        }
        if !xAxis.title.isEmpty {
            let label = TextMetrics.truncated(xAxis.title, toWidth: size.width - 2 * ChartStyle.padding, size: ChartStyle.labelSize)
            document.text(
                label, at: .init(x: (plot.left + plot.right) / 2, y: plot.bottom + 32), size: ChartStyle.labelSize, anchor: .middle,
                color: ChartStyle.mutedText)
        }
        axes.drawGrid(into: &document)
    }

    /// Draws the tick labels: everything that goes over the data.
    func drawForeground(into document: inout SVGDocument) {
        axes.drawLabels(into: &document)
    }
}
