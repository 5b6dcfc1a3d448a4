/// A block of a report: a paragraph, a bulleted list, a table or a figure.
public enum ReportBlock: Sendable, Hashable {
    /// A paragraph of sentences.
    case paragraph(ReportText)
    /// A bulleted list, one item per text: the picks, the findings.
    case bulletList([ReportText])
    /// A table.
    case table(ReportTable)
    /// A chart with its alternative text and caption.
    case figure(ReportFigure)
}
