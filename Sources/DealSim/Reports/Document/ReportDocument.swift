/// What a report says, as data: a title, an introduction and sections of paragraphs,
/// lists, tables and figures, built once from the results and written by
/// ``MarkdownWriter`` (`summary.md`) and ``HTMLWriter`` (`summary.html`).
///
/// The document decides every word and number; a writer only decides how they look in its
/// format (and escapes them for it), so the Markdown and HTML of one result say the same.
///
/// ```swift
/// let document = ReportDocument(
///     title: .literal("Support deal"),
///     introduction: [.paragraph("10,000 trials over 24 months.")],
///     sections: [
///         ReportSection("Findings", blocks: [.bulletList(["\(ReportText.strong(.literal("Flat"))) never loses money."])])
///     ])
/// MarkdownWriter.render(document)
/// // "# Support deal\n\n10,000 trials over 24 months.\n\n## Findings\n\n- **Flat** never loses money.\n"
/// ```
public struct ReportDocument: Sendable, Hashable {
    /// The title: the scenario's, for a run.
    public var title: ReportText
    /// The blocks between the title and the first section.
    public var introduction: [ReportBlock]
    /// The sections, in order.
    public var sections: [ReportSection]

    /// A document titled `title`.
    public init(title: ReportText, introduction: [ReportBlock] = [], sections: [ReportSection] = []) {
        self.title = title
        self.introduction = introduction
        self.sections = sections
    }

    /// Every figure of the document, in reading order: the charts a command writes beside it.
    public var figures: [ReportFigure] {
        func figures(_ blocks: [ReportBlock]) -> [ReportFigure] {
            blocks.compactMap { block in
                if case .figure(let figure) = block { return figure }
                return nil
            }
        }
        func figures(_ section: ReportSection) -> [ReportFigure] {
            figures(section.blocks) + section.subsections.flatMap(figures)
        }
        return figures(introduction) + sections.flatMap(figures)
    }
}
