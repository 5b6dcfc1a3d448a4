/// A vertical dashed line at a value of the x axis, labelled at its top, such as x = 0
/// marked "break-even".
public struct ReferenceLine: Sendable, Hashable {
    /// Where the line is, on the x axis.
    public var x: Double
    /// The text at the line's top; empty for none.
    public var label: String

    /// A reference line.
    /// - Parameters:
    ///   - x: where the line is, on the x axis; a line that is not finite is left out.
    ///   - label: the text at the line's top.
    public init(x: Double, label: String) {
        self.x = x
        self.label = label
    }

    /// Draws the line and its label when the line is inside the plot. The label goes beside
    /// the line at the plot's top, bottom or middle, on the side and at the height where it
    /// crosses the fewest of `lines` (top right first).
    func draw(axes: PlotAxes, lines: [[PixelPoint]], into document: inout SVGDocument) {
        guard x.isFinite else { return }
        let px = axes.xScale(x)
        let plot = axes.plot
        guard px >= plot.left, px <= plot.right else { return }
        document.line(.init(x: px, y: plot.top), .init(x: px, y: plot.bottom), stroke: ChartStyle.text, width: 1.5, dashed: true)
        guard !label.isEmpty else { return }
        let width = TextMetrics.width(label, size: ChartStyle.labelSize) + 8, height = MarkerLabels.height
        let middle = (plot.top + plot.bottom - height) / 2
        var candidates: [PixelRect] = []
        for top in [plot.top + 2, plot.bottom - height - 2, middle] {
            for left in [px + 3, px - 3 - width] where left >= plot.left && left + width <= plot.right {
                candidates.append(PixelRect(left: left, top: top, right: left + width, bottom: top + height))
            }
        }
        if candidates.isEmpty {
            candidates = [PixelRect(left: px + 3, top: plot.top + 2, right: px + 3 + width, bottom: plot.top + 2 + height)]
        }
        let box = MarkerLabels.choose(candidates, avoiding: lines, placed: [], points: [])
        document.rect(box, fill: "#FFFFFF", opacity: 0.85)
        document.text(label, at: .init(x: box.left + 4, y: box.bottom - 4.5), size: ChartStyle.labelSize, bold: true)
    }
}
