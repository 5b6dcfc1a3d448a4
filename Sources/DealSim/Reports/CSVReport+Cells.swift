extension CSVReport {
    /// A number as a CSV cell: the shortest decimal that reads back as exactly the same
    /// `Double`, never in exponent notation, with no trailing ".0" and no negative zero:
    /// `41000.0` → "41000", `0.00001` → "0.00001", `-2.5` → "-2.5".
    ///
    /// Independent of the machine and its locale. A number cell keeps its minus sign:
    /// numbers are not text, so the formula guard of ``text(_:)`` does not apply.
    /// - Parameter value: the number; `nil`, NaN and infinity give an empty cell.
    /// - Returns: the cell's text.
    public static func number(_ value: Double?) -> String {
        value?.decimalText ?? ""
    }

    /// A text cell, safe for a spreadsheet and quoted per RFC 4180.
    ///
    /// 1. A value that starts with `=`, `+`, `-`, `@`, a tab or a carriage return gets a
    ///    leading `'`, so that a spreadsheet shows it as text instead of running it as a
    ///    formula (OWASP, "CSV Injection"): `=HYPERLINK("http://x")` →
    ///    `'=HYPERLINK("http://x")`.
    /// 2. A value that contains a comma, a double quote, a carriage return or a line feed
    ///    is enclosed in double quotes, each quote inside doubled:
    ///    `"'=HYPERLINK(""http://x"")"`.
    /// - Parameter value: the text.
    /// - Returns: the cell as it appears in the file.
    public static func text(_ value: String) -> String {
        var cell = value
        if let first = cell.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first) {
            cell = "'" + cell
        }
        if cell.unicodeScalars.contains(where: { [",", "\"", "\r", "\n"].contains($0) }) {
            cell = "\"" + cell.replacingAll("\"", with: "\"\"") + "\""
        }
        return cell
    }

    /// One CSV line: `cells`, already written by ``number(_:)`` or ``text(_:)``, joined by
    /// commas and ended by "\n".
    /// - Parameter cells: the cells of the row.
    /// - Returns: the line.
    public static func line(_ cells: [String]) -> String {
        cells.joined(separator: ",") + "\n"
    }
}

extension String {
    /// This text with every occurrence of `target` replaced, compared scalar by scalar
    /// (no Foundation, no locale).
    func replacingAll(_ target: Unicode.Scalar, with replacement: String) -> String {
        var result = ""
        for scalar in unicodeScalars {
            if scalar == target { result += replacement } else { result.unicodeScalars.append(scalar) }
        }
        return result
    }
}
