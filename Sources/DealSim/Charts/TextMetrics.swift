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
