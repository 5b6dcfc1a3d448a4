/// A point of a series: `x` across, `y` up.
public struct ChartPoint: Sendable, Hashable {
    /// The horizontal value, such as a month or an amount.
    public var x: Double
    /// The vertical value.
    public var y: Double

    /// A point at (`x`, `y`).
    public init(x: Double, y: Double) {
        self.x = x
        self.y = y
    }

    var isFinite: Bool { x.isFinite && y.isFinite }
}
