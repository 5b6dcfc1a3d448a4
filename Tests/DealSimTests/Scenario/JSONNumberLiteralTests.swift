import Testing

@testable import DealSim

@Suite struct ScenarioJSONNumberLiteralTests {
    @Test(arguments: [
        ("0", JSONNumberLiteral.Whole.whole(negative: false, magnitude: 0)),
        ("-0", .whole(negative: false, magnitude: 0)),
        ("-0.0e5", .whole(negative: false, magnitude: 0)),
        ("20000.0", .whole(negative: false, magnitude: 20_000)),
        ("2e4", .whole(negative: false, magnitude: 20_000)),
        ("2.5e1", .whole(negative: false, magnitude: 25)),
        ("1500e-2", .whole(negative: false, magnitude: 15)),
        ("-3", .whole(negative: true, magnitude: 3)),
        ("18446744073709551615", .whole(negative: false, magnitude: .max)),
        ("18446744073709551615.000", .whole(negative: false, magnitude: .max)),
        ("18446744073709551616", .tooLarge(negative: false)),
        ("1e20", .tooLarge(negative: false)),
        ("-1e999999999999999999999", .tooLarge(negative: true)),
        ("2.5", .fraction),
        ("1e-1", .fraction),
        ("1e-999999999999999999999", .fraction),
    ])
    func readsWholeNumbersExactly(literal: String, expected: JSONNumberLiteral.Whole) {
        #expect(JSONNumberLiteral.whole(literal) == expected)
    }
}
