/// A legend: swatches and names in rows across the top of a chart, above the data, so
/// that it never covers them.
struct ChartLegend {
    /// How an entry's swatch is drawn.
    enum Symbol {
        /// A line, as for a series drawn as a line.
        case line
        /// A dashed line, as for a reference line.
        case dashedLine
        /// A light band with a line through it, as for a fan.
        case bandWithLine
        /// A light band alone.
        case band
        /// A solid square, as for bars.
        case box
        /// An interval with end caps, as for whiskers.
        case whisker
    }

    struct Entry {
        var label: String
        var color: String
        var symbol: Symbol
    }

    var entries: [Entry]

    static let rowHeight = 18.0
    private static let swatchWidth = 18.0
    private static let gap = 6.0
    private static let spacing = 16.0

    /// The entries' positions, wrapped into rows within `width`: (row, x offset) for each.
    private func placements(width: Double) -> [(row: Int, offset: Double)] {
        var result: [(row: Int, offset: Double)] = []
        var row = 0, offset = 0.0
        for entry in entries {
            let entryWidth = Self.swatchWidth + Self.gap + TextMetrics.width(entry.label, size: ChartStyle.legendSize)
            if offset > 0, offset + entryWidth > width {
                row += 1
                offset = 0
            }
            result.append((row, offset))
            offset += entryWidth + Self.spacing
        }
        return result
    }

    /// The height the legend takes within `width`: 0 when it has no entries.
    func height(width: Double) -> Double {
        guard let last = placements(width: width).last else { return 0 }
        return Double(last.row + 1) * Self.rowHeight
    }

    /// Draws the legend with its first row's top at `top`, from `left` across `width`.
    func draw(into document: inout SVGDocument, left: Double, top: Double, width: Double) {
        for (entry, place) in zip(entries, placements(width: width)) {
            let x = left + place.offset
            let middle = top + Double(place.row) * Self.rowHeight + Self.rowHeight / 2
            let swatch = PixelRect(left: x, top: middle - 5, right: x + Self.swatchWidth, bottom: middle + 5)
            switch entry.symbol {
            case .line:
                document.line(.init(x: swatch.left, y: middle), .init(x: swatch.right, y: middle), stroke: entry.color, width: 2.5)
            case .dashedLine:
                document.line(
                    .init(x: swatch.left, y: middle), .init(x: swatch.right, y: middle), stroke: entry.color, width: 1.5, dashed: true)
            case .bandWithLine:
                document.rect(swatch, fill: entry.color, opacity: ChartStyle.bandOpacity)
                document.line(.init(x: swatch.left, y: middle), .init(x: swatch.right, y: middle), stroke: entry.color, width: 2)
            case .band:
                document.rect(swatch, fill: entry.color, opacity: ChartStyle.bandOpacity)
            case .whisker:
                document.line(.init(x: swatch.left + 1, y: middle), .init(x: swatch.right - 1, y: middle), stroke: entry.color, width: 1.5)
                for x in [swatch.left + 1, swatch.right - 1] {
                    document.line(.init(x: x, y: middle - 5), .init(x: x, y: middle + 5), stroke: entry.color, width: 1.5)
                }
            case .box:
                document.rect(PixelRect(left: x + 3, top: middle - 6, right: x + 15, bottom: middle + 6), fill: entry.color)
            }
            let label = TextMetrics.truncated(entry.label, toWidth: width - Self.swatchWidth - Self.gap, size: ChartStyle.legendSize)
            document.text(label, at: .init(x: swatch.right + Self.gap, y: middle + 4), size: ChartStyle.legendSize)
        }
    }
}
