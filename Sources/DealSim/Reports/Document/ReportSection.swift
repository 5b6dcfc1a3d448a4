/// A section of a report: a heading, its blocks, then its subsections (one level deeper).
public struct ReportSection: Sendable, Hashable {
    /// The heading: "Which offer", "For the vendor", an offer's name.
    public var heading: ReportText
    /// The blocks under the heading, before any subsection.
    public var blocks: [ReportBlock]
    /// The subsections, in order.
    public var subsections: [ReportSection]

    /// A section headed `heading`.
    public init(_ heading: ReportText, blocks: [ReportBlock] = [], subsections: [ReportSection] = []) {
        self.heading = heading
        self.blocks = blocks
        self.subsections = subsections
    }
}
