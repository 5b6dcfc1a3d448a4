/// A named series of points drawn as a line (or steps), in the order given. A point with a
/// coordinate that is not finite is skipped and breaks the line.
public struct LineSeries: Sendable, Hashable {
    /// The name shown in the legend; empty for none.
    public var name: String
    /// The points, in drawing order (normally by increasing x).
    public var points: [ChartPoint]

    /// A series of `points`.
    /// - Parameters:
    ///   - name: the name shown in the legend; empty for none.
    ///   - points: the points, in drawing order.
    public init(name: String, points: [ChartPoint]) {
        self.name = name
        self.points = points
    }

    /// A series of points `(x[i], y[i])`, as many as the shorter array has.
    /// - Parameters:
    ///   - name: the name shown in the legend; empty for none.
    ///   - x: the horizontal values.
    ///   - y: the vertical values.
    public init(name: String, x: [Double], y: [Double]) {
        self.init(name: name, points: zip(x, y).map { ChartPoint(x: $0, y: $1) })
    }
}
