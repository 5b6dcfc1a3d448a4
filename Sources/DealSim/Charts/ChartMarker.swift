/// A marked point with a label, such as the deepest point of a cumulative curve marked
/// "−$13k in month 2". It is drawn as a dot in its series' colour, its label placed next
/// to it where the label crosses the fewest lines and no other label.
public struct ChartMarker: Sendable, Hashable {
    /// The index of the series the point belongs to, for its colour.
    public var series: Int
    /// Where the point is, in data values.
    public var point: ChartPoint
    /// The label written next to the point; empty for a dot alone.
    public var label: String

    /// A marker.
    /// - Parameters:
    ///   - series: the index of the series the point belongs to, for its colour.
    ///   - point: the point, in data values; a marker whose point is not finite is left out.
    ///   - label: the text written next to the point.
    public init(series: Int, point: ChartPoint, label: String) {
        self.series = series
        self.point = point
        self.label = label
    }
}
