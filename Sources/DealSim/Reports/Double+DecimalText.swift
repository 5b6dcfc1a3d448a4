extension Double {
    /// The shortest decimal text that reads back as exactly this number, written without an
    /// exponent, a trailing ".0" or a negative zero: `41000.0` → "41000", `1e-05` → "0.00001",
    /// `-2.5` → "-2.5", `-0.0` → "0", `1e16` → "10000000000000000".
    ///
    /// The digits are those of Swift's `description`, the shortest that round-trip
    /// (`Double(text) == self`); only their layout changes, so the text does not depend on
    /// the machine or its locale. `nil` for NaN and infinity, which have no decimal text.
    var decimalText: String? {
        guard isFinite else { return nil }
        if self == 0 { return "0" }
        // `description` is "[-]digits[.digits][e±exponent]".
        var text = Substring(description)
        let negative = text.hasPrefix("-")
        if negative { text = text.dropFirst() }
        var exponent = 0
        if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            exponent = Int(text[text.index(after: e)...].drop(while: { $0 == "+" }))!
            text = text[..<e]
        }
        let integerPart = text.prefix { $0 != "." }
        let fractionPart = text.dropFirst(integerPart.count + (text.count > integerPart.count ? 1 : 0))
        // All significant digits, with the decimal point `point` digits from the left.
        var digits = Array(integerPart + fractionPart)
        var point = integerPart.count + exponent
        while digits.count > 1, digits.first == "0" {
            digits.removeFirst()
            point -= 1
        }
        while digits.count > max(point, 1), digits.last == "0" { digits.removeLast() }

        var result = negative ? "-" : ""
        if point <= 0 {
            result += "0." + String(repeating: "0", count: -point) + String(digits)
        } else if point >= digits.count {
            result += String(digits) + String(repeating: "0", count: point - digits.count)
        } else {
            result += String(digits[..<point]) + "." + String(digits[point...])
        }
        return result
    }
}
