/// Why a text is not valid JSON (RFC 8259), and where.
struct JSONSyntaxError: Error, Sendable, Equatable {
    /// What is wrong.
    enum Reason: Sendable, Equatable {
        /// Nothing but whitespace.
        case emptyFile
        /// A value (object, array, string, number, `true`, `false`, `null`) should start here.
        case expectedValue
        /// An object member's name, in double quotes, should start here.
        case expectedMemberName
        /// A `:` should follow the member name.
        case expectedColon
        /// A `,` or `}` should follow the member.
        case expectedCommaOrBrace
        /// A `,` or `]` should follow the element.
        case expectedCommaOrBracket
        /// Something follows the top-level value.
        case trailingText
        /// The key is already used in this object, first at `first`.
        case duplicateKey(String, first: JSONPosition)
        /// The file ends inside a string.
        case unterminatedString
        /// A control character (below U+0020) appears unescaped in a string.
        case controlCharacterInString
        /// A backslash is followed by something other than `" \ / b f n r t u`.
        case invalidEscape
        /// `\u` is not followed by 4 hexadecimal digits.
        case invalidUnicodeEscape
        /// A `\u` escape is half of a UTF-16 surrogate pair without the other half.
        case unpairedSurrogate
        /// A digit should come here in a number.
        case expectedDigit
        /// A number starts with 0 followed by a digit.
        case leadingZero
        /// A word that is not `true`, `false` or `null`.
        case invalidLiteral
        /// Bytes that are not UTF-8.
        case invalidUTF8
        /// Arrays and objects nest deeper than ``JSONParser/maximumDepth``.
        case tooDeep
    }

    /// What is wrong.
    var reason: Reason
    /// Where: the first character that does not fit.
    var position: JSONPosition
}

extension JSONSyntaxError.Reason: CustomStringConvertible {
    /// The reason as it follows `invalid JSON: ` in a message.
    var description: String {
        switch self {
        case .emptyFile: return "the file is empty"
        case .expectedValue: return "expected a value"
        case .expectedMemberName: return "expected a member name in double quotes"
        case .expectedColon: return "expected ':' after a member name"
        case .expectedCommaOrBrace: return "expected ',' or '}' after an object member"
        case .expectedCommaOrBracket: return "expected ',' or ']' after an array element"
        case .trailingText: return "unexpected text after the top-level value"
        case .duplicateKey(let key, let first):
            return "duplicate key \(JSONValue.quoted(key)); first at \(first.line):\(first.column)"
        case .unterminatedString: return "unterminated string"
        case .controlCharacterInString: return "control character in a string; escape it (\\n, \\t, \\u0000)"
        case .invalidEscape: return "invalid escape in a string; use \\\" \\\\ \\/ \\b \\f \\n \\r \\t or \\uXXXX"
        case .invalidUnicodeEscape: return "\\u must be followed by 4 hexadecimal digits"
        case .unpairedSurrogate: return "unpaired UTF-16 surrogate in a \\u escape"
        case .expectedDigit: return "invalid number: expected a digit"
        case .leadingZero: return "invalid number: leading zeros are not allowed"
        case .invalidLiteral: return "invalid literal; expected true, false or null"
        case .invalidUTF8: return "invalid UTF-8"
        case .tooDeep: return "arrays and objects nested deeper than \(JSONParser.maximumDepth) levels"
        }
    }
}
