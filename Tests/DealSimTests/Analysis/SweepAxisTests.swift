import Testing

@testable import DealSim

/// The values of an evenly spaced sweep axis: both ends exact, even steps, either direction,
/// and round steps that stay round.
@Suite struct SweepAxisTests {
    static let price = ScenarioParameter([.key("offers"), .index(0), .key("pricing"), .key("price")])

    static func values(_ from: Double, _ to: Double, _ count: Int) -> [Double] {
        SweepAxis(parameter: price, from: from, to: to, count: count).values
    }

    /// Round steps give the doubles nearest the round decimals, not accumulated error
    /// (0.3 + 0.3 + 0.3 = 0.8999999999999999).
    @Test func roundStepsStayRound() {
        #expect(Self.values(0.3, 1.5, 5) == [0.3, 0.6, 0.9, 1.2, 1.5])
        #expect(Self.values(0, 1, 11) == [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1])
        #expect(Self.values(0.5, 2, 16) == [0.5, 0.6, 0.7, 0.8, 0.9, 1, 1.1, 1.2, 1.3, 1.4, 1.5, 1.6, 1.7, 1.8, 1.9, 2])
        #expect(Self.values(0.2, 0.9, 8) == [0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9])
        #expect(Self.values(0.2, 0.9, 15) == [0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9])
        #expect(Self.values(0.001, 0.002, 11) == [0.001, 0.0011, 0.0012, 0.0013, 0.0014, 0.0015, 0.0016, 0.0017, 0.0018, 0.0019, 0.002])
        #expect(Self.values(5, 0.5, 10) == [5, 4.5, 4, 3.5, 3, 2.5, 2, 1.5, 1, 0.5])
        #expect(Self.values(1_000, 60_000, 60).enumerated().allSatisfy { $0.element == Double(1_000 * ($0.offset + 1)) })
        // The same steps by accumulation would not be round: the test would catch an axis built so.
        #expect(0.3 + 0.3 + 0.3 != 0.9)
    }

    /// Downward ranges run from FROM to TO, the same values in reverse.
    @Test func downward() {
        #expect(Self.values(1.5, 0.3, 5) == [1.5, 1.2, 0.9, 0.6, 0.3])
        #expect(Self.values(2, 0.5, 4) == [2, 1.5, 1, 0.5])
        #expect(Self.values(0.9, 0.2, 50) == Self.values(0.2, 0.9, 50).reversed())
        #expect(Self.values(5, -5, 3) == [5, 0, -5])
    }

    /// Both ends are exactly FROM and TO, whatever the count and the arithmetic between.
    @Test(arguments: [
        (0.2, 0.9, 50), (0.1, 0.7, 7), (1e-9, 3e-9, 13), (0.99, 0.01, 1_000), (-2.5, 7.25, 2), (1.0 / 3, 2.0 / 3, 17),
    ])
    func endsExact(from: Double, to: Double, count: Int) {
        let values = Self.values(from, to, count)
        #expect(values.count == count)
        #expect(values.first == from)
        #expect(values.last == to)
    }

    /// Values are FROM + i·step to a billionth of the step (they may be rounded that far to
    /// keep round steps round), and move monotonically from FROM to TO.
    @Test(arguments: [(0.2, 0.9, 50), (0.99, 0.01, 1_000), (1e-9, 3e-9, 13), (-3, 1e6, 101), (1.0 / 3, 2.0 / 3, 17), (1e-25, 2e-25, 3)])
    func evenlySpaced(from: Double, to: Double, count: Int) {
        let values = Self.values(from, to, count)
        let step = (to - from) / Double(count - 1)
        let tolerance = max(1e-9 * abs(step), 4 * max(abs(from), abs(to)).ulp)
        for (index, value) in values.enumerated() {
            let exact = from + Double(index) * step
            #expect(abs(value - exact) <= tolerance, "value \(index): \(value), expected \(exact)")
        }
        for (index, (a, b)) in zip(values, values.dropFirst()).enumerated() {
            #expect(to > from ? b > a : b < a, "step \(index) goes the wrong way")
        }
    }

    /// Two values: the two ends; equal ends, every value the same; a list is kept as given.
    @Test func twoValuesAndLists() {
        #expect(Self.values(0.5, 2, 2) == [0.5, 2])
        #expect(Self.values(1.5, 1.5, 3) == [1.5, 1.5, 1.5])
        let list = SweepAxis(parameter: Self.price, values: [0.9, 0.5, 0.7])
        #expect(list.values == [0.9, 0.5, 0.7])
        #expect(list.parameter == Self.price)
    }
}
