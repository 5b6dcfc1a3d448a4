/// Writes a ``ReportDocument`` as GitHub-flavoured Markdown: `summary.md`.
///
/// The title is a level-1 heading, sections level 2 and their subsections level 3; blocks are
/// separated by a blank line and the text ends with one newline. Text from the scenario
/// (``ReportInline/literal(_:)``) is escaped by `MarkdownText` so that it shows as written
/// and cannot break a table or open HTML, also at the start of a line; the report's own words
/// are written as they are. Tables align a column of numbers to the right. A figure is the
/// image at its path, with its alternative text, and its caption as a paragraph below.
public enum MarkdownWriter {
    /// The Markdown text of `document`, ending with a newline.
    public static func render(_ document: ReportDocument) -> String {
        var blocks = ["# " + inline(document.title)]
        blocks += document.introduction.map(block)
        for section in document.sections { blocks += self.section(section, level: 2) }
        return blocks.joined(separator: "\n\n") + "\n"
    }

    private static func section(_ section: ReportSection, level: Int) -> [String] {
        [String(repeating: "#", count: level) + " " + inline(section.heading)] + section.blocks.map(block)
            + section.subsections.flatMap { self.section($0, level: level + 1) }
    }

    private static func block(_ block: ReportBlock) -> String {
        switch block {
        case .paragraph(let text):
            return inline(text, block: true)
        case .bulletList(let items):
            return items.map { "- " + inline($0, block: true) }.joined(separator: "\n")
        case .table(let table):
            return self.table(table)
        case .figure(let figure):
            return "![\(MarkdownText.inline(figure.alternative))](\(figure.path))\n\n" + inline(figure.caption, block: true)
        }
    }

    private static func table(_ table: ReportTable) -> String {
        let alignment = table.columns.map { $0.alignment == .trailing ? "---:" : "---" }
        let lines =
            [MarkdownText.row(table.columns.map { inline($0.heading, detail: $0.detail) }), MarkdownText.row(alignment)]
            + table.rows.map { MarkdownText.row($0.map { inline($0.text, detail: $0.detail) }) }
        return lines.joined(separator: "\n")
    }

    /// A heading or cell: its text, then its detail after a space.
    private static func inline(_ text: ReportText, detail: ReportText?) -> String {
        inline(text) + (detail.map { " " + inline($0) } ?? "")
    }

    /// `text` as inline Markdown. In a `block` (a paragraph or a list item) a line break
    /// starts a new line, and text from the scenario that opens a line is kept from opening a
    /// block; elsewhere (a heading, a cell) a line break is a space.
    static func inline(_ text: ReportText, block: Bool = false) -> String {
        var result = ""
        var atLineStart = block
        for run in text.runs {
            switch run {
            case .text(let words):
                result += words
            case .literal(let words):
                let escaped = MarkdownText.inline(words)
                result += atLineStart ? MarkdownText.lineStart(escaped) : escaped
            case .strong(let inner):
                result += "**" + inline(inner) + "**"
            case .code(let code):
                result += MarkdownText.code(code)
            case .lineBreak:
                result += block ? "\n" : " "
                atLineStart = block
                continue
            }
            atLineStart = false
        }
        return result
    }
}
