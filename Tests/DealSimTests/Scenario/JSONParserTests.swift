import Testing

@testable import DealSim

@Suite struct ScenarioJSONParserTests {
    private func parse(_ text: String) throws(JSONSyntaxError) -> JSONValue {
        try JSONParser.parse(Array(text.utf8))
    }

    private func syntaxError(_ text: String) -> JSONSyntaxError? {
        do {
            _ = try parse(text)
            return nil
        } catch {
            return error
        }
    }

    @Test func objectsKeepKeyOrderAndPositions() throws {
        let value = try parse("{\"b\": 1,\n  \"a\": [true, null, \"x\"]}")
        guard case .object(let members) = value.kind else {
            Issue.record("not an object")
            return
        }
        #expect(members.map(\.key) == ["b", "a"])
        #expect(members[1].keyPosition == JSONPosition(line: 2, column: 3))
        #expect(members[1].value.position == JSONPosition(line: 2, column: 8))
        #expect(value.jsonText == #"{"b": 1, "a": [true, null, "x"]}"#)
    }

    @Test func numbersKeepTheirLiteralText() throws {
        for literal in ["0", "-0", "18446744073709551616", "1.50", "2E+3", "-0.5e-7"] {
            #expect(try parse(literal).kind == .number(literal))
        }
    }

    @Test func stringsDecodeEscapes() throws {
        #expect(try parse(#""a\"\\\/\b\f\n\r\t\u00e9\ud83d\ude00""#).kind == .string("a\"\\/\u{8}\u{C}\n\r\té😀"))
        #expect(try parse("\"é😀\"").kind == .string("é😀"))
    }

    @Test func foundValuesAreWrittenBackAsJSON() throws {
        #expect(try parse(#"{"a\n\"b": ["\u0001", -1.50e3, false, {}]}"#).jsonText == #"{"a\n\"b": ["\u0001", -1.50e3, false, {}]}"#)
    }

    @Test func columnsCountUnicodeScalars() {
        // [ " é 😀 " space x: the x is in column 7.
        #expect(
            syntaxError("[\"é😀\" x]")
                == JSONSyntaxError(reason: .expectedCommaOrBracket, position: JSONPosition(line: 1, column: 7)))
    }

    @Test func aByteOrderMarkIsSkipped() throws {
        let value = try JSONParser.parse([0xEF, 0xBB, 0xBF] + Array("[1]".utf8))
        #expect(value.kind == .array([JSONValue(kind: .number("1"), position: JSONPosition(line: 1, column: 2))]))
    }

    @Test(arguments: [
        ("", JSONSyntaxError.Reason.emptyFile, 1, 1),
        ("[1,]", .expectedValue, 1, 4),
        ("{\"a\": 1,}", .expectedMemberName, 1, 9),
        ("{'a': 1}", .expectedMemberName, 1, 2),
        ("{\"a\" 1}", .expectedColon, 1, 6),
        ("[1 2]", .expectedCommaOrBracket, 1, 4),
        ("{\"a\": 1 \"b\": 2}", .expectedCommaOrBrace, 1, 9),
        ("{} {}", .trailingText, 1, 4),
        ("{\"a\": 1, \"a\": 2}", .duplicateKey("a", first: JSONPosition(line: 1, column: 2)), 1, 10),
        ("\"abc", .unterminatedString, 1, 5),
        ("\"a\tb\"", .controlCharacterInString, 1, 3),
        (#""\x""#, .invalidEscape, 1, 2),
        (#""\u12G4""#, .invalidUnicodeEscape, 1, 6),
        (#""\ud83d""#, .unpairedSurrogate, 1, 2),
        (#""\ude00""#, .unpairedSurrogate, 1, 2),
        ("-", .expectedDigit, 1, 2),
        ("1.", .expectedDigit, 1, 3),
        ("1e+", .expectedDigit, 1, 4),
        ("012", .leadingZero, 1, 2),
        ("+1", .expectedValue, 1, 1),
        ("NaN", .invalidLiteral, 1, 1),
        ("[nul]", .invalidLiteral, 1, 2),
        ("truex", .invalidLiteral, 1, 1),
        ("[\n1,\n\n  }", .expectedValue, 4, 3),
    ])
    func syntaxErrorsNameTheirPlace(text: String, reason: JSONSyntaxError.Reason, line: Int, column: Int) {
        #expect(syntaxError(text) == JSONSyntaxError(reason: reason, position: JSONPosition(line: line, column: column)))
    }

    @Test func invalidUTF8IsAnError() {
        #expect(throws: JSONSyntaxError(reason: .invalidUTF8, position: JSONPosition(line: 1, column: 3))) {
            try JSONParser.parse([UInt8(ascii: "\""), UInt8(ascii: "a"), 0xC0, 0xAF, UInt8(ascii: "\"")])  // overlong
        }
        #expect(throws: JSONSyntaxError(reason: .invalidUTF8, position: JSONPosition(line: 1, column: 2))) {
            try JSONParser.parse([UInt8(ascii: "\""), 0xED, 0xA0, 0x80, UInt8(ascii: "\"")])  // a surrogate
        }
        #expect(throws: JSONSyntaxError(reason: .invalidUTF8, position: JSONPosition(line: 1, column: 2))) {
            try JSONParser.parse([UInt8(ascii: "\""), 0xE2, 0x82])  // cut short
        }
    }

    @Test func deepNestingIsAnErrorNotACrash() {
        let depth = JSONParser.maximumDepth
        #expect((try? parse(String(repeating: "[", count: depth) + String(repeating: "]", count: depth))) != nil)
        let tooDeep = String(repeating: "[", count: depth + 1) + String(repeating: "]", count: depth + 1)
        #expect(syntaxError(tooDeep)?.reason == .tooDeep)
    }
}
