/// The layout shared by charts of one bar per category (whisker bars, tornado): the title
/// and legend at the top, the category names down the left, one band per category, and
/// the value axis along the bottom with vertical gridlines.
struct CategoryFrame {
    var plot: PixelRect
    var ticks: AxisTicks
    var labels: [String]
    var categories: [String]
    var axis: ChartAxis
    var title: String
    var legend: ChartLegend

    /// A frame for `categories` over the values `data`, keeping `reserve` pixels right of
    /// the plot for value labels.
    init(
        size: ChartSize, title: String, legend: ChartLegend, categories: [String], axis: ChartAxis, data: ValueRange,
        reserve: Double, topRoom: Double = 0
    ) {
        self.title = title
        self.legend = legend
        self.categories = categories
        self.axis = axis
        let padding = ChartStyle.padding
        let top = ChartHeader.height(title: title, legend: legend, width: size.width) + 8 + topRoom
        let bottom = max(top + 30, size.height - padding - 18 - (axis.title.isEmpty ? 0 : 16))
        let nameWidth = min(TickFitting.widest(categories, size: ChartStyle.legendSize), size.width * 0.3)
        let left = padding + nameWidth + 10
        var right = size.width - padding - max(reserve, 8)
        var (ticks, labels) = TickFitting.horizontal(axis, data, length: right - left)
        right = min(right, size.width - 2 - TickFitting.widest(labels) / 2)
        (ticks, labels) = TickFitting.horizontal(axis, data, length: right - left)
        plot = PixelRect(left: left, top: top, right: right, bottom: bottom)
        self.ticks = ticks
        self.labels = labels
    }

    var scale: LinearScale { LinearScale(ticks, from: plot.left, to: plot.right) }

    /// The vertical centre of category `index`'s band.
    func middle(_ index: Int) -> Double {
        plot.top + (Double(index) + 0.5) * bandHeight
    }

    /// The height of one category's band.
    var bandHeight: Double { plot.height / Double(max(categories.count, 1)) }

    /// The thickness of a bar: 60% of its band, at most 26 pixels.
    var barThickness: Double { min(bandHeight * 0.6, 26) }

    /// Draws the title, legend, gridlines, category names and axis: everything but the bars.
    func drawBackground(into document: inout SVGDocument) {
        ChartHeader.draw(title: title, legend: legend, into: &document)
        let scale = self.scale
        for (value, label) in zip(ticks.values, labels) {
            let x = scale(value)
            document.line(.init(x: x, y: plot.top), .init(x: x, y: plot.bottom), stroke: ChartStyle.grid)
            document.text(
                label, at: .init(x: x, y: plot.bottom + 15), size: ChartStyle.labelSize, anchor: .middle, color: ChartStyle.mutedText)
        }
        document.line(.init(x: plot.left, y: plot.bottom), .init(x: plot.right, y: plot.bottom), stroke: ChartStyle.axis)
        let nameWidth = plot.left - 10 - ChartStyle.padding
        for (index, name) in categories.enumerated() {
            let text = TextMetrics.truncated(name, toWidth: nameWidth, size: ChartStyle.legendSize)
            document.text(text, at: .init(x: plot.left - 8, y: middle(index) + 4), size: ChartStyle.legendSize, anchor: .end)
        }
        if !axis.title.isEmpty {
            document.text(
                TextMetrics.truncated(axis.title, toWidth: document.width - 2 * ChartStyle.padding, size: ChartStyle.labelSize),
                at: .init(x: (plot.left + plot.right) / 2, y: plot.bottom + 32), size: ChartStyle.labelSize, anchor: .middle,
                color: ChartStyle.mutedText)
        }
        if categories.isEmpty { PlotDrawing.noData(in: plot, into: &document) }
    }

    /// Writes `text` just beyond `x` on the side away from `origin`, at category `index`; when
    /// it does not fit between the bar's end and the plot's left edge, inside the bar's end
    /// instead, in white or black, whichever reads on `barColor`.
    func valueLabel(
        _ text: String, beyond x: Double, from origin: Double, index: Int, barColor: String, into document: inout SVGDocument
    ) {
        let width = TextMetrics.width(text, size: ChartStyle.labelSize)
        let y = middle(index) + 4
        if x >= origin {
            let start = min(x + 6, document.width - 2 - width)
            document.text(text, at: .init(x: start, y: y), size: ChartStyle.labelSize)
        } else if x - 6 - width >= plot.left {
            document.text(text, at: .init(x: x - 6, y: y), size: ChartStyle.labelSize, anchor: .end)
        } else {
            let color = ChartPalette.isDark(barColor) ? "#FFFFFF" : ChartStyle.text
            document.text(text, at: .init(x: x + 4, y: y), size: ChartStyle.labelSize, color: color)
        }
    }
}
