/// Escaping for text from a scenario (titles, names, descriptions) placed in Markdown.
///
/// A name such as `A|B`, `<script>` or `` `x` `` must show as written: it must neither
/// break a table nor become HTML, code or emphasis. CommonMark lets a backslash escape any
/// ASCII punctuation, and GitHub-flavoured tables honour `\|`, so the characters that can
/// start Markdown or HTML are escaped with a backslash.
///
/// `$` is escaped too: GitHub renders `$…$` as math. The report's own amounts need no escape,
/// since each `$` they hold is followed by a digit, and a closing math `$` never is.
enum MarkdownText {
    /// Characters escaped with a backslash anywhere in inline text.
    static let special: Set<Unicode.Scalar> = ["\\", "`", "*", "_", "[", "]", "<", ">", "|", "&", "~", "#", "!", "$"]

    /// `text` as one line of inline Markdown, shown literally: special characters escaped,
    /// line breaks and tabs turned into spaces. Safe in a table cell, a heading or a list.
    static func inline(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\r", "\n", "\t", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}":
                result.unicodeScalars.append(" ")
            default:
                if special.contains(scalar) { result.unicodeScalars.append("\\") }
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// An escaped line (``inline(_:)``) that begins a line of Markdown, with the start that
    /// could open a block escaped too: a list marker (`-`, `+`, `*`), a setext underline (`=`)
    /// or a numbered item ("1." or "1)"). `#` and `>` are escaped by ``inline(_:)`` already.
    static func lineStart(_ escaped: String) -> String {
        var escaped = escaped
        if let first = escaped.unicodeScalars.first, ["-", "+", "=", "*"].contains(first) {
            escaped = "\\" + escaped
        } else if let dot = escaped.firstIndex(where: { !$0.isASCII || !$0.isNumber }),
            dot != escaped.startIndex, escaped[dot] == "." || escaped[dot] == ")"
        {
            escaped.insert("\\", at: dot)
        }
        return escaped
    }

    /// `text` as a code span, whatever backticks it contains: fenced by one more backtick
    /// than its longest run, with spaces inside the fence when needed.
    static func code(_ text: String) -> String {
        var longest = 0, run = 0
        for scalar in text.unicodeScalars {
            run = scalar == "`" ? run + 1 : 0
            longest = max(longest, run)
        }
        let fence = String(repeating: "`", count: longest + 1)
        let pad = longest > 0 ? " " : ""
        return fence + pad + text + pad + fence
    }

    /// A table row: cells (already Markdown) between pipes.
    static func row(_ cells: [String]) -> String {
        "| " + cells.joined(separator: " | ") + " |"
    }
}
