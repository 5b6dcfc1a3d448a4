import Testing

@testable import DealSim

extension Pricing {
    @Suite struct GraduatedTests {
        typealias Bracket = Graduated.Bracket

        /// PricingModels' graduated example: (0, 10] at $10 + $2, (10, 20] at $5 + $3, over 20 at $5 + $3.
        static let first: [Bracket] = [
            Bracket(upTo: 10, unitPrice: 10, flatFee: 2),
            Bracket(upTo: 20, unitPrice: 5, flatFee: 3),
            Bracket(upTo: nil, unitPrice: 5, flatFee: 3),
        ]

        /// PricingModels' volume example: (0, 100] at $2 + $10, (100, 200] at $1, over 200 at $0.50 + $50.
        static let second: [Bracket] = [
            Bracket(upTo: 100, unitPrice: 2, flatFee: 10),
            Bracket(upTo: 200, unitPrice: 1),
            Bracket(upTo: nil, unitPrice: 0.5, flatFee: 50),
        ]

        static func amount(_ brackets: [Bracket], _ mode: Graduated.Mode, units: Double) -> Double {
            Charge.graduated(Graduated(metric: .outcomes, mode: mode, brackets: brackets))
                .amount(for: MeteredUsage(acceptedOutcomes: units))
        }

        static func lines(_ brackets: [Bracket], _ mode: Graduated.Mode, units: Double) -> [InvoiceLine] {
            Charge.graduated(Graduated(metric: .outcomes, mode: mode, brackets: brackets))
                .lines(for: MeteredUsage(acceptedOutcomes: units))
        }

        // MARK: PricingModels' worked examples, exactly

        @Test(arguments: [
            (0.0, 0.0),  // no unit, no flat fee
            (1.0, 12.0),  // 1 · 10 + 2
            (10.0, 102.0),  // 10 · 10 + 2
            (11.0, 110.0),  // 10 · 10 + 2 + 1 · 5 + 3
            (21.0, 163.0),  // 10 · 10 + 2 + 10 · 5 + 3 + 1 · 5 + 3 = 102 + 53 + 8
        ])
        func modelExamplesGraduated(units: Double, expected: Double) {
            #expect(Self.amount(Self.first, .graduated, units: units) == expected)
            #expect(total(of: Self.lines(Self.first, .graduated, units: units)) == expected)
        }

        @Test(arguments: [
            (100.0, 210.0),  // 100 · 2 + 10
            (101.0, 101.0),  // 101 · 1 + 0
            (300.0, 200.0),  // 300 · 0.5 + 50
        ])
        func modelExamplesVolume(units: Double, expected: Double) {
            #expect(Self.amount(Self.second, .volume, units: units) == expected)
            #expect(total(of: Self.lines(Self.second, .volume, units: units)) == expected)
        }

        // MARK: Both modes on the same brackets: 0, each boundary and one past it

        @Test(arguments: [
            // (units, graduated by hand, volume by hand)
            (0.0, 0.0, 0.0),  // nothing in either mode
            (1.0, 12.0, 12.0),  // g: 1·10 + 2;                    v: 1·10 + 2
            (10.0, 102.0, 102.0),  // g: 10·10 + 2;                v: 10·10 + 2
            (10.5, 107.5, 55.5),  // g: 102 + 0.5·5 + 3 = 107.5;  v: 10.5·5 + 3 = 55.5
            (11.0, 110.0, 58.0),  // g: 102 + 1·5 + 3;            v: 11·5 + 3
            (20.0, 155.0, 103.0),  // g: 102 + 10·5 + 3;          v: 20·5 + 3
            (21.0, 163.0, 108.0),  // g: 155 + 1·5 + 3;           v: 21·5 + 3
            (100.0, 558.0, 503.0),  // g: 155 + 80·5 + 3 = 558;     v: 100·5 + 3
        ])
        func firstBrackets(units: Double, graduated: Double, volume: Double) {
            #expect(Self.amount(Self.first, .graduated, units: units) == graduated)
            #expect(Self.amount(Self.first, .volume, units: units) == volume)
            #expect(total(of: Self.lines(Self.first, .graduated, units: units)) == graduated)
            #expect(total(of: Self.lines(Self.first, .volume, units: units)) == volume)
        }

        @Test(arguments: [
            // (units, graduated by hand, volume by hand)
            (0.0, 0.0, 0.0),  // nothing in either mode
            (1.0, 12.0, 12.0),  // g: 1·2 + 10;                     v: 1·2 + 10
            (10.5, 31.0, 31.0),  // g: 10.5·2 + 10;                 v: the same bracket
            (100.0, 210.0, 210.0),  // g: 100·2 + 10;               v: 100·2 + 10
            (101.0, 211.0, 101.0),  // g: 210 + 1·1 + 0;            v: 101·1 + 0
            (150.25, 260.25, 150.25),  // g: 210 + 50.25·1;         v: 150.25·1
            (200.0, 310.0, 200.0),  // g: 210 + 100·1;              v: 200·1
            (201.0, 360.5, 150.5),  // g: 310 + 1·0.5 + 50;         v: 201·0.5 + 50
            (300.0, 410.0, 200.0),  // g: 310 + 100·0.5 + 50;       v: 300·0.5 + 50
        ])
        func secondBrackets(units: Double, graduated: Double, volume: Double) {
            #expect(Self.amount(Self.second, .graduated, units: units) == graduated)
            #expect(Self.amount(Self.second, .volume, units: units) == volume)
            #expect(total(of: Self.lines(Self.second, .graduated, units: units)) == graduated)
            #expect(total(of: Self.lines(Self.second, .volume, units: units)) == volume)
        }

        // MARK: Invoice lines

        @Test func graduatedLinesListEveryBracketReached() {
            // 21 units: 10 in (0, 10], 10 in (10, 20], 1 over 20, each bracket with its flat fee.
            #expect(
                Self.lines(Self.first, .graduated, units: 21) == [
                    InvoiceLine(item: .bracketUnits(metric: .outcomes, above: 0, upTo: 10), quantity: 10, unitPrice: 10, amount: 100),
                    InvoiceLine(item: .bracketFlatFee(above: 0, upTo: 10), amount: 2),
                    InvoiceLine(item: .bracketUnits(metric: .outcomes, above: 10, upTo: 20), quantity: 10, unitPrice: 5, amount: 50),
                    InvoiceLine(item: .bracketFlatFee(above: 10, upTo: 20), amount: 3),
                    InvoiceLine(item: .bracketUnits(metric: .outcomes, above: 20, upTo: nil), quantity: 1, unitPrice: 5, amount: 5),
                    InvoiceLine(item: .bracketFlatFee(above: 20, upTo: nil), amount: 3),
                ])
        }

        @Test func aUnitExactlyAtUpToStaysInItsBracket() {
            // 10 units fill (0, 10] and reach nothing of (10, 20]: no line, no flat fee for it.
            #expect(
                Self.lines(Self.first, .graduated, units: 10) == [
                    InvoiceLine(item: .bracketUnits(metric: .outcomes, above: 0, upTo: 10), quantity: 10, unitPrice: 10, amount: 100),
                    InvoiceLine(item: .bracketFlatFee(above: 0, upTo: 10), amount: 2),
                ])
            #expect(
                Self.lines(Self.second, .volume, units: 100) == [
                    InvoiceLine(item: .bracketUnits(metric: .outcomes, above: 0, upTo: 100), quantity: 100, unitPrice: 2, amount: 200),
                    InvoiceLine(item: .bracketFlatFee(above: 0, upTo: 100), amount: 10),
                ])
        }

        @Test func volumeLinesPriceAllUnitsInOneBracket() {
            // 101 units, all at $1; the bracket has no flat fee, so no flat-fee line.
            #expect(
                Self.lines(Self.second, .volume, units: 101) == [
                    InvoiceLine(item: .bracketUnits(metric: .outcomes, above: 100, upTo: 200), quantity: 101, unitPrice: 1, amount: 101)
                ])
            // 300 units, all at $0.50, plus the last bracket's $50.
            #expect(
                Self.lines(Self.second, .volume, units: 300) == [
                    InvoiceLine(item: .bracketUnits(metric: .outcomes, above: 200, upTo: nil), quantity: 300, unitPrice: 0.5, amount: 150),
                    InvoiceLine(item: .bracketFlatFee(above: 200, upTo: nil), amount: 50),
                ])
        }

        @Test(arguments: Graduated.Mode.allCases)
        func zeroUnitsHaveNoLines(mode: Graduated.Mode) {
            #expect(Self.lines(Self.first, mode, units: 0).isEmpty)
            #expect(Self.lines(Self.second, mode, units: 0).isEmpty)
        }

        // MARK: The metric

        @Test(arguments: [
            // Usage: 1 accepted outcome, 11 tasks, 21 attempts, on the first brackets, graduated.
            (UsageMetric.outcomes, 12.0),  // 1 unit: 1·10 + 2
            (UsageMetric.tasks, 110.0),  // 11 units: 102 + 1·5 + 3
            (UsageMetric.attempts, 163.0),  // 21 units: 102 + 53 + 8
        ])
        func metricSelectsTheQuantity(metric: UsageMetric, expected: Double) {
            let graduated = Graduated(metric: metric, mode: .graduated, brackets: Self.first)
            let usage = MeteredUsage(
                acceptedOutcomes: 1, tasks: 11, attempts: 21, revenue: 1_000, savings: 2_000, computeCost: 3_000)
            #expect(Charge.graduated(graduated).amount(for: usage) == expected)
            let lines = Charge.graduated(graduated).lines(for: usage)
            #expect(lines.first?.item == .bracketUnits(metric: metric, above: 0, upTo: 10))
            #expect(total(of: lines) == expected)
        }

        @Test func volumeMetricTasks() {
            // 101 tasks on the second brackets, volume: 101 · 1 = 101 (outcomes 300 would give 200).
            let graduated = Graduated(metric: .tasks, mode: .volume, brackets: Self.second)
            #expect(graduated.amount(for: MeteredUsage(acceptedOutcomes: 300, tasks: 101, attempts: 250)) == 101)
        }

        @Test(arguments: [
            (UsageMetric.outcomes, true),
            (UsageMetric.tasks, false),
            (UsageMetric.attempts, false),
        ])
        func billsOnOutcomesOnlyOnOutcomes(metric: UsageMetric, expected: Bool) {
            for mode in Graduated.Mode.allCases {
                #expect(
                    Charge.graduated(Graduated(metric: metric, mode: mode, brackets: Self.first)).billsOnOutcomes
                        == expected)
            }
        }
    }
}
