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

    /// Draws the line and its label (right of the line, or left of it near the plot's right
    /// edge) when it is inside the plot.
    func draw(axes: PlotAxes, into document: inout SVGDocument) {
        guard x.isFinite else { return }
        let px = axes.xScale(x)
        let plot = axes.plot
        guard px >= plot.left, px <= plot.right else { return }
        document.line(.init(x: px, y: plot.top), .init(x: px, y: plot.bottom), stroke: ChartStyle.text, width: 1.5, dashed: true)
        guard !label.isEmpty else { return }
        let width = TextMetrics.width(label, size: ChartStyle.labelSize) + 8
        let onRight = px + 4 + width <= plot.right
        let box =
            onRight
            ? PixelRect(left: px + 3, top: plot.top + 2, right: px + 3 + width, bottom: plot.top + 18)
            : PixelRect(left: px - 3 - width, top: plot.top + 2, right: px - 3, bottom: plot.top + 18)
        document.rect(box, fill: "#FFFFFF", opacity: 0.85)
        document.text(label, at: .init(x: box.left + 4, y: box.bottom - 4.5), size: ChartStyle.labelSize, bold: true)
    }
}
