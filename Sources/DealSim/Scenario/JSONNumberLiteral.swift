/// Exact reading of a JSON number literal as a whole number, without going through
/// `Double`: `18446744073709551615`, `2e3` and `20000.0` are whole; `2.5` is not.
enum JSONNumberLiteral {
    /// What a literal is, read exactly.
    enum Whole: Sendable, Equatable {
        /// A whole number `±magnitude` (`-0` is 0, not negative).
        case whole(negative: Bool, magnitude: UInt64)
        /// A whole number whose magnitude exceeds 2⁶⁴ − 1.
        case tooLarge(negative: Bool)
        /// Not a whole number.
        case fraction
    }

    /// Reads a literal that follows the JSON number grammar
    /// `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`.
    ///
    /// The value is `digits · 10^exponent` once the fraction's digits are moved into the
    /// significand; trailing zeros of the significand raise the exponent, so the number is
    /// whole exactly when the remaining exponent is ≥ 0.
    /// - Complexity: O(n) in the literal's length.
    static func whole(_ literal: String) -> Whole {
        var bytes = Substring(literal).utf8[...]
        let negative = bytes.first == UInt8(ascii: "-")
        if negative { bytes = bytes.dropFirst() }

        var digits: [UInt8] = []
        var exponent = 0
        var inFraction = false
        while let byte = bytes.first, byte != UInt8(ascii: "e"), byte != UInt8(ascii: "E") {
            bytes = bytes.dropFirst()
            if byte == UInt8(ascii: ".") {
                inFraction = true
                continue
            }
            digits.append(byte - UInt8(ascii: "0"))
            if inFraction { exponent -= 1 }
        }
        if !bytes.isEmpty {
            bytes = bytes.dropFirst()  // e or E
            var exponentNegative = false
            if let sign = bytes.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") {
                exponentNegative = sign == UInt8(ascii: "-")
                bytes = bytes.dropFirst()
            }
            // Saturate: an exponent beyond a million decides the answer on its own.
            var written = 0
            for byte in bytes { written = min(written * 10 + Int(byte - UInt8(ascii: "0")), 1_000_000_000) }
            exponent += exponentNegative ? -written : written
        }

        while let first = digits.first, first == 0 { digits.removeFirst() }
        if digits.isEmpty { return .whole(negative: false, magnitude: 0) }
        while let last = digits.last, last == 0 {
            digits.removeLast()
            exponent += 1
        }
        if exponent < 0 { return .fraction }
        if digits.count + exponent > 20 { return .tooLarge(negative: negative) }

        var magnitude: UInt64 = 0
        for digit in digits + [UInt8](repeating: 0, count: exponent) {
            let (times10, overflow1) = magnitude.multipliedReportingOverflow(by: 10)
            let (sum, overflow2) = times10.addingReportingOverflow(UInt64(digit))
            if overflow1 || overflow2 { return .tooLarge(negative: negative) }
            magnitude = sum
        }
        return .whole(negative: negative, magnitude: magnitude)
    }
}
