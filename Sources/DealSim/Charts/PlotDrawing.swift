/// Drawing series inside a plot: lines broken where data are missing, cut to the plot.
enum PlotDrawing {
    /// The runs of consecutive elements for which `isFinite` holds: `[1, nan, 2, 3]` gives
    /// `[[1], [2, 3]]`.
    static func runs<Element>(_ elements: [Element], isFinite: (Element) -> Bool) -> [[Element]] {
        var runs: [[Element]] = []
        var run: [Element] = []
        for element in elements {
            if isFinite(element) {
                run.append(element)
            } else if !run.isEmpty {
                runs.append(run)
                run = []
            }
        }
        if !run.isEmpty { runs.append(run) }
        return runs
    }

    /// Draws `points` as a line, broken at points that are not finite, cut to the plot; a
    /// point standing alone is drawn as a dot.
    static func line(_ points: [ChartPoint], axes: PlotAxes, color: String, width: Double = 2.5, into document: inout SVGDocument) {
        for run in runs(points, isFinite: \.isFinite) {
            let pixels = run.map { axes.pixel($0.x, $0.y) }
            if pixels.count == 1 {
                if axes.plot.contains(pixels[0]) { document.circle(pixels[0], radius: 4, fill: color) }
                continue
            }
            for piece in Clipping.polyline(pixels, in: axes.plot) {
                document.polyline(piece, stroke: color, width: width)
            }
        }
    }

    /// Writes "No data" in the middle of a plot that has nothing to show.
    static func noData(in plot: PixelRect, into document: inout SVGDocument) {
        document.text(
            ChartStyle.noData, at: .init(x: (plot.left + plot.right) / 2, y: (plot.top + plot.bottom) / 2 + 4),
            size: ChartStyle.legendSize, anchor: .middle, color: ChartStyle.mutedText)
    }
}
