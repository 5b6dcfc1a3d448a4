/// Placing marker labels: for each label, the first of eight positions around its point
/// (below, above, right, left, then the diagonals) that crosses the fewest drawn lines and
/// overlaps no label placed before, kept inside the plot.
enum MarkerLabels {
    static let height = 16.0

    /// The box of each label, in the order of `points`.
    static func place(labels: [String], at points: [PixelPoint], avoiding lines: [[PixelPoint]], in plot: PixelRect) -> [PixelRect] {
        var placed: [PixelRect] = []
        for (label, point) in zip(labels, points) {
            let width = TextMetrics.width(label, size: ChartStyle.labelSize) + 8
            let candidates = offsets(width: width).map { dx, dy in
                fitted(
                    PixelRect(
                        left: point.x + dx - width / 2, top: point.y + dy - height / 2, right: point.x + dx + width / 2,
                        bottom: point.y + dy + height / 2),
                    in: plot)
            }
            let best = choose(candidates, avoiding: lines, placed: placed, points: points)
            placed.append(best)
        }
        return placed
    }

    /// The first of `candidates` with the lowest score: one per drawn segment it crosses, 100
    /// per marked point it covers, 1,000 per label placed before that it overlaps.
    static func choose(_ candidates: [PixelRect], avoiding lines: [[PixelPoint]], placed: [PixelRect], points: [PixelPoint]) -> PixelRect {
        var best = candidates[0], bestScore = Int.max
        for box in candidates {
            var score = 0
            for line in lines {
                for (a, b) in zip(line, line.dropFirst()) where Clipping.segment(a, b, in: box) != nil { score += 1 }
            }
            score += placed.filter { overlaps($0, box) }.count * 1_000
            score += points.filter { box.contains($0) }.count * 100
            if score < bestScore {
                best = box
                bestScore = score
            }
        }
        return best
    }

    /// The centres of the candidate boxes relative to the point.
    private static func offsets(width: Double) -> [(Double, Double)] {
        let vertical = height / 2 + 6, horizontal = width / 2 + 7
        return [
            (0, vertical), (0, -vertical), (horizontal, 0), (-horizontal, 0), (horizontal, vertical), (horizontal, -vertical),
            (-horizontal, vertical), (-horizontal, -vertical),
        ]
    }

    /// `box` moved inside `plot` where it fits.
    private static func fitted(_ box: PixelRect, in plot: PixelRect) -> PixelRect {
        var dx = 0.0, dy = 0.0
        if box.right > plot.right { dx = plot.right - box.right }
        if box.left + dx < plot.left { dx = plot.left - box.left }
        if box.bottom > plot.bottom { dy = plot.bottom - box.bottom }
        if box.top + dy < plot.top { dy = plot.top - box.top }
        return PixelRect(left: box.left + dx, top: box.top + dy, right: box.right + dx, bottom: box.bottom + dy)
    }

    private static func overlaps(_ a: PixelRect, _ b: PixelRect) -> Bool {
        a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom
    }

    /// Draws the dots and their labels on a white ground.
    static func draw(_ markers: [ChartMarker], axes: PlotAxes, lines: [[PixelPoint]], into document: inout SVGDocument) {
        let shown = markers.filter { $0.point.isFinite && axes.plot.contains(axes.pixel($0.point.x, $0.point.y)) }
        let points = shown.map { axes.pixel($0.point.x, $0.point.y) }
        for (marker, point) in zip(shown, points) {
            document.circle(point, radius: 4.5, fill: ChartPalette.color(marker.series))
        }
        let labelled = zip(shown, points).filter { !$0.0.label.isEmpty }
        let boxes = place(labels: labelled.map(\.0.label), at: labelled.map(\.1), avoiding: lines, in: axes.plot)
        for ((marker, _), box) in zip(labelled, boxes) {
            document.rect(box, fill: "#FFFFFF", opacity: 0.85)
            document.text(
                marker.label, at: .init(x: (box.left + box.right) / 2, y: box.bottom - 4.5), size: ChartStyle.labelSize, anchor: .middle,
                bold: true)
        }
    }
}
