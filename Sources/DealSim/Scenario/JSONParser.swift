/// A strict RFC 8259 JSON parser that keeps what a validator needs: the key order of
/// objects, the literal text of numbers, and the line and column of every value.
///
/// Stricter than the RFC allows where the RFC leaves a choice: duplicate keys are an error
/// and strings must be valid UTF-8 without unpaired surrogates. A leading UTF-8 byte order
/// mark is skipped, as RFC 8259 §8.1 permits.
struct JSONParser {
    /// The deepest nesting of arrays and objects accepted; deeper input is an error rather
    /// than a stack overflow.
    static let maximumDepth = 512

    private let bytes: [UInt8]
    private var index = 0
    private var line = 1
    private var column = 1

    private init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// Parses one JSON text.
    /// - Parameter bytes: the text as UTF-8.
    /// - Returns: the top-level value.
    /// - Throws: ``JSONSyntaxError`` at the first character that does not fit.
    /// - Complexity: O(n) in the length of the text.
    static func parse(_ bytes: [UInt8]) throws(JSONSyntaxError) -> JSONValue {
        var parser = JSONParser(bytes: bytes)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { parser.index = 3 }
        parser.skipWhitespace()
        if parser.index == bytes.count {
            throw JSONSyntaxError(reason: .emptyFile, position: JSONPosition(line: 1, column: 1))
        }
        let value = try parser.parseValue(depth: 0)
        parser.skipWhitespace()
        if parser.index < bytes.count { throw parser.error(.trailingText) }
        return value
    }

    // MARK: Reading bytes

    private var position: JSONPosition { JSONPosition(line: line, column: column) }
    private var current: UInt8? { index < bytes.count ? bytes[index] : nil }

    private func error(_ reason: JSONSyntaxError.Reason) -> JSONSyntaxError {
        JSONSyntaxError(reason: reason, position: position)
    }

    /// Moves past the current byte, keeping line and column.
    private mutating func advance() {
        let byte = bytes[index]
        index += 1
        if byte == UInt8(ascii: "\n") {
            line += 1
            column = 1
        } else if let next = current, next & 0xC0 == 0x80 {
            // The next byte continues this scalar: same column.
        } else {
            column += 1
        }
    }

    private mutating func skipWhitespace() {
        while let byte = current,
            byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n")
                || byte == UInt8(ascii: "\r")
        {
            advance()
        }
    }

    // MARK: Values

    private mutating func parseValue(depth: Int) throws(JSONSyntaxError) -> JSONValue {
        let start = position
        guard let byte = current else { throw error(.expectedValue) }
        switch byte {
        case UInt8(ascii: "{"): return JSONValue(kind: .object(try parseObject(depth: depth + 1)), position: start)
        case UInt8(ascii: "["): return JSONValue(kind: .array(try parseArray(depth: depth + 1)), position: start)
        case UInt8(ascii: "\""): return JSONValue(kind: .string(try parseString()), position: start)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return JSONValue(kind: .number(try parseNumber()), position: start)
        case UInt8(ascii: "t"):
            try parseLiteral("true")
            return JSONValue(kind: .bool(true), position: start)
        case UInt8(ascii: "f"):
            try parseLiteral("false")
            return JSONValue(kind: .bool(false), position: start)
        case UInt8(ascii: "n"):
            try parseLiteral("null")
            return JSONValue(kind: .null, position: start)
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"):
            throw error(.invalidLiteral)
        default:
            throw error(.expectedValue)
        }
    }

    private mutating func parseLiteral(_ word: String) throws(JSONSyntaxError) {
        let start = (index, line, column)
        for byte in word.utf8 {
            guard current == byte else {
                (index, line, column) = start
                throw error(.invalidLiteral)
            }
            advance()
        }
        if let next = current, Self.isLetterOrDigit(next) {
            (index, line, column) = start
            throw error(.invalidLiteral)
        }
    }

    private static func isLetterOrDigit(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
            || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }

    private mutating func parseObject(depth: Int) throws(JSONSyntaxError) -> [JSONMember] {
        if depth > Self.maximumDepth { throw error(.tooDeep) }
        advance()  // {
        var members: [JSONMember] = []
        var firstPositions: [String: JSONPosition] = [:]
        skipWhitespace()
        if current == UInt8(ascii: "}") {
            advance()
            return members
        }
        while true {
            skipWhitespace()
            let keyPosition = position
            guard current == UInt8(ascii: "\"") else { throw error(.expectedMemberName) }
            let key = try parseString()
            if let first = firstPositions[key] {
                throw JSONSyntaxError(reason: .duplicateKey(key, first: first), position: keyPosition)
            }
            firstPositions[key] = keyPosition
            skipWhitespace()
            guard current == UInt8(ascii: ":") else { throw error(.expectedColon) }
            advance()
            skipWhitespace()
            let value = try parseValue(depth: depth)
            members.append(JSONMember(key: key, keyPosition: keyPosition, value: value))
            skipWhitespace()
            switch current {
            case UInt8(ascii: ","): advance()
            case UInt8(ascii: "}"):
                advance()
                return members
            default: throw error(.expectedCommaOrBrace)
            }
        }
    }

    private mutating func parseArray(depth: Int) throws(JSONSyntaxError) -> [JSONValue] {
        if depth > Self.maximumDepth { throw error(.tooDeep) }
        advance()  // [
        var elements: [JSONValue] = []
        skipWhitespace()
        if current == UInt8(ascii: "]") {
            advance()
            return elements
        }
        while true {
            skipWhitespace()
            elements.append(try parseValue(depth: depth))
            skipWhitespace()
            switch current {
            case UInt8(ascii: ","): advance()
            case UInt8(ascii: "]"):
                advance()
                return elements
            default: throw error(.expectedCommaOrBracket)
            }
        }
    }

    // MARK: Numbers

    /// Checks the number grammar and returns the literal's text.
    private mutating func parseNumber() throws(JSONSyntaxError) -> String {
        let start = index
        if current == UInt8(ascii: "-") { advance() }
        if current == UInt8(ascii: "0") {
            advance()
            if let next = current, Self.isDigit(next) { throw error(.leadingZero) }
        } else {
            try digits()
        }
        if current == UInt8(ascii: ".") {
            advance()
            try digits()
        }
        if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
            advance()
            if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { advance() }
            try digits()
        }
        return String(decoding: bytes[start..<index], as: UTF8.self)
    }

    private static func isDigit(_ byte: UInt8) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }

    /// One or more digits.
    private mutating func digits() throws(JSONSyntaxError) {
        guard let first = current, Self.isDigit(first) else { throw error(.expectedDigit) }
        while let byte = current, Self.isDigit(byte) { advance() }
    }

    // MARK: Strings

    private mutating func parseString() throws(JSONSyntaxError) -> String {
        advance()  // opening quote
        var utf8: [UInt8] = []
        while true {
            guard let byte = current else { throw error(.unterminatedString) }
            switch byte {
            case UInt8(ascii: "\""):
                advance()
                return String(decoding: utf8, as: UTF8.self)
            case UInt8(ascii: "\\"):
                try parseEscape(into: &utf8)
            case 0..<0x20:
                throw error(.controlCharacterInString)
            case 0..<0x80:
                utf8.append(byte)
                advance()
            default:
                let length = try utf8SequenceLength()
                for _ in 0..<length {
                    utf8.append(bytes[index])
                    advance()
                }
            }
        }
    }

    /// The length of the valid UTF-8 sequence of 2 to 4 bytes at the current index
    /// (Unicode 15, table 3-7: no overlong forms, no surrogates, nothing above U+10FFFF).
    private func utf8SequenceLength() throws(JSONSyntaxError) -> Int {
        let lead = bytes[index]
        let length: Int
        var secondRange: ClosedRange<UInt8> = 0x80...0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0: (length, secondRange) = (3, 0xA0...0xBF)
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: (length, secondRange) = (3, 0x80...0x9F)
        case 0xF0: (length, secondRange) = (4, 0x90...0xBF)
        case 0xF1...0xF3: length = 4
        case 0xF4: (length, secondRange) = (4, 0x80...0x8F)
        default: throw error(.invalidUTF8)
        }
        guard index + length <= bytes.count, secondRange.contains(bytes[index + 1]) else { throw error(.invalidUTF8) }
        for offset in 2..<length where bytes[index + offset] & 0xC0 != 0x80 {
            throw error(.invalidUTF8)
        }
        return length
    }

    private mutating func parseEscape(into utf8: inout [UInt8]) throws(JSONSyntaxError) {
        let escapePosition = (index, line, column)
        advance()  // backslash
        guard let byte = current else { throw error(.unterminatedString) }
        let simple: UInt8?
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): simple = byte
        case UInt8(ascii: "b"): simple = 0x08
        case UInt8(ascii: "f"): simple = 0x0C
        case UInt8(ascii: "n"): simple = 0x0A
        case UInt8(ascii: "r"): simple = 0x0D
        case UInt8(ascii: "t"): simple = 0x09
        case UInt8(ascii: "u"): simple = nil
        default:
            (index, line, column) = escapePosition
            throw error(.invalidEscape)
        }
        advance()
        if let simple {
            utf8.append(simple)
            return
        }
        var scalar = try hex4()
        if (0xD800...0xDBFF).contains(scalar) {
            guard current == UInt8(ascii: "\\"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "u") else {
                (index, line, column) = escapePosition
                throw error(.unpairedSurrogate)
            }
            advance()
            advance()
            let low = try hex4()
            guard (0xDC00...0xDFFF).contains(low) else {
                (index, line, column) = escapePosition
                throw error(.unpairedSurrogate)
            }
            scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
        } else if (0xDC00...0xDFFF).contains(scalar) {
            (index, line, column) = escapePosition
            throw error(.unpairedSurrogate)
        }
        guard let unicodeScalar = Unicode.Scalar(scalar) else {
            (index, line, column) = escapePosition
            throw error(.unpairedSurrogate)
        }
        utf8.append(contentsOf: String(Character(unicodeScalar)).utf8)
    }

    /// Four hexadecimal digits after `\u`.
    private mutating func hex4() throws(JSONSyntaxError) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard let byte = current, let digit = Self.hexDigit(byte) else { throw error(.invalidUnicodeEscape) }
            value = value << 4 | digit
            advance()
        }
        return value
    }

    private static func hexDigit(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return UInt32(byte - UInt8(ascii: "A") + 10)
        default: return nil
        }
    }
}
