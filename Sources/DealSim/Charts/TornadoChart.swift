/// A tornado chart: per input, two bars from a centre value (the result with every input at
/// its base value), one to the result with the input at its low end and one to the result
/// at its high end. Inputs are sorted by how far the result moves, widest on top (ties keep
/// the given order). Low ends are drawn in ``ChartPalette/color(_:)`` 0, high ends in
/// colour 1.
///
/// ```swift
/// let chart = TornadoChart(
///     title: "What moves vendor profit", description: "Profit with each input at its low and high end.",
///     centre: 120e3, centreLabel: "Base $120k",
///     bars: [TornadoBar(label: "Success rate 0.6–0.9", low: 40e3, high: 190e3),
///            TornadoBar(label: "Tasks per month ±20%", low: 95e3, high: 140e3)],
///     axis: ChartAxis(title: "Vendor profit", format: .money(prefix: "$")))
/// let svg = chart.svg(width: 720, height: 360)
/// ```
public struct TornadoChart: Sendable, Hashable {
    /// The title, shown at the top and as the SVG's `<title>`.
    public var title: String
    /// What the chart shows, for screen readers: the SVG's `<desc>`.
    public var description: String
    /// The result with every input at its base value, where the bars start.
    public var centre: Double
    /// The text at the top of the centre line; empty for none.
    public var centreLabel: String
    /// The inputs.
    public var bars: [TornadoBar]
    /// The value axis, along the bottom.
    public var axis: ChartAxis
    /// The legend's name for the low-end bars.
    public var lowLabel: String
    /// The legend's name for the high-end bars.
    public var highLabel: String

    /// A tornado chart.
    /// - Parameters:
    ///   - title: the title.
    ///   - description: the text for screen readers.
    ///   - centre: the base result, where the bars start.
    ///   - centreLabel: the text at the top of the centre line.
    ///   - bars: the inputs, in any order (drawn widest first).
    ///   - axis: the value axis.
    ///   - lowLabel: the legend's name for the low-end bars.
    ///   - highLabel: the legend's name for the high-end bars.
    public init(
        title: String, description: String, centre: Double, centreLabel: String = "", bars: [TornadoBar], axis: ChartAxis,
        lowLabel: String = "Input at its low end", highLabel: String = "Input at its high end"
    ) {
        self.title = title
        self.description = description
        self.centre = centre
        self.centreLabel = centreLabel
        self.bars = bars
        self.axis = axis
        self.lowLabel = lowLabel
        self.highLabel = highLabel
    }

    /// The bars in drawing order: widest swing first, ties in the given order.
    var sortedBars: [TornadoBar] {
        let base = centre.isFinite ? centre : 0
        return bars.enumerated().sorted { a, b in
            let swingA = a.element.swing(from: base), swingB = b.element.swing(from: base)
            return swingA != swingB ? swingA > swingB : a.offset < b.offset
        }.map(\.element)
    }

    /// The chart as SVG 1.1 text.
    /// - Parameters:
    ///   - width: the width in pixels (see ``ChartSize``).
    ///   - height: the height in pixels.
    /// - Returns: an `<svg>` element, byte-identical for equal charts and sizes.
    public func svg(width: Double = 720, height: Double = 360) -> String {
        let size = ChartSize(width: width, height: height)
        let base = centre.isFinite ? centre : 0
        let sorted = sortedBars
        var data = ValueRange()
        data.include(base)
        for bar in sorted { data.include([bar.low, bar.high]) }
        let legend = ChartLegend(entries: [
            .init(label: lowLabel, color: ChartPalette.color(0), symbol: .box),
            .init(label: highLabel, color: ChartPalette.color(1), symbol: .box),
        ])
        let labels = sorted.map { [$0.low, $0.high].map { $0.isFinite ? axis.format.label($0) : "" } }
        let reserve = TickFitting.widest(labels.flatMap { $0 }) + 8
        let frame = CategoryFrame(
            size: size, title: title, legend: legend, categories: sorted.map(\.label), axis: axis, data: data, reserve: reserve,
            topRoom: centreLabel.isEmpty ? 0 : 14)
        var document = SVGDocument(size: size, title: title, description: description)
        frame.drawBackground(into: &document)
        let scale = frame.scale, plot = frame.plot
        let middle = scale(base)
        for (index, bar) in sorted.enumerated() {
            let centreY = frame.middle(index), half = frame.barThickness / 2
            // The end farther from the centre first, so that a nearer end on the same side shows.
            let ends = [(bar.low, 0), (bar.high, 1)].filter { $0.0.isFinite }
                .sorted { ($0.0 - base).magnitude > ($1.0 - base).magnitude }
            for (value, colour) in ends {
                let end = scale(value)
                let box = PixelRect(left: min(middle, end), top: centreY - half, right: max(middle, end), bottom: centreY + half)
                document.rect(WhiskerBarChart.clipped(box, to: plot), fill: ChartPalette.color(colour), opacity: 0.9)
            }
            for (colour, (value, text)) in zip([bar.low, bar.high], labels[index]).enumerated() where value.isFinite && value != base {
                // Of two ends on the same side, only the farther is labelled.
                let other = colour == 0 ? bar.high : bar.low
                if other.isFinite, (other - base) * (value - base) > 0, (other - base).magnitude > (value - base).magnitude {
                    continue
                }
                let end = min(max(scale(value), plot.left), plot.right)
                frame.valueLabel(text, beyond: end, from: middle, index: index, barColor: ChartPalette.color(colour), into: &document)
            }
        }
        if middle >= plot.left, middle <= plot.right {
            document.line(.init(x: middle, y: plot.top - 4), .init(x: middle, y: plot.bottom), stroke: ChartStyle.text, width: 1.5)
            if !centreLabel.isEmpty {
                document.text(
                    centreLabel, at: .init(x: middle, y: plot.top - 7), size: ChartStyle.labelSize, anchor: .middle, bold: true)
            }
        }
        return document.text
    }
}
