import Testing

@testable import DealSim

extension ReportTests {
    /// Every kind of invoice item in words: the exact text `dealsim quote` prints for it.
    @Suite struct InvoiceItemWordsTests {
        @Test(
            arguments: [
                // Charges on metered quantities.
                (InvoiceItem.acceptedOutcomes, "accepted outcomes"),
                (.tasksHandled, "tasks handled"),
                (.attempts, "attempts"),
                (.seats, "seats"),
                (.fixedMonthlyFee, "fixed monthly fee"),
                (.overageOutcomes, "overage outcomes"),
                (.subscription, "subscription"),
                (.computeCost, "compute cost"),
                // Tiered: the plan's name as spelled, its included outcomes grouped by thousands.
                (.planFee(plan: "Pro", includedOutcomes: 1_000), "Pro plan fee (1,000 outcomes included)"),
                (.planFee(plan: "Starter", includedOutcomes: 0), "Starter plan fee (0 outcomes included)"),
                (.planFee(plan: "A|B, \"c\"", includedOutcomes: 1_000_000), "A|B, \"c\" plan fee (1,000,000 outcomes included)"),
                // Graduated: each metric, bounds grouped by thousands, "over" without a limit.
                (.bracketUnits(metric: .outcomes, above: 0, upTo: 10), "outcomes in bracket 0–10"),
                (.bracketUnits(metric: .tasks, above: 10, upTo: 2_000), "tasks in bracket 10–2,000"),
                (.bracketUnits(metric: .attempts, above: 2_000, upTo: nil), "attempts in bracket over 2,000"),
                (.bracketUnits(metric: .outcomes, above: 0, upTo: nil), "outcomes in bracket over 0"),
                (.bracketFlatFee(above: 0, upTo: 10), "flat fee of bracket 0–10"),
                (.bracketFlatFee(above: 1_500, upTo: 1_501), "flat fee of bracket 1,500–1,501"),
                (.bracketFlatFee(above: 20, upTo: nil), "flat fee of bracket over 20"),
                // SubscriptionPlusBonus: the target grouped by thousands.
                (.bonus(target: 500), "bonus (500 outcomes reached)"),
                (.bonus(target: 1_200), "bonus (1,200 outcomes reached)"),
                // RevenueShare: the percent in full, no ".0", no grouping.
                (.share(percent: 40, basis: .savings), "40% of savings"),
                (.share(percent: 12.5, basis: .revenue), "12.5% of revenue"),
                (.share(percent: 0, basis: .revenue), "0% of revenue"),
                (.share(percent: 0.3, basis: .savings), "0.3% of savings"),
                (.share(percent: 1_234.5, basis: .revenue), "1234.5% of revenue"),
                (.share(percent: 100.0 / 3, basis: .savings), "33.333333333333336% of savings"),
                // CostPlus: the markup percent in full.
                (.markup(percent: 25), "markup 25% on compute"),
                (.markup(percent: 12.5), "markup 12.5% on compute"),
                (.markup(percent: 0.12345), "markup 0.12345% on compute"),
                (.markup(percent: 1_234.56789), "markup 1234.56789% on compute"),
                // Adjustments and deal terms.
                (.monthlyMinimum, "monthly minimum"),
                (.monthlyCap, "monthly cap"),
                (.freeMonth(month: 2, of: 3), "free month 2 of 3"),
                (.freeMonth(month: 1, of: 1), "free month 1 of 1"),
                (.freeMonth(month: 12, of: 1_200), "free month 12 of 1200"),
                (.implementationFee, "implementation fee"),
            ] as [(InvoiceItem, String)])
        func words(item: InvoiceItem, words: String) {
            #expect(item.words(currency: "USD") == words)
        }

        /// The items the models build read as the invoice lines always have: the model's
        /// numbers reach the words unchanged.
        @Test func itemsOfTheModelsInWords() {
            func words(_ charge: Charge, _ usage: MeteredUsage) -> [String] {
                charge.lines(for: usage).map { $0.item.words(currency: "USD") }
            }
            let usage = MeteredUsage(
                acceptedOutcomes: 21_000, tasks: 30_000, attempts: 45_000, revenue: 10_000, savings: 20_000, computeCost: 900)
            let tiers = [Tiered.Tier(name: "Pro", monthlyFee: 10_000, includedOutcomes: 15_000)]
            #expect(
                words(.tiered(Tiered(tiers: tiers, plan: .cheapest, overagePrice: 0.99)), usage)
                    == ["Pro plan fee (15,000 outcomes included)", "overage outcomes"])
            let brackets: [Graduated.Bracket] = [
                .init(upTo: 10_000, unitPrice: 1, flatFee: 5), .init(upTo: nil, unitPrice: 0.5, flatFee: 7),
            ]
            #expect(
                words(.graduated(Graduated(metric: .tasks, mode: .graduated, brackets: brackets)), usage) == [
                    "tasks in bracket 0–10,000", "flat fee of bracket 0–10,000", "tasks in bracket over 10,000",
                    "flat fee of bracket over 10,000",
                ])
            #expect(
                words(.subscriptionPlusBonus(SubscriptionPlusBonus(monthlyFee: 1_000, bonus: 500, target: 20_000)), usage)
                    == ["subscription", "bonus (20,000 outcomes reached)"])
            #expect(
                words(.revenueShare(RevenueShare(percent: 40, basis: .savings, monthlyCap: 1_000)), usage)
                    == ["40% of savings", "monthly cap"])
            #expect(words(.costPlus(CostPlus(markup: 0.07)), usage) == ["compute cost", "markup 7% on compute"])
            #expect(
                words(.cappedPerOutcome(CappedPerOutcome(price: 1, monthlyCap: 100)), usage)
                    == ["accepted outcomes", "monthly cap"])
            let terms = DealTerms(freeMonths: 3, minimumMonthly: 1_000, implementationFee: 5_000)
            func words(month: Int) -> [String] {
                terms.lines(charges: Array(repeating: 600, count: month), horizonMonths: 12).map { $0.item.words(currency: "USD") }
            }
            #expect(words(month: 1) == ["free month 1 of 3", "implementation fee"])
            #expect(words(month: 4) == ["monthly minimum"])
        }
    }
}
