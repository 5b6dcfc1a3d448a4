/// A place in a JSON text: 1-based line and column.
///
/// Columns count Unicode scalars, so `é` is one column wide, and a tab is one column.
struct JSONPosition: Sendable, Equatable, Comparable {
    /// The line, from 1.
    var line: Int
    /// The column on that line, from 1.
    var column: Int

    static func < (lhs: JSONPosition, rhs: JSONPosition) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }
}

/// One member of a JSON object: its key, where the key starts, and its value.
struct JSONMember: Sendable, Equatable {
    /// The member's name.
    var key: String
    /// Where the key's opening quote is.
    var keyPosition: JSONPosition
    /// The member's value.
    var value: JSONValue
}

/// A JSON value as read by ``JSONParser``, remembering where it starts in the text.
///
/// Unlike Foundation's `JSONSerialization`, objects keep their key order and numbers keep
/// their literal text, so that a whole number up to 2⁶⁴ − 1 reads back exactly.
struct JSONValue: Sendable, Equatable {
    /// The value itself.
    enum Kind: Sendable, Equatable {
        /// `null`
        case null
        /// `true` or `false`
        case bool(Bool)
        /// A number, as its literal text (already checked against the JSON grammar).
        case number(String)
        /// A string, escapes decoded.
        case string(String)
        /// An array, in order.
        case array([JSONValue])
        /// An object's members, in file order; keys are unique.
        case object([JSONMember])
    }

    /// The value.
    var kind: Kind
    /// Where the value's first character is.
    var position: JSONPosition
}

extension JSONValue {
    /// The value as compact JSON text, `", "` and `": "` as separators, numbers as written:
    /// `{"normal": [0.8, 0.1]}`.
    var jsonText: String {
        var text = ""
        write(to: &text)
        return text
    }

    private func write(to text: inout String) {
        switch kind {
        case .null: text += "null"
        case .bool(let value): text += value ? "true" : "false"
        case .number(let literal): text += literal
        case .string(let string): text += JSONValue.quoted(string)
        case .array(let elements):
            text += "["
            for (index, element) in elements.enumerated() {
                if index > 0 { text += ", " }
                element.write(to: &text)
            }
            text += "]"
        case .object(let members):
            text += "{"
            for (index, member) in members.enumerated() {
                if index > 0 { text += ", " }
                text += JSONValue.quoted(member.key) + ": "
                member.value.write(to: &text)
            }
            text += "}"
        }
    }

    /// `string` as a JSON string literal: quotes, backslashes and control characters escaped.
    static func quoted(_ string: String) -> String {
        var text = "\""
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": text += "\\\""
            case "\\": text += "\\\\"
            case "\n": text += "\\n"
            case "\r": text += "\\r"
            case "\t": text += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                text += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: text.unicodeScalars.append(scalar)
            }
        }
        return text + "\""
    }
}
