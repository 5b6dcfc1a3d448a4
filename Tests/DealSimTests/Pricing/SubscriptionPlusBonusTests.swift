import Testing

@testable import DealSim

extension Pricing {
    @Suite struct SubscriptionPlusBonusTests {
        /// $1,000 a month, plus $500 in a month with at least 200 accepted outcomes.
        static let model = SubscriptionPlusBonus(monthlyFee: 1_000, bonus: 500, target: 200)

        @Test(arguments: [
            // (accepted outcomes, bonus earned, amount by hand)
            (0.0, false, 1_000.0),  // the fee alone
            (199.0, false, 1_000.0),  // one below the target: 1,000
            (199.5, false, 1_000.0),  // a paused, scaled count just below: 1,000
            (200.0, true, 1_500.0),  // exactly at the target: 1,000 + 500
            (201.0, true, 1_500.0),  // past it: still one bonus, 1,500
            (10_000.0, true, 1_500.0),  // the bonus does not grow with volume
        ])
        func amountAndLines(outcomes: Double, earned: Bool, expected: Double) {
            // Tasks are set past the target: only accepted outcomes count.
            let usage = MeteredUsage(acceptedOutcomes: outcomes, tasks: 5_000, attempts: 5_000)
            let charge = Charge.subscriptionPlusBonus(Self.model)
            #expect(charge.amount(for: usage) == expected)

            let subscription = InvoiceLine(item: .subscription, amount: 1_000)
            let bonus = InvoiceLine(item: .bonus(target: 200), amount: 500)
            #expect(charge.lines(for: usage) == (earned ? [subscription, bonus] : [subscription]))
            #expect(total(of: charge.lines(for: usage)) == expected)
        }

        @Test func aTargetOfZeroIsAlwaysReached() {
            // 0 ≥ 0: 250 + 50 = 300 even with no outcome.
            let model = SubscriptionPlusBonus(monthlyFee: 250, bonus: 50, target: 0)
            #expect(model.amount(for: MeteredUsage(acceptedOutcomes: 0)) == 300)
        }

        @Test func billsOnOutcomesAndNeverPauses() {
            #expect(Charge.subscriptionPlusBonus(Self.model).billsOnOutcomes)
            #expect(Charge.subscriptionPlusBonus(Self.model).workedFraction(acceptedOutcomes: 1_000_000) == 1)
        }
    }
}
