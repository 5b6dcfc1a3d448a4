/// A point in pixels, y down.
struct PixelPoint: Sendable, Hashable {
    var x: Double
    var y: Double

    var isFinite: Bool { x.isFinite && y.isFinite }
}

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

/// Estimated text widths for layout: SVG has no text measurement before rendering, so
/// labels are sized by an average glyph width of a sans-serif face (0.6 em for regular
/// text, 0.65 em for bold), generous enough for digits and capitals.
enum TextMetrics {
    static func width(_ text: String, size: Double, bold: Bool = false) -> Double {
        Double(text.count) * size * (bold ? 0.65 : 0.6)
    }

    /// `text`, cut with "…" to fit `width`.
    static func truncated(_ text: String, toWidth width: Double, size: Double, bold: Bool = false) -> String {
        guard Self.width(text, size: size, bold: bold) > width else { return text }
        let fitting = max(0, Int(width / (size * (bold ? 0.65 : 0.6))) - 1)
        return String(text.prefix(fitting)) + "…"
    }
}

/// The colours and sizes shared by every chart.
enum ChartStyle {
    static let text = "#222222"
    static let mutedText = "#555555"
    static let grid = "#E3E3E3"
    static let axis = "#888888"
    static let zero = "#666666"
    static let titleSize = 15.0
    static let labelSize = 11.0
    static let legendSize = 12.0
    static let padding = 12.0
    static let bandOpacity = 0.22
    static let noData = "No data"
}
