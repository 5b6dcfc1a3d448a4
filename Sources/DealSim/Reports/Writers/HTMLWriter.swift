/// Writes a ``ReportDocument`` as one self-contained HTML page: `summary.html`.
///
/// The page needs nothing but itself: the style sheet is inline (`HTMLWriter.styleSheet`),
/// figures are inline SVG, and there is no script, font, image or link to fetch (a content
/// security policy forbids them). It reads on a phone and a laptop (a table too wide for the
/// screen scrolls sideways in its own box) and prints on A4 and Letter without clipping.
///
/// The text is HTML that is also well-formed XML (XHTML's serialization): every element is
/// closed, attributes are quoted, and every character from the document is escaped by
/// ``XMLText``, so that `<script>` in an offer's name shows as text. The same document
/// gives the same bytes.
public enum HTMLWriter {
    /// The HTML text of `document`, ending with a newline.
    public static func render(_ document: ReportDocument) -> String {
        var lines = [
            "<!DOCTYPE html>",
            "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">",
            "<head>",
            "<meta charset=\"utf-8\" />",
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />",
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\" />",
            "<title>\(XMLText.escaped(document.title.plainText))</title>",
            "<style>",
            styleSheet + (document.sections.contains(where: hasWideTable) ? "\n" + wideTableStyleSheet : ""),
            "</style>",
            "</head>",
            "<body>",
            "<main>",
            "<h1>\(inline(document.title))</h1>",
        ]
        lines += document.introduction.flatMap(block)
        for section in document.sections { lines += self.section(section, level: 2) }
        lines += ["</main>", "</body>", "</html>"]
        return lines.joined(separator: "\n") + "\n"
    }

    /// Tables of more columns than this are wide: in them a number's detail may go to a line of
    /// its own (``wideTableStyleSheet``), so that the table fits a laptop's page instead of
    /// scrolling. The report's widest tables without a budget or payment terms have 7.
    static let wideTableColumns = 7

    /// Whether `section`, or a section under it, holds a wide table (``wideTableColumns``).
    private static func hasWideTable(_ section: ReportSection) -> Bool {
        section.blocks.contains { block in
            if case .table(let table) = block { return table.columns.count > wideTableColumns }
            return false
        } || section.subsections.contains(where: hasWideTable)
    }

    private static func section(_ section: ReportSection, level: Int) -> [String] {
        let heading = "h\(min(level, 6))"
        return ["<section>", "<\(heading)>\(inline(section.heading))</\(heading)>"] + section.blocks.flatMap(block)
            + section.subsections.flatMap { self.section($0, level: level + 1) } + ["</section>"]
    }

    private static func block(_ block: ReportBlock) -> [String] {
        switch block {
        case .paragraph(let text):
            return ["<p>\(inline(text))</p>"]
        case .bulletList(let items):
            return ["<ul>"] + items.map { "<li>\(inline($0))</li>" } + ["</ul>"]
        case .table(let table):
            return self.table(table)
        case .figure(let figure):
            return [
                "<figure>",
                "<div class=\"chart\" role=\"img\" aria-label=\"\(XMLText.escaped(figure.alternative))\">",
                svg(figure.svg),
                "</div>",
                "<figcaption>\(inline(figure.caption))</figcaption>",
                "</figure>",
            ]
        }
    }

    /// A table in a box of its own that scrolls sideways when the table is wider than the
    /// page (of class `wide` too when it has more than ``wideTableColumns`` columns); the
    /// first cell of each row heads the row, and a cell's detail is a `span` of its own,
    /// which the style sheet keeps whole.
    private static func table(_ table: ReportTable) -> [String] {
        func attributes(_ column: Int) -> String {
            table.columns[column].alignment == .trailing ? " class=\"num\"" : ""
        }
        func content(_ text: ReportText, _ detail: ReportText?) -> String {
            inline(text) + (detail.map { " <span class=\"detail\">\(inline($0))</span>" } ?? "")
        }
        let header = table.columns.indices.map { index in
            let column = table.columns[index]
            return "<th scope=\"col\"\(attributes(index))>\(content(column.heading, column.detail))</th>"
        }
        let rows = table.rows.map { row in
            let cells = row.indices.map { column in
                let tag = column == 0 ? "th scope=\"row\"" : "td"
                return "<\(tag)\(attributes(column))>\(content(row[column].text, row[column].detail))</\(column == 0 ? "th" : "td")>"
            }
            return "<tr>" + cells.joined() + "</tr>"
        }
        let box = table.columns.count > wideTableColumns ? "table wide" : "table"
        return ["<div class=\"\(box)\">", "<table>", "<thead>", "<tr>" + header.joined() + "</tr>", "</thead>", "<tbody>"] + rows
            + ["</tbody>", "</table>", "</div>"]
    }

    /// The SVG of a figure, without an XML declaration or document type before its root.
    private static func svg(_ text: String) -> String {
        var svg = Substring(text)
        while let start = svg.firstIndex(of: "<"), svg[start...].hasPrefix("<?") || svg[start...].hasPrefix("<!DOCTYPE"),
            let end = svg[start...].firstIndex(of: ">")
        {
            svg = svg[svg.index(after: end)...]
        }
        return svg.trimmingWhitespace()
    }

    /// `text` as HTML inline content.
    static func inline(_ text: ReportText) -> String {
        text.runs.map { run in
            switch run {
            case .text(let words), .literal(let words): XMLText.escaped(words)
            case .strong(let inner): "<strong>\(inline(inner))</strong>"
            case .code(let code): "<code>\(XMLText.escaped(code))</code>"
            case .lineBreak: "<br />"
            }
        }.joined()
    }
}

extension Substring {
    /// The text without spaces, tabs and line breaks at either end.
    fileprivate func trimmingWhitespace() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[first...last])
    }
}
