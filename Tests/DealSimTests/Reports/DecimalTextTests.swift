import Testing

@testable import DealSim

extension ReportTests {
    @Suite struct DecimalTextTests {
        @Test(arguments: [
            (41_000.0, "41000"), (0.1, "0.1"), (2.5, "2.5"), (-2.5, "-2.5"), (100, "100"),
            (0.00001, "0.00001"), (0.000123, "0.000123"), (123.456, "123.456"),
            (1e15, "1000000000000000"), (1e16, "10000000000000000"),
            (12_345_678_901_234_568, "12345678901234568"), (-0.0, "0"), (0, "0"), (1e-7, "0.0000001"),
            (-1234.5e-10, "-0.00000012345"),
        ])
        func layout(value: Double, text: String) {
            #expect(value.decimalText == text)
        }

        @Test func nonFiniteHasNoText() {
            #expect(Double.nan.decimalText == nil)
            #expect(Double.infinity.decimalText == nil)
            #expect((-Double.infinity).decimalText == nil)
        }

        /// Every text reads back as the same bits and is plain decimal.
        @Test func roundTrips() {
            var state: UInt64 = 0x2026
            var values: [Double] = [
                .leastNonzeroMagnitude, .leastNormalMagnitude, .greatestFiniteMagnitude, -.greatestFiniteMagnitude,
                0.1 + 0.2, 1.0 / 3, 999.995, 1e300, -1e-300,
            ]
            for _ in 0..<2_000 {
                // SplitMix64: arbitrary bit patterns, keeping the finite ones.
                state &+= 0x9E37_79B9_7F4A_7C15
                var z = state
                z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
                z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
                let value = Double(bitPattern: z ^ (z >> 31))
                if value.isFinite { values.append(value) }
                values.append(Double(Int64(bitPattern: z) % 10_000_000) / 100)
            }
            for value in values {
                let text = value.decimalText!
                #expect(Double(text) == value, "\(value) → \(text)")
                #expect(text.allSatisfy { $0.isNumber || $0 == "." || $0 == "-" }, "\(text)")
            }
        }
    }
}
