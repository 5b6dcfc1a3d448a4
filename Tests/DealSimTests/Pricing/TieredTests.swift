import Testing

@testable import DealSim

extension Pricing {
    @Suite struct TieredTests {
        static let starter = Tiered.Tier(name: "Starter", monthlyFee: 100, includedOutcomes: 100)
        static let growth = Tiered.Tier(name: "Growth", monthlyFee: 500, includedOutcomes: 1_000)

        // MARK: A fixed plan

        /// The overage line at $2 an outcome, its amount worked out by hand.
        static func overage(_ quantity: Double, _ amount: Double) -> InvoiceLine {
            InvoiceLine(item: .overageOutcomes, quantity: quantity, unitPrice: 2, amount: amount)
        }

        @Test(
            arguments: [
                // (plan index, accepted outcomes, amount by hand, overage line or nil)
                (0, 0.0, 100.0, nil),  // the fee is due even with no outcomes: 100
                (0, 99.0, 100.0, nil),  // 99 ≤ 100 included: 100
                (0, 100.0, 100.0, nil),  // included exactly met: 100
                (0, 101.0, 102.0, overage(1, 2)),  // one past: 100 + 2 · 1 = 102
                (0, 150.5, 201.0, overage(50.5, 101)),  // fractional: 100 + 2 · 50.5 = 100 + 101 = 201
                (1, 1_000.0, 500.0, nil),  // Growth exactly met: 500
                (1, 1_001.0, 502.0, overage(1, 2)),  // Growth one past: 500 + 2 · 1 = 502
                (1, 101.0, 500.0, nil),  // a fixed plan stays on Growth though Starter would cost 102
            ] as [(Int, Double, Double, InvoiceLine?)])
        func fixedPlan(index: Int, outcomes: Double, expected: Double, overageLine: InvoiceLine?) {
            let tiered = Tiered(tiers: [Self.starter, Self.growth], plan: .tier(index), overagePrice: 2)
            let charge = Charge.tiered(tiered)
            let usage = MeteredUsage(acceptedOutcomes: outcomes, tasks: 5_000, attempts: 6_000)
            #expect(charge.amount(for: usage) == expected)

            let tier = index == 0 ? Self.starter : Self.growth
            let lines = charge.lines(for: usage)
            #expect(
                lines.first
                    == InvoiceLine(
                        item: .planFee(plan: tier.name, includedOutcomes: index == 0 ? 100 : 1_000),
                        amount: tier.monthlyFee))
            if let overageLine {
                #expect(lines.count == 2)
                #expect(lines.last == overageLine)
            } else {
                #expect(lines.count == 1)
            }
            #expect(total(of: lines) == expected)
        }

        // MARK: Cheapest: the crossover between Pro and Enterprise

        static let pro = Tiered.Tier(name: "Pro", monthlyFee: 10_000, includedOutcomes: 15_000)
        static let enterprise = Tiered.Tier(name: "Enterprise", monthlyFee: 20_000, includedOutcomes: 50_000)

        /// Pro costs 10,000 + 0.99 · (C − 15,000) past 15,000 outcomes; Enterprise costs 20,000 up
        /// to 50,000. They are equal where 0.99 · (C − 15,000) = 10,000, that is at
        /// C = 15,000 + 10,000/0.99 = 15,000 + 10,101.0101… = 25,101.0101…: the last whole count
        /// on Pro is 25,101 and the first on Enterprise is 25,102.
        @Test(
            arguments: [
                // (accepted outcomes, billed tier, amount by hand, overage outcomes or nil)
                (0.0, "Pro", 10_000.0, nil),  // Pro 10,000 < Enterprise 20,000
                (15_000.0, "Pro", 10_000.0, nil),  // Pro's included outcomes exactly met
                (15_001.0, "Pro", 10_000.99, 1.0),  // 10,000 + 0.99 · 1 = 10,000.99
                (25_101.0, "Pro", 19_999.99, 10_101.0),  // 10,000 + 9,999.99 < 20,000
                (25_102.0, "Enterprise", 20_000.0, nil),  // Pro: 10,000 + 0.99 · 10,102 = 20,000.98 > 20,000
                (50_000.0, "Enterprise", 20_000.0, nil),  // Enterprise's included exactly met; Pro 44,650
                (50_001.0, "Enterprise", 20_000.99, 1.0),  // Pro: 10,000 + 0.99 · 35,001 = 44,650.99
            ] as [(Double, String, Double, Double?)])
        func cheapestSwitchesAtTheCrossover(outcomes: Double, tierName: String, expected: Double, overage: Double?) {
            let tiered = Tiered(tiers: [Self.pro, Self.enterprise], plan: .cheapest, overagePrice: 0.99)
            let usage = MeteredUsage(acceptedOutcomes: outcomes)
            #expect(tiered.billedTier(acceptedOutcomes: outcomes).name == tierName)
            #expect(isClose(Charge.tiered(tiered).amount(for: usage), expected))

            let lines = Charge.tiered(tiered).lines(for: usage)
            let included = tierName == "Pro" ? 15_000 : 50_000
            #expect(lines.first?.item == .planFee(plan: tierName, includedOutcomes: included))
            #expect(lines.count == (overage == nil ? 1 : 2))
            if let overage { #expect(lines.last?.quantity == overage) }
            #expect(isClose(total(of: lines), expected))
        }

        @Test func cheapestDoesNotDependOnTheOrderWhenThereIsNoTie() {
            let reversed = Tiered(tiers: [Self.enterprise, Self.pro], plan: .cheapest, overagePrice: 0.99)
            // Same crossover as above, the tiers listed the other way round.
            #expect(reversed.billedTier(acceptedOutcomes: 25_101).name == "Pro")
            #expect(reversed.billedTier(acceptedOutcomes: 25_102).name == "Enterprise")
            #expect(isClose(reversed.amount(for: MeteredUsage(acceptedOutcomes: 25_101)), 19_999.99))
        }

        // MARK: Cheapest: ties

        static let small = Tiered.Tier(name: "Small", monthlyFee: 100, includedOutcomes: 10)
        static let large = Tiered.Tier(name: "Large", monthlyFee: 200, includedOutcomes: 1_000)

        /// With overage $1, Small costs 100 + (C − 10) and Large 200: both are 200 at C = 110.
        @Test(arguments: [
            // (tiers in file order, accepted outcomes, billed tier, amount by hand)
            (["Small", "Large"], 109.0, "Small", 199.0),  // 100 + 99 = 199 < 200
            (["Small", "Large"], 110.0, "Small", 200.0),  // 100 + 100 = 200 = 200: the first listed
            (["Large", "Small"], 110.0, "Large", 200.0),  // the same tie, Large listed first
            (["Small", "Large"], 111.0, "Large", 200.0),  // 100 + 101 = 201 > 200
            (["Large", "Small"], 109.0, "Small", 199.0),  // no tie: the order does not matter
        ])
        func tiesGoToTheFirstListedTier(order: [String], outcomes: Double, tierName: String, expected: Double) {
            let tiers = order.map { $0 == "Small" ? Self.small : Self.large }
            let tiered = Tiered(tiers: tiers, plan: .cheapest, overagePrice: 1)
            #expect(tiered.billedTier(acceptedOutcomes: outcomes).name == tierName)
            #expect(tiered.amount(for: MeteredUsage(acceptedOutcomes: outcomes)) == expected)
            let lines = tiered.lines(for: MeteredUsage(acceptedOutcomes: outcomes))
            let included = tierName == "Small" ? 10 : 1_000
            #expect(lines.first?.item == .planFee(plan: tierName, includedOutcomes: included))
            #expect(total(of: lines) == expected)
        }

        @Test func billsOnOutcomesAndNeverPauses() {
            let charge = Charge.tiered(Tiered(tiers: [Self.starter], plan: .tier(0), overagePrice: 2))
            #expect(charge.billsOnOutcomes)
            #expect(charge.workedFraction(acceptedOutcomes: 1_000_000) == 1)
        }
    }
}
