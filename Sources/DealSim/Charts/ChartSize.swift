/// A chart's size in pixels, made safe: a width or height that is not finite takes the
/// default (720 × 360), and each is kept within 160…10,000 × 100…10,000.
public struct ChartSize: Sendable, Hashable {
    /// The width in pixels.
    public let width: Double
    /// The height in pixels.
    public let height: Double

    /// A size of `width × height` pixels, clamped to sensible bounds.
    /// - Parameters:
    ///   - width: the width; 720 when not finite; kept within 160…10,000.
    ///   - height: the height; 360 when not finite; kept within 100…10,000.
    public init(width: Double, height: Double) {
        self.width = min(max(width.isFinite ? width : 720, 160), 10_000).rounded()
        self.height = min(max(height.isFinite ? height : 360, 100), 10_000).rounded()
    }
}
