import Testing

@testable import DealSim

extension Pricing {
    /// perTask, perAttempt, costPlus, perSeat and fixedFee: each reads one quantity, or none.
    @Suite struct SimpleChargesTests {
        /// Every quantity different, so a charge that reads the wrong one gives a wrong amount.
        static let usage = MeteredUsage(
            acceptedOutcomes: 700, tasks: 1_000, attempts: 1_500, revenue: 7_000, savings: 9_000, computeCost: 90)
        static let empty = MeteredUsage(acceptedOutcomes: 0)

        @Test func perTaskUsesTasks() {
            // 0.5 · 1,000 tasks = 500 (outcomes would give 350, attempts 750).
            let charge = Charge.perTask(PerTask(price: 0.5))
            #expect(charge.amount(for: Self.usage) == 500)
            #expect(
                charge.lines(for: Self.usage) == [
                    InvoiceLine(item: .tasksHandled, quantity: 1_000, unitPrice: 0.5, amount: 500)
                ])
            #expect(charge.amount(for: Self.empty) == 0)
        }

        @Test func perAttemptUsesAttempts() {
            // 0.25 · 1,500 attempts = 375 (tasks would give 250).
            let charge = Charge.perAttempt(PerAttempt(price: 0.25))
            #expect(charge.amount(for: Self.usage) == 375)
            #expect(
                charge.lines(for: Self.usage) == [
                    InvoiceLine(item: .attempts, quantity: 1_500, unitPrice: 0.25, amount: 375)
                ])
            #expect(charge.amount(for: Self.empty) == 0)
        }

        @Test(arguments: [
            // (markup, amount by hand on compute cost 90, the markup line's percent)
            (0.0, 90.0, 0.0),  // cost alone: 1 · 90
            (0.3, 117.0, 30.0),  // cost + 30%: 90 + 27
            (0.5, 135.0, 50.0),  // cost + 50%: 90 + 45
            (1.0, 180.0, 100.0),  // doubled: 2 · 90
            (0.07, 96.3, 7.0),  // cost + 7%: 90 + 6.3 (0.07 · 100 is 7.000000000000001 unrounded)
        ])
        func costPlusUsesComputeCost(markup: Double, expected: Double, markupPercent: Double) {
            let charge = Charge.costPlus(CostPlus(markup: markup))
            #expect(isClose(charge.amount(for: Self.usage), expected))
            let lines = charge.lines(for: Self.usage)
            #expect(lines.first == InvoiceLine(item: .computeCost, amount: 90))
            // the markup on top, as its own line when there is one: 90 · markup
            #expect(lines.count == (markup == 0 ? 1 : 2))
            if markup != 0 {
                #expect(lines[1].item == .markup(percent: markupPercent))
                #expect(isClose(lines[1].amount, expected - 90))
            }
            #expect(isClose(total(of: lines), expected))
            #expect(charge.amount(for: Self.empty) == 0)
        }

        @Test func perSeatIgnoresUsage() {
            // 12 seats · 49 = 588, whatever the month's volume.
            let charge = Charge.perSeat(PerSeat(seats: 12, pricePerSeat: 49))
            #expect(charge.amount(for: Self.usage) == 588)
            #expect(charge.amount(for: Self.empty) == 588)
            #expect(
                charge.lines(for: Self.usage) == [InvoiceLine(item: .seats, quantity: 12, unitPrice: 49, amount: 588)])
            #expect(Charge.perSeat(PerSeat(seats: 0, pricePerSeat: 49)).amount(for: Self.usage) == 0)  // 0 · 49
        }

        @Test func fixedFeeIgnoresUsage() {
            let charge = Charge.fixedFee(FixedFee(monthly: 500))
            #expect(charge.amount(for: Self.usage) == 500)
            #expect(charge.amount(for: Self.empty) == 500)
            #expect(charge.lines(for: Self.empty) == [InvoiceLine(item: .fixedMonthlyFee, amount: 500)])
        }

        @Test(arguments: [
            Charge.perTask(PerTask(price: 0.5)),
            Charge.perAttempt(PerAttempt(price: 0.25)),
            Charge.costPlus(CostPlus(markup: 0.3)),
            Charge.perSeat(PerSeat(seats: 12, pricePerSeat: 49)),
            Charge.fixedFee(FixedFee(monthly: 500)),
        ])
        func noneBillsOnOutcomesOrPauses(charge: Charge) {
            #expect(!charge.billsOnOutcomes)
            #expect(charge.workedFraction(acceptedOutcomes: 1_000_000) == 1)
        }
    }
}
