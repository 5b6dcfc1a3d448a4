/// A chart's title and legend, at its top.
enum ChartHeader {
    /// The y below the title and legend.
    static func height(title: String, legend: ChartLegend, width: Double) -> Double {
        var bottom = ChartStyle.padding
        if !title.isEmpty { bottom += 20 }
        let legendHeight = legend.height(width: width - 2 * ChartStyle.padding)
        if legendHeight > 0 { bottom += legendHeight + 4 }
        return bottom
    }

    static func draw(title: String, legend: ChartLegend, into document: inout SVGDocument) {
        var top = ChartStyle.padding
        if !title.isEmpty {
            let text = TextMetrics.truncated(
                title, toWidth: document.width - 2 * ChartStyle.padding, size: ChartStyle.titleSize, bold: true)
            document.text(text, at: .init(x: ChartStyle.padding, y: top + 13), size: ChartStyle.titleSize, bold: true)
            top += 20
        }
        legend.draw(into: &document, left: ChartStyle.padding, top: top, width: document.width - 2 * ChartStyle.padding)
    }
}
