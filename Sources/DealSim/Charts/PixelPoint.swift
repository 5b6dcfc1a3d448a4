/// A point in pixels, y down.
struct PixelPoint: Sendable, Hashable {
    var x: Double
    var y: Double

    var isFinite: Bool { x.isFinite && y.isFinite }
}
