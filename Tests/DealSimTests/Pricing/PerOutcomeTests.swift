import Testing

@testable import DealSim

extension Pricing {
    @Suite struct PerOutcomeTests {
        @Test(arguments: [
            // (price, accepted outcomes, amount by hand)
            (0.99, 0.0, 0.0),  // 0.99 · 0 = 0
            (0.99, 1.0, 0.99),  // 0.99 · 1 = 0.99
            (0.99, 1_000.0, 990.0),  // 0.99 · 1000 = 990
            (1.5, 10.5, 15.75),  // paused counts are fractional: 1.5 · 10.5 = 15.75
            (0.0, 5_000.0, 0.0),  // a free outcome: 0 · 5000 = 0
        ])
        func amountIsPriceTimesAcceptedOutcomes(price: Double, outcomes: Double, expected: Double) {
            // Tasks, attempts and money are set to other values: only accepted outcomes count.
            let usage = MeteredUsage(
                acceptedOutcomes: outcomes, tasks: 7_777, attempts: 8_888, revenue: 1_234, savings: 4_321,
                computeCost: 55)
            let charge = Charge.perOutcome(PerOutcome(price: price))
            #expect(isClose(charge.amount(for: usage), expected))
            #expect(isClose(PerOutcome(price: price).amount(for: usage), expected))

            let lines = charge.lines(for: usage)
            #expect(lines.count == 1)
            #expect(lines.first?.item == .acceptedOutcomes)
            #expect(lines.first?.quantity == outcomes)
            #expect(lines.first?.unitPrice == price)
            #expect(isClose(total(of: lines), expected))
        }

        @Test func billsOnOutcomesAndNeverPauses() {
            let charge = Charge.perOutcome(PerOutcome(price: 2))
            #expect(charge.billsOnOutcomes)
            // 2 · 1,000,000 is far past any cap, but perOutcome has none.
            #expect(charge.workedFraction(acceptedOutcomes: 1_000_000) == 1)
        }
    }
}
