/// Horizontal bars with whiskers: per category, a bar from 0 to its value and a whisker
/// over its interval (such as P5–P95), the value written at the bar's end. Bar `i` is drawn
/// in ``ChartPalette/color(_:)`` `i`, so that categories given in the offers' order keep
/// the offers' colours.
///
/// ```swift
/// let chart = WhiskerBarChart(
///     title: "Buyer's total cost", description: "Expected total cost with P5–P95 whiskers.",
///     bars: [WhiskerBar(label: "Per outcome", value: 410e3, low: 350e3, high: 480e3),
///            WhiskerBar(label: "All-human", value: 600e3, low: 560e3, high: 650e3)],
///     axis: ChartAxis(title: "Total cost over 24 months", format: .money(prefix: "$")))
/// let svg = chart.svg(width: 720, height: 360)
/// ```
public struct WhiskerBarChart: Sendable, Hashable {
    /// The title, shown at the top and as the SVG's `<title>`.
    public var title: String
    /// What the chart shows, for screen readers: the SVG's `<desc>`.
    public var description: String
    /// The bars, top to bottom.
    public var bars: [WhiskerBar]
    /// The value axis, along the bottom; it always reaches 0, where the bars start.
    public var axis: ChartAxis
    /// Whether each bar's value is written at its end.
    public var showsValues: Bool
    /// What the bar is, for the legend, such as "Expected"; empty for no entry.
    public var barLabel: String
    /// What the whisker is, for the legend, such as "P5–P95"; empty for no entry.
    public var whiskerLabel: String

    /// A chart of horizontal bars with whiskers.
    /// - Parameters:
    ///   - title: the title.
    ///   - description: the text for screen readers.
    ///   - bars: the bars, top to bottom; bar `i` takes palette colour `i`.
    ///   - axis: the value axis.
    ///   - showsValues: whether each bar's value is written at its end.
    ///   - barLabel: the legend's name for the bars.
    ///   - whiskerLabel: the legend's name for the whiskers.
    public init(
        title: String, description: String, bars: [WhiskerBar], axis: ChartAxis, showsValues: Bool = true, barLabel: String = "",
        whiskerLabel: String = "P5–P95"
    ) {
        self.barLabel = barLabel
        self.whiskerLabel = whiskerLabel
        self.title = title
        self.description = description
        self.bars = bars
        self.axis = axis
        self.showsValues = showsValues
    }

    /// The chart as SVG 1.1 text.
    /// - Parameters:
    ///   - width: the width in pixels (see ``ChartSize``).
    ///   - height: the height in pixels.
    /// - Returns: an `<svg>` element, byte-identical for equal charts and sizes.
    public func svg(width: Double = 720, height: Double = 360) -> String {
        let size = ChartSize(width: width, height: height)
        var data = ValueRange()
        for bar in bars {
            data.include([bar.value, bar.low, bar.high])
        }
        var valueAxis = axis
        valueAxis.includesZero = true
        let valueLabels = bars.map { $0.value.isFinite ? axis.format.label($0.value) : "" }
        let reserve = showsValues ? TickFitting.widest(valueLabels) + 8 : 0
        let frame = CategoryFrame(
            size: size, title: title, legend: legend, categories: bars.map(\.label), axis: valueAxis, data: data,
            reserve: reserve)
        var document = SVGDocument(size: size, title: title, description: description)
        frame.drawBackground(into: &document)
        let scale = frame.scale, plot = frame.plot
        let zero = scale(0)
        for (index, bar) in bars.enumerated() where bar.value.isFinite {
            let middle = frame.middle(index), half = frame.barThickness / 2
            let end = scale(bar.value)
            let box = PixelRect(left: min(zero, end), top: middle - half, right: max(zero, end), bottom: middle + half)
            document.rect(Self.clipped(box, to: plot), fill: ChartPalette.color(index), opacity: 0.85)
        }
        document.line(.init(x: zero, y: plot.top), .init(x: zero, y: plot.bottom), stroke: ChartStyle.zero)
        for (index, bar) in bars.enumerated() {
            let middle = frame.middle(index), cap = frame.barThickness / 3
            var outer = bar.value.isFinite ? scale(bar.value) : zero
            if bar.low.isFinite, bar.high.isFinite {
                let low = min(max(scale(min(bar.low, bar.high)), plot.left), plot.right)
                let high = min(max(scale(max(bar.low, bar.high)), plot.left), plot.right)
                document.line(.init(x: low, y: middle), .init(x: high, y: middle), stroke: ChartStyle.text, width: 1.5)
                document.line(.init(x: low, y: middle - cap), .init(x: low, y: middle + cap), stroke: ChartStyle.text, width: 1.5)
                document.line(.init(x: high, y: middle - cap), .init(x: high, y: middle + cap), stroke: ChartStyle.text, width: 1.5)
                outer = outer >= zero ? max(outer, high) : min(outer, low)
            }
            if showsValues, bar.value.isFinite {
                frame.valueLabel(
                    valueLabels[index], beyond: min(max(outer, plot.left), plot.right), from: zero, index: index,
                    barColor: ChartPalette.color(index), into: &document)
            }
        }
        return document.text
    }

    /// The legend: grey keys for the bar and the whisker, when named.
    private var legend: ChartLegend {
        var entries: [ChartLegend.Entry] = []
        if !barLabel.isEmpty { entries.append(.init(label: barLabel, color: ChartStyle.mutedText, symbol: .box)) }
        if !whiskerLabel.isEmpty { entries.append(.init(label: whiskerLabel, color: ChartStyle.text, symbol: .whisker)) }
        return ChartLegend(entries: entries)
    }

    /// `box` cut to the plot's left and right edges.
    static func clipped(_ box: PixelRect, to plot: PixelRect) -> PixelRect {
        PixelRect(
            left: min(max(box.left, plot.left), plot.right), top: box.top, right: min(max(box.right, plot.left), plot.right),
            bottom: box.bottom)
    }
}
