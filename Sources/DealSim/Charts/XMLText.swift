/// Text placed in XML (SVG and XHTML): the five special characters escaped, characters XML
/// 1.0 forbids left out, and line breaks and tabs turned into spaces, so that any title,
/// name or label keeps the document well-formed and shows as written: `<script>&"` becomes
/// `&lt;script&gt;&amp;&quot;`.
public enum XMLText {
    /// `text` escaped for an XML element's content or a quoted attribute value.
    /// - Parameter text: any text.
    /// - Returns: the text with `&`, `<`, `>`, `"` and `'` written as entities.
    public static func escaped(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            case "\n", "\r", "\t": result += " "
            case "\u{0}"..."\u{1F}", "\u{FFFE}", "\u{FFFF}": continue
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
