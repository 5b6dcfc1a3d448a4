// Writing a JSON value as a scenario file: indented, with short objects and arrays on one
// line, the way the bundled scenarios are written.

extension JSONValue {
    /// The value as the text of a file, and the value with the positions it has in that text.
    ///
    /// An object or array whose compact text (``jsonText``) is at most `inlineWidth`
    /// characters long is written on one line, as `{"beta": [16, 4]}`; a longer one has one
    /// member or element a line, indented by 2 spaces a level. The top-level value is always
    /// spread over lines. The text ends without a newline.
    /// - Complexity: O(n · d) for a text of n characters nested d levels deep.
    func laidOut(inlineWidth: Int = 100) -> (text: String, value: JSONValue) {
        var layout = JSONLayout(inlineWidth: inlineWidth)
        let value = layout.write(self, indent: 0)
        return (layout.text, value)
    }
}

/// A JSON text being written, with the line and column reached, counted as ``JSONParser``
/// counts them: columns in Unicode scalars.
private struct JSONLayout {
    let inlineWidth: Int
    var text = ""
    var line = 1
    var column = 1

    init(inlineWidth: Int) {
        self.inlineWidth = inlineWidth
    }

    var position: JSONPosition { JSONPosition(line: line, column: column) }

    mutating func emit(_ piece: String) {
        for scalar in piece.unicodeScalars {
            text.unicodeScalars.append(scalar)
            if scalar == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
    }

    /// Writes `value`, nested `indent` levels deep, and returns it with its positions.
    mutating func write(_ value: JSONValue, indent: Int) -> JSONValue {
        let start = position
        switch value.kind {
        case .null, .bool, .number, .string:
            emit(value.jsonText)
            return JSONValue(kind: value.kind, position: start)
        case .array(let elements):
            let inline = indent > 0 && value.jsonText.unicodeScalars.count <= inlineWidth
            emit("[")
            var placed: [JSONValue] = []
            for (index, element) in elements.enumerated() {
                if index > 0 { emit(inline ? ", " : ",") }
                if !inline { newLine(indent + 1) }
                placed.append(write(element, indent: indent + 1))
            }
            if !inline, !elements.isEmpty { newLine(indent) }
            emit("]")
            return JSONValue(kind: .array(placed), position: start)
        case .object(let members):
            let inline = indent > 0 && value.jsonText.unicodeScalars.count <= inlineWidth
            emit("{")
            var placed: [JSONMember] = []
            for (index, member) in members.enumerated() {
                if index > 0 { emit(inline ? ", " : ",") }
                if !inline { newLine(indent + 1) }
                let keyPosition = position
                emit(JSONValue.quoted(member.key) + ": ")
                placed.append(JSONMember(key: member.key, keyPosition: keyPosition, value: write(member.value, indent: indent + 1)))
            }
            if !inline, !members.isEmpty { newLine(indent) }
            emit("}")
            return JSONValue(kind: .object(placed), position: start)
        }
    }

    private mutating func newLine(_ indent: Int) {
        emit("\n" + String(repeating: "  ", count: indent))
    }
}
