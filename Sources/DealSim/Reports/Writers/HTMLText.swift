/// Escaping for text placed in the HTML report, which is also well-formed XML.
///
/// `&`, `<`, `>` and `"` become entities, so that a name such as `<script>` shows as
/// written in element content and in an attribute (which the writer always quotes with `"`,
/// so that `'` needs no escape). Characters that XML 1.0 forbids
/// (control characters other than tab, line feed and carriage return, U+FFFE, U+FFFF) are
/// left out, and line breaks and tabs become spaces, as HTML would show them.
enum HTMLText {
    /// `text` escaped for an element's content or a quoted attribute value.
    static func escaped(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "\n", "\r", "\t": result += " "
            case "\u{0}"..."\u{1F}", "\u{FFFE}", "\u{FFFF}": continue
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
