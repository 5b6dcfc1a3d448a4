import Testing

@testable import DealSim

extension Pricing {
    @Suite struct CappedPerOutcomeTests {
        /// $2 an outcome, capped at $100 a month: the cap is reached at exactly 50 outcomes.
        static func model(_ atCap: CappedPerOutcome.AtCap) -> CappedPerOutcome {
            CappedPerOutcome(price: 2, monthlyCap: 100, atCap: atCap)
        }

        @Test(
            arguments: [
                // (accepted outcomes, uncapped price · C, amount by hand, cap adjustment or nil)
                (0.0, 0.0, 0.0, nil),  // 2 · 0 = 0
                (30.0, 60.0, 60.0, nil),  // 2 · 30 = 60 < 100
                (49.0, 98.0, 98.0, nil),  // 2 · 49 = 98 < 100
                (50.0, 100.0, 100.0, nil),  // exactly at the cap: 2 · 50 = 100, nothing to take off
                (51.0, 102.0, 100.0, -2.0),  // one past: 2 · 51 = 102 → 100, adjustment 100 − 102 = −2
                (60.0, 120.0, 100.0, -20.0),  // 2 · 60 = 120 → 100, adjustment −20
                (50.5, 101.0, 100.0, -1.0),  // fractional: 2 · 50.5 = 101 → 100, adjustment −1
            ] as [(Double, Double, Double, Double?)])
        func amountAndLines(outcomes: Double, uncapped: Double, expected: Double, adjustment: Double?) {
            for atCap in CappedPerOutcome.AtCap.allCases {
                let charge = Charge.cappedPerOutcome(Self.model(atCap))
                let usage = MeteredUsage(acceptedOutcomes: outcomes, tasks: 999, attempts: 999)
                #expect(isClose(charge.amount(for: usage), expected))

                let lines = charge.lines(for: usage)
                #expect(
                    lines.first
                        == InvoiceLine(item: .acceptedOutcomes, quantity: outcomes, unitPrice: 2, amount: uncapped))
                if let adjustment {
                    #expect(lines.count == 2)
                    #expect(lines.last?.item == .monthlyCap)
                    #expect(isClose(lines.last?.amount ?? .nan, adjustment))
                } else {
                    #expect(lines.count == 1)
                }
                #expect(isClose(total(of: lines), expected))
            }
        }

        @Test(arguments: [
            // (accepted outcomes, worked fraction when pausing, by hand)
            (0.0, 1.0),  // price · C = 0: nothing to cap
            (30.0, 1.0),  // 60 < 100: under the cap
            (50.0, 1.0),  // 100 = 100: reaching the cap exactly leaves the whole month worked
            (51.0, 50.0 / 51.0),  // 100 / (2 · 51) = 100/102 = 50/51
            (60.0, 5.0 / 6.0),  // 100 / (2 · 60) = 100/120 = 5/6
            (200.0, 0.25),  // 100 / (2 · 200) = 100/400 = 1/4
        ])
        func workedFractionWhenPausing(outcomes: Double, expected: Double) {
            #expect(isClose(Self.model(.pause).workedFraction(acceptedOutcomes: outcomes), expected, tolerance: 1e-15))
            #expect(
                isClose(
                    Charge.cappedPerOutcome(Self.model(.pause)).workedFraction(acceptedOutcomes: outcomes), expected,
                    tolerance: 1e-15))
        }

        @Test(arguments: [0.0, 30.0, 50.0, 51.0, 60.0, 200.0])
        func workedFractionIsOneWhenContinuing(outcomes: Double) {
            // `continue`: past the cap the agent works for free; it never stops.
            #expect(Self.model(.continue).workedFraction(acceptedOutcomes: outcomes) == 1)
            #expect(Charge.cappedPerOutcome(Self.model(.continue)).workedFraction(acceptedOutcomes: outcomes) == 1)
        }

        @Test func workedFractionIsOneWhenThePriceIsZero() {
            // price · C = 0 · 1,000,000 = 0 ≤ cap: no division by zero, the month is worked.
            let free = CappedPerOutcome(price: 0, monthlyCap: 100, atCap: .pause)
            #expect(free.workedFraction(acceptedOutcomes: 1_000_000) == 1)
            #expect(free.amount(for: MeteredUsage(acceptedOutcomes: 1_000_000)) == 0)
        }

        @Test func aPausedOfferIsBilledTheCapOnItsScaledCount() {
            // Full month: 60 outcomes, f = 100/120 = 5/6; the paused offer sees 60 · 5/6 = 50
            // outcomes, which cost 2 · 50 = 100: exactly the cap, with no cap line.
            let charge = Charge.cappedPerOutcome(Self.model(.pause))
            let scaled = MeteredUsage(acceptedOutcomes: 50)
            #expect(charge.amount(for: scaled) == 100)
            #expect(charge.lines(for: scaled).count == 1)
        }

        /// Under `pause` the scaled outcomes × price is the cap up to rounding (here 20,202.02…
        /// × $0.99 = $20,000 ± 10⁻¹¹): one line, carrying the capped amount, and no "monthly
        /// cap $0.00" beside it; the lines add up to the amount exactly.
        @Test(arguments: [20_203.0, 25_000, 30_000, 40_000, 40_001, 123_457, 1_000_000])
        func aPausedOfferHasNoCapLineOfNothing(outcomes: Double) {
            let model = CappedPerOutcome(price: 0.99, monthlyCap: 20_000, atCap: .pause)
            let fraction = model.workedFraction(acceptedOutcomes: outcomes)
            #expect(fraction < 1)
            let scaled = MeteredUsage(acceptedOutcomes: outcomes).scaled(by: fraction)
            let lines = model.lines(for: scaled)
            #expect(lines.map(\.item) == [.acceptedOutcomes])
            #expect(lines.first?.quantity == scaled.acceptedOutcomes)
            #expect(total(of: lines) == model.amount(for: scaled))
            #expect(isClose(model.amount(for: scaled), 20_000))
        }

        /// $0.001 an outcome capped at $10: 10,004 outcomes cost $10.004, whose adjustment of
        /// −$0.004 rounds to $0.00 and is no line; 10,006 cost $10.006, whose −$0.006 rounds to
        /// −$0.01 and is one. Both invoices are $10.00.
        @Test func anAdjustmentBelowHalfACentIsNoLine() {
            let model = CappedPerOutcome(price: 0.001, monthlyCap: 10)
            let below = model.lines(for: MeteredUsage(acceptedOutcomes: 10_004))
            #expect(below == [InvoiceLine(item: .acceptedOutcomes, quantity: 10_004, unitPrice: 0.001, amount: 10)])
            let above = model.lines(for: MeteredUsage(acceptedOutcomes: 10_006))
            #expect(above.map(\.item) == [.acceptedOutcomes, .monthlyCap])
            #expect(isClose(above.first?.amount ?? .nan, 10.006))
            #expect(isClose(above.last?.amount ?? .nan, -0.006))
            #expect(total(of: above) == model.amount(for: MeteredUsage(acceptedOutcomes: 10_006)))
        }

        @Test func billsOnOutcomes() {
            #expect(Charge.cappedPerOutcome(Self.model(.pause)).billsOnOutcomes)
            #expect(Charge.cappedPerOutcome(Self.model(.continue)).billsOnOutcomes)
        }
    }
}
