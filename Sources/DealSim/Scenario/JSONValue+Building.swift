// Building JSON values in code, as a scenario file would hold them.

extension JSONValue {
    /// Where a value built in code is until ``laidOut(inlineWidth:)`` places it: 1:1.
    static let unplaced = JSONPosition(line: 1, column: 1)

    /// A value built in code, not yet placed in a text.
    init(_ kind: Kind) {
        self.init(kind: kind, position: Self.unplaced)
    }

    /// A number, written so that `Double(literal)` gives `value` back exactly; see
    /// ``literal(_:)``.
    static func number(_ value: Double) -> JSONValue {
        JSONValue(.number(literal(value)))
    }

    /// A whole number, written as an integer literal: `18446744073709551615`, `-5`.
    static func integer(_ value: some BinaryInteger) -> JSONValue {
        JSONValue(.number(String(value)))
    }

    /// A string.
    static func string(_ value: String) -> JSONValue {
        JSONValue(.string(value))
    }

    /// An array.
    static func array(_ elements: [JSONValue]) -> JSONValue {
        JSONValue(.array(elements))
    }

    /// An object with these members in this order; a member whose value is `nil` is left out.
    static func object(_ members: KeyValuePairs<String, JSONValue?>) -> JSONValue {
        JSONValue(.object(members.compactMap { key, value in value.map { JSONMember(key: key, keyPosition: unplaced, value: $0) } }))
    }

    /// The literal of a number: an integer literal for a whole number below 10¹⁵ in
    /// magnitude (`20000`, not `20000.0`), otherwise Swift's shortest text that reads back to
    /// the same `Double` (`0.99`, `1e-07`, `-0.0`), which is a JSON number.
    ///
    /// A value that is not finite has no JSON literal; it is written `nan`, `inf` or `-inf`,
    /// which `Double(_:)` reads back and the validator then reports as not finite. Such text
    /// never reaches a file: only a valid scenario is written out, and every number of a
    /// valid scenario is finite.
    static func literal(_ value: Double) -> String {
        if value.isNaN { return "nan" }
        if value.isInfinite { return value < 0 ? "-inf" : "inf" }
        if value == value.rounded(), value.magnitude < 1e15, !(value == 0 && value.sign == .minus) {
            return String(Int64(value))
        }
        return value.description
    }
}
