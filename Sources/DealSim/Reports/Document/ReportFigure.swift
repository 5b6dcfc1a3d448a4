/// A chart in a report: its SVG, a text alternative and a caption.
///
/// The HTML writer inlines the SVG in a `<figure>` with the caption as `<figcaption>`; the
/// Markdown writer shows the file at ``path`` (which the command writes beside the report)
/// with the alternative text, and the caption below it.
public struct ReportFigure: Sendable, Hashable {
    /// The chart, SVG 1.1 text with its root `<svg>` element (no XML declaration needed).
    public var svg: String
    /// What the chart shows, in words, for a reader who cannot see it.
    public var alternative: String
    /// One line under the chart, computed from the numbers.
    public var caption: ReportText
    /// Where the Markdown finds the SVG, relative to the report: `charts/cash-curve.svg`.
    public var path: String

    /// A figure of `svg`.
    public init(svg: String, alternative: String, caption: ReportText, path: String) {
        self.svg = svg
        self.alternative = alternative
        self.caption = caption
        self.path = path
    }
}
