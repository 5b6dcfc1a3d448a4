import Testing

@testable import DealSim

extension ReportTests {
    /// Findings about the terms beyond the month's price: the cash gap under payment terms, a
    /// wallet's bill above its bundle, a commitment's true-ups, the buyer's budget. Each said
    /// at its threshold, and not just below it.
    @Suite struct MarkdownReportTermsFindingsTests {
        typealias F = ReportFixtures

        /// ``twoOffers`` with "Per outcome" paid on `days`, its funding needed `accounts` and
        /// paid on terms `cash` (P95), and its expected revenue `revenue` over 3 months.
        static func paidOnTerms(days: Int = 45, accounts: Double, cash: Double, revenue: Double = 3_000) -> String {
            var result = F.twoOffers(terms: DealTerms(paymentTermsDays: days))
            F.set(.maxDeficit, F.stats(accounts / 2, p5: 0, p95: accounts), of: &result.offers[0])
            F.set(.maxCashDeficit, F.stats(cash / 2, p5: 0, p95: cash), of: &result.offers[0])
            F.set(.vendorRevenue, F.stats(revenue, p5: revenue, p95: revenue), of: &result.offers[0])
            F.set(.maxCashDeficit, F.stats(0, p5: 0, p95: 0), of: &result.offers[1])
            return MarkdownReport.render(result)
        }

        /// The cash shortfall is said when it is at least 1.5 times the accounts' deficit and
        /// deeper by at least half the average monthly invoice.
        @Test func cashGapUnderPaymentTerms() {
            #expect(
                Self.paidOnTerms(accounts: 900, cash: 2_500).contains(
                    "- Paid net 45, **Per outcome** needs $2,500 of funding, not the $900 its monthly accounts suggest: the "
                        + "buyer pays each month's invoice 2 months later, while the vendor pays its costs as they arise "
                        + "(P95 of the deepest cumulative shortfall).\n"))
            // The ratio: 1.5 × $900 = $1,350 (revenue $600, so half a month is $100).
            #expect(Self.paidOnTerms(accounts: 900, cash: 1_350, revenue: 600).contains("- Paid net 45, **Per outcome** needs $1,350"))
            #expect(!Self.paidOnTerms(accounts: 900, cash: 1_349, revenue: 600).contains("Paid net"))
            // The difference: half of $3,000 ÷ 3 months is $500.
            #expect(
                Self.paidOnTerms(days: 30, accounts: 0, cash: 500).contains(
                    "- Paid net 30, **Per outcome** needs $500 of funding, though its monthly accounts never run a deficit: "
                        + "the buyer pays each month's invoice the month after, while the vendor pays its costs as they arise "
                        + "(P95 of the deepest cumulative shortfall).\n"))
            #expect(!Self.paidOnTerms(days: 30, accounts: 0, cash: 499).contains("Paid net"))
            // Paid in the month: no such finding, whatever the figures.
            var result = F.twoOffers
            F.set(.maxCashDeficit, F.stats(2_500, p95: 2_500), of: &result.offers[0])
            #expect(!MarkdownReport.render(result).contains("Paid net"))
        }

        /// `charges` as the one offer "Bundle" of a 3-month scenario whose invoice P95 is 1,000
        /// a month but `peak` in month `month`.
        static func bundle(
            _ charges: [Charge], terms: DealTerms = DealTerms(), peak: Double, month: Int = 3, firstMonth: Double = 1_000
        ) -> String {
            let invoice = F.bands(3) { m in
                let p95 = m == month ? peak : m == 1 ? firstMonth : 1_000
                return (1_000, 1_000, 1_000, p95)
            }
            let scenario = F.scenario(offers: [Offer(name: "Bundle", vendor: "agent", charges: charges, terms: terms)])
            return MarkdownReport.render(F.result([F.offer("Bundle", invoice: invoice)], scenario: scenario))
        }

        static let topUps = Charge.credits(
            Credits(
                monthlyFee: 1_000, creditsPerMonth: 1_000, creditsPerOutcome: 1, whenExhausted: .topUp(credits: 500, price: 400)))

        /// A wallet's bill 25% or more above what the offer is sold for a month, at P95.
        @Test func walletBillAboveItsBundle() {
            #expect(
                Self.bundle([Self.topUps], peak: 1_250).contains(
                    "- **Bundle** is sold as $1,000 a month, but in 1 trial in 20 its bill reaches $1,250 in month 3: the "
                        + "top-up packs of 500 credits for $400 bought when the credits run out.\n"))
            #expect(!Self.bundle([Self.topUps], peak: 1_249.99).contains("is sold as"))
            // Overage, and a fixed fee beside the wallet: sold as the sum of both.
            let overage = Charge.credits(
                Credits(monthlyFee: 800, creditsPerMonth: 1_000, creditsPerOutcome: 1, whenExhausted: .overage(price: 0.5)))
            #expect(
                Self.bundle([overage, .fixedFee(FixedFee(monthly: 200))], peak: 1_300, month: 2).contains(
                    "- **Bundle** is sold as $1,000 a month, but in 1 trial in 20 its bill reaches $1,300 in month 2: the "
                        + "overage at $0.50 per credit beyond the balance.\n"))
            // The implementation fee in month 1 is not the wallet's doing.
            let fee = DealTerms(implementationFee: 5_000)
            #expect(!Self.bundle([Self.topUps], terms: fee, peak: 1_000, firstMonth: 6_200).contains("is sold as"))
            #expect(Self.bundle([Self.topUps], terms: fee, peak: 1_000, firstMonth: 6_250).contains("reaches $1,250 in month 1"))
            // Not said when something else moves the bill, or when the wallet pauses.
            let pause = Charge.credits(Credits(monthlyFee: 1_000, creditsPerMonth: 1_000, creditsPerOutcome: 1, whenExhausted: .pause))
            for charges in [[Self.topUps, .perOutcome(PerOutcome(price: 0.1))], [pause]] {
                #expect(!Self.bundle(charges, peak: 5_000).contains("is sold as"))
            }
            let committed = DealTerms(commitment: Commitment(amount: 3_000, periodMonths: 3))
            #expect(!Self.bundle([Self.topUps], terms: committed, peak: 5_000).contains("is sold as"))
        }

        /// What the offer is sold for a month: wallets' fees, fixed fees and seats, raised to the
        /// minimum; none when another charge bills by usage.
        @Test func fixedMonthlyPrice() {
            func offer(_ charges: [Charge], minimum: Double? = nil) -> Offer {
                Offer(name: "o", vendor: "agent", charges: charges, terms: DealTerms(minimumMonthly: minimum))
            }
            let seats = Charge.perSeat(PerSeat(seats: 3, pricePerSeat: 50))
            #expect(offer([Self.topUps, seats]).fixedMonthlyPrice == 1_150)
            #expect(offer([Self.topUps], minimum: 2_000).fixedMonthlyPrice == 2_000)
            #expect(
                offer([Self.topUps, .package(Package(metric: .tasks, unitsPerPackage: 10, pricePerPackage: 1))]).fixedMonthlyPrice == nil)
        }

        /// A commitment's expected true-ups at 25% or more of the offer's expected revenue.
        @Test func trueUpsCarryTheRevenue() {
            func render(trueUps: Double, commitment: Commitment? = Commitment(amount: 3_000, periodMonths: 3)) -> String {
                var result = F.twoOffers(terms: DealTerms(commitment: commitment))
                result.offers[0].meanTrueUps = trueUps
                return MarkdownReport.render(result)
            }
            #expect(
                render(trueUps: 750).contains(
                    "- True-ups carry 25% of the vendor's expected revenue under **Per outcome** ($750 of $3,000 over 3 "
                        + "months): the buyer pays for capacity it does not use, committed at $3,000 every 3 months.\n"))
            #expect(!render(trueUps: 749).contains("True-ups"))
            #expect(
                render(trueUps: 2_000, commitment: Commitment(amount: 1_000, periodMonths: 1)).contains(
                    "committed at $1,000 every month.\n"))
            #expect(!render(trueUps: 2_000, commitment: nil).contains("True-ups"))
        }

        /// With a budget: how often each offer goes over it, then those that never do; one
        /// sentence when none does; nothing without a budget.
        @Test func budgetFindings() {
            var result = F.twoOffers(monthlyBudget: 1_000)
            result.offers[0].probabilityOverBudget = 0.62
            F.set(.monthsOverBudget, F.stats(1.24), of: &result.offers[0])
            F.set(.monthsOverBudget, F.stats(0), of: &result.offers[1])
            var text = MarkdownReport.render(result)
            #expect(
                text.contains(
                    "- **Per outcome** goes over the $1,000 budget in 62% of trials, 1.2 months in 3 on average.\n"
                        + "- **Flat** stays within the $1,000 budget in every month of every trial.\n"))
            result.offers[0].probabilityOverBudget = 1
            F.set(.monthsOverBudget, F.stats(1), of: &result.offers[0])
            result.offers[1].probabilityOverBudget = 0.03
            F.set(.monthsOverBudget, F.stats(0.03), of: &result.offers[1])
            text = MarkdownReport.render(result)
            #expect(
                text.contains(
                    "- **Per outcome** goes over the $1,000 budget in every trial, 1 month in 3 on average.\n"
                        + "- **Flat** goes over the $1,000 budget in 3% of trials, <0.1 months in 3 on average.\n"))
            #expect(!text.contains("stays within"))
            result.offers[0].probabilityOverBudget = 0
            result.offers[1].probabilityOverBudget = 0
            #expect(
                MarkdownReport.render(result).contains(
                    "- No offer's bill goes over the buyer's $1,000 budget in any month of any trial.\n"))
            let single = F.result(
                [F.offer("Per outcome")],
                scenario: F.scenario(
                    offers: [Offer(name: "Per outcome", vendor: "agent", charges: [.perOutcome(PerOutcome(price: 1))])],
                    monthlyBudget: 1_000))
            #expect(
                MarkdownReport.render(single).contains(
                    "- The bill of **Per outcome** never goes over the buyer's $1,000 budget in any month of any trial.\n"))
            #expect(!MarkdownReport.render(F.twoOffers).contains("budget"))
        }

        /// A run through ``Simulation`` with every new construct: a wallet that tops up, a
        /// package under an annual commitment paid net 45, a per-outcome offer, and a budget.
        /// Every table is whole, no figure is missing, and the findings that the scenario is
        /// built to show are there.
        @Test func simulatedRunWithEveryTerm() {
            let scenario = Scenario.valid {
                try Scenario(
                    name: "terms", title: "Terms", horizonMonths: 12, trials: 300, seed: 5,
                    workload: Workload(
                        tasksPerMonth: .fixed(1_000), monthlyGrowth: .fixed(0.05), volumeVolatility: .fixed(0.1),
                        humanCostPerTask: .fixed(5), monthlyBudget: 900),
                    vendors: [
                        Vendor(
                            id: "agent", attemptSuccessRate: .beta(alpha: 16, beta: 4), costPerAttempt: .fixed(0.1),
                            fixedCostPerMonth: .fixed(250))
                    ],
                    offers: [
                        .agent("Per resolution", .perOutcome(PerOutcome(price: 0.99))),
                        .agent(
                            "Credit bundle",
                            .credits(
                                Credits(
                                    monthlyFee: 600, creditsPerMonth: 800, creditsPerOutcome: 1, rollover: .upTo(100),
                                    whenExhausted: .topUp(credits: 200, price: 150)))),
                        Offer(
                            name: "Annual commitment", vendor: "agent",
                            charges: [.package(Package(metric: .outcomes, unitsPerPackage: 100, pricePerPackage: 40))],
                            terms: DealTerms(commitment: Commitment(amount: 12_000, periodMonths: 12), paymentTermsDays: 45)),
                    ])
            }
            let result = Simulation(scenario: scenario, seed: 5, trials: 300).run(threads: 2)
            let text = MarkdownReport.render(result)
            #expect(MarkdownReportTests.tablesAreWellFormed(text))
            #expect(!MarkdownReportTests.holdsNonFinite(text) && !text.contains("n/a"))
            for sentence in [
                "Funding needed, paid on terms (P95) |", "(net 45) |", "| P(over budget) | Months over budget (expected) |",
                "- Paid net 45, **Annual commitment** needs ", "- True-ups carry ", "- **Credit bundle** is sold as $600 a month",
                "- **Per resolution** goes over the $900 budget in ", "| Buyer's budget | $900 a month for the vendor's invoices |",
            ] {
                #expect(text.contains(sentence), "\(sentence)")
            }
            ReportTests.HTMLWriterTests.checkPage(HTMLWriter.render(RunReport.document(result)), "terms")
        }
    }
}
