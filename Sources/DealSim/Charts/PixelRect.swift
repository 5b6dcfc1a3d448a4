/// A rectangle in pixels between its edges, y down.
struct PixelRect: Sendable, Hashable {
    var left: Double
    var top: Double
    var right: Double
    var bottom: Double

    var width: Double { right - left }
    var height: Double { bottom - top }
    var isFinite: Bool { left.isFinite && top.isFinite && right.isFinite && bottom.isFinite }

    /// Whether `point` is inside or on the edge.
    func contains(_ point: PixelPoint) -> Bool {
        point.x >= left && point.x <= right && point.y >= top && point.y <= bottom
    }
}
