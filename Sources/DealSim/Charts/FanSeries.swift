/// A named fan: a middle line (such as P50) inside a band from a low to a high value (such
/// as P5 to P95), at each x.
///
/// A point whose x, low or high is not finite breaks the band there; one whose x or middle
/// is not finite breaks the line.
public struct FanSeries: Sendable, Hashable {
    /// One x with its band and middle value.
    public struct Point: Sendable, Hashable {
        /// The horizontal value, such as a month.
        public var x: Double
        /// The band's low edge, such as P5.
        public var low: Double
        /// The middle line, such as P50.
        public var middle: Double
        /// The band's high edge, such as P95.
        public var high: Double

        /// A point of a fan.
        public init(x: Double, low: Double, middle: Double, high: Double) {
            self.x = x
            self.low = low
            self.middle = middle
            self.high = high
        }
    }

    /// The name shown in the legend or over the panel; empty for none.
    public var name: String
    /// The points, by increasing x.
    public var points: [Point]

    /// A fan through `points`.
    public init(name: String, points: [Point]) {
        self.name = name
        self.points = points
    }

    /// A fan from parallel arrays, as long as the shortest of them.
    /// - Parameters:
    ///   - name: the name shown in the legend or over the panel.
    ///   - x: the horizontal values.
    ///   - low: the band's low edges.
    ///   - middle: the middle line.
    ///   - high: the band's high edges.
    public init(name: String, x: [Double], low: [Double], middle: [Double], high: [Double]) {
        let count = min(x.count, low.count, middle.count, high.count)
        self.init(name: name, points: (0..<count).map { Point(x: x[$0], low: low[$0], middle: middle[$0], high: high[$0]) })
    }

    /// The range of all finite x values.
    var xRange: ValueRange {
        var range = ValueRange()
        range.include(points.map(\.x))
        return range
    }

    /// The range of all finite low, middle and high values.
    var yRange: ValueRange {
        var range = ValueRange()
        for point in points { range.include([point.low, point.middle, point.high]) }
        return range
    }

    /// Draws the band, clipped to the plot; a band of a single x is drawn as a bar 16 pixels
    /// wide.
    func drawBand(axes: PlotAxes, color: String, into document: inout SVGDocument) {
        let runs = PlotDrawing.runs(points) { $0.x.isFinite && $0.low.isFinite && $0.high.isFinite }
        for run in runs {
            guard run.count >= 2 else {
                // A single x (a one-month horizon): the band as a narrow bar.
                let point = run[0]
                let x = axes.xScale(point.x)
                let box = PixelRect(
                    left: x - 8, top: axes.yScale(max(point.low, point.high)), right: x + 8, bottom: axes.yScale(min(point.low, point.high))
                )
                let clipped = Clipping.polygon(
                    [
                        .init(x: box.left, y: box.top), .init(x: box.right, y: box.top), .init(x: box.right, y: box.bottom),
                        .init(x: box.left, y: box.bottom),
                    ],
                    in: axes.plot)
                document.polygon(clipped, fill: color, opacity: ChartStyle.bandOpacity)
                continue
            }
            let upper = run.map { axes.pixel($0.x, $0.high) }
            let lower = run.reversed().map { axes.pixel($0.x, $0.low) }
            document.polygon(Clipping.polygon(upper + lower, in: axes.plot), fill: color, opacity: ChartStyle.bandOpacity)
        }
    }

    /// Draws the middle line, clipped to the plot; the middle of a single x is drawn as a
    /// level stroke across its bar.
    func drawLine(axes: PlotAxes, color: String, into document: inout SVGDocument) {
        let middles = points.map { ChartPoint(x: $0.x, y: $0.middle) }
        for run in PlotDrawing.runs(middles, isFinite: \.isFinite) {
            if run.count == 1 {
                let point = axes.pixel(run[0].x, run[0].y)
                guard axes.plot.contains(point) else { continue }
                let left = max(point.x - 9, axes.plot.left), right = min(point.x + 9, axes.plot.right)
                document.line(.init(x: left, y: point.y), .init(x: right, y: point.y), stroke: color, width: 2.5)
            } else {
                PlotDrawing.line(run, axes: axes, color: color, into: &document)
            }
        }
    }
}
