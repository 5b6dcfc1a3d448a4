import Testing

@testable import DealSim

extension ReportTests {
    /// The tables for the vendor and the buyer: what each figure means, and what is left out.
    @Suite struct MarkdownReportTablesTests {
        typealias F = ReportFixtures

        @Test func excludedTrialsAreStated() {
            var result = F.twoOffers
            let text = MarkdownReport.render(result)
            #expect(
                text.contains(
                    "The P5–P95 of the margin of **Per outcome** leaves out 12 of 100 trials, which have no revenue, and is "
                        + "taken over the other 88."))
            #expect(!text.contains("margin of **Flat**"))
            var withCompute = result
            withCompute.offers[0] = F.offer(
                "Per outcome",
                horizon: [
                    .invoicePerOutcome: F.stats(1, included: 97, excluded: 3),
                    .computePerOutcome: F.stats(0.5, included: 97, excluded: 3),
                ])
            #expect(
                MarkdownReport.render(withCompute).contains(
                    "- Under **Per outcome** the vendor's compute costs $0.50 per accepted outcome, 50% of the $1.00 it "
                        + "invoices per accepted outcome (each a mean over trials of the trial's total ÷ its accepted "
                        + "outcomes; 3 trials without accepted outcomes left out).\n"))
            result.offers[1] = F.offer("Flat")  // every statistic undefined
            let empty = MarkdownReport.render(result)
            #expect(empty.contains("The margin of **Flat** is undefined: no trial has any revenue."))
            #expect(empty.contains("| Flat | n/a | n/a | n/a | 0% | 0% | n/a |"))
        }

        /// The margin shown is expected profit ÷ expected revenue, so that it never contradicts the
        /// profit beside it; the mean of per-trial margins (in the CSV) can: here it is -13%
        /// beside a positive profit. Its P5–P95 are the per-trial margins'.
        @Test func marginIsExpectedProfitOverExpectedRevenue() {
            var result = F.twoOffers
            result.offers[0] = F.offer(
                "Share",
                horizon: [
                    .vendorRevenue: F.stats(294_769, p5: 81_609, p95: 681_515),
                    .vendorProfit: F.stats(71_294, p5: -152_625, p95: 456_388),
                    .margin: F.stats(-0.13, p5: -1.77, p95: 0.68),
                ])
            let text = MarkdownReport.render(result)
            #expect(text.contains("| Share | $294,769 ($81,609–$681,515) | $71,294 (-$152,625 to $456,388) | 24% (-177% to 68%) |"))
            #expect(text.contains("| Flat | $1,500 ($1,500–$1,500) | $300 ($200–$400) | 20% (13%–27%) |"))
            #expect(!text.contains("-13%"))
            #expect(
                text.contains(
                    "Margin is expected profit ÷ expected revenue, so it agrees with the two columns before it; in "
                        + "parentheses are the P5 and P95 of each trial's margin (its profit ÷ its revenue over 3 months)."))
            #expect(text.contains("Cost per accepted outcome is expected total cost ÷ expected accepted outcomes."))
            // Without expected revenue the margin is undefined, whatever the trials say.
            result.offers[0] = F.offer(
                "Share", horizon: [.vendorRevenue: F.stats(0), .vendorProfit: F.stats(-50), .margin: F.stats(nil, included: 0)])
            #expect(MarkdownReport.render(result).contains("| Share | $0 | -$50.00 | n/a |"))
        }

        /// With a human cost of 0 in every trial there is no all-human baseline: no row, no
        /// savings column, no sentence about savings or human work.
        @Test func zeroHumanCostDropsTheBaseline() {
            var result = F.twoOffers
            result.baseline = F.stats(0, se: 0, p5: 0, p50: 0, p95: 0)
            result.offers[0].probabilityOfLoss = 0.01  // best for both: that sentence stays
            let text = MarkdownReport.render(result)
            #expect(
                text.contains(
                    "| Offer | Expected total cost (P5–P95) | Accepted outcomes | Cost per accepted outcome | "
                        + "Highest monthly bill (P95) |\n| --- | ---: | ---: | ---: | ---: |\n"
                        + "| Per outcome | $9,000 ($8,500–$9,600) | 1,000 | $9.00 | $1,300 (month 3) |\n"))
            for absent in ["| All-human work |", "Net savings", "$0 ($0–$0)", "human work it leaves", "saves", "at the human cost"] {
                #expect(!text.contains(absent), "\(absent)")
            }
            #expect(
                text.contains(
                    "- **For the buyer: Per outcome.** It has the lowest expected total cost, $9,000 over 3 months, $7,500 "
                        + "less than the next cheapest, **Flat**.\n"))
            #expect(
                text.contains(
                    "Total cost over 3 months is the invoice: the human cost per task is $0 in every trial, so the work the "
                        + "agent leaves undone costs the buyer nothing and there are no savings against all-human work to "
                        + "show."))
            #expect(text.contains("- **Per outcome** is both the cheapest for the buyer and the most profitable offer"))
            #expect(MarkdownReportTests.tablesAreWellFormed(text))
        }

        /// A training lag that starts above the trained success rate is accepted, and noted
        /// under the vendor table: fixed rates exactly, distributions by their means (the
        /// Beta(6, 4) mean 60% above 50%; the PERT [0.3, 0.5, 0.7] mean 50% below 60%). A
        /// lag that rises, or that lasts 0 months, is not noted.
        @Test(
            arguments: [
                (
                    Distribution.fixed(0.5), Distribution.fixed(0.6), 3,
                    "Vendor **agent** starts at a success rate above its trained one: 60% falling to 50% over 3 months."
                ),
                (
                    .fixed(0.5), .beta(alpha: 6, beta: 4), 1,
                    "Vendor **agent** starts at a success rate above its trained one: a mean of 60% falling to 50% over 1 month."
                ),
                (
                    .pert(min: 0.3, mode: 0.5, max: 0.7), .fixed(0.6), 2,
                    "Vendor **agent** starts at a success rate above its trained one: 60% falling to a mean of 50% over 2 months."
                ),
                (.fixed(0.5), .fixed(0.4), 3, nil),
                (.fixed(0.5), .fixed(0.5), 3, nil),
                (.pert(min: 0.3, mode: 0.5, max: 0.7), .fixed(0.6), 0, nil),
            ] as [(Distribution, Distribution, Int, String?)])
        func fallingTrainingLagIsNoted(trained: Distribution, initial: Distribution, months: Int, note: String?) {
            let vendor = Vendor(
                id: "agent", attemptSuccessRate: trained, costPerAttempt: .fixed(0.1),
                trainingLag: TrainingLag(months: months, initialAttemptSuccessRate: initial))
            let result = F.result(
                [F.offer("Per outcome")],
                scenario: F.scenario(
                    offers: [Offer(name: "Per outcome", vendor: "agent", charges: [.perOutcome(PerOutcome(price: 1))])], vendor: vendor))
            let text = MarkdownReport.render(result)
            if let note {
                #expect(text.contains(" |\n\n\(note)\n\n### Offers\n"), "right under the vendor table")
            } else {
                #expect(!text.contains("above its trained one"))
            }
        }

        /// The funding needed once payment terms are counted has a column of its own beside the
        /// funding needed, with the terms in the cell, when some offer is paid on terms; an
        /// offer paid in the month shows its funding needed again. Without payment terms the
        /// column would repeat the one before it, and is left out.
        @Test func cashFundingColumnOnlyWithPaymentTerms() {
            let plain = MarkdownReport.render(F.twoOffers)
            #expect(plain.contains("| P(loss) | P(a loss month) | Funding needed (P95) |\n"))
            #expect(!plain.contains("paid on terms"))
            var result = F.twoOffers(terms: DealTerms(paymentTermsDays: 45))
            F.set(.maxCashDeficit, F.stats(1_800, p5: 1_000, p95: 2_500), of: &result.offers[0])
            F.set(.maxCashDeficit, F.stats(0, p5: 0, p95: 0), of: &result.offers[1])
            let text = MarkdownReport.render(result)
            #expect(
                text.contains(
                    "| P(loss) | P(a loss month) | Funding needed (P95) | Funding needed, paid on terms (P95) |\n"
                        + "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n"))
            #expect(text.contains("| 23% | 60% | $900 | $2,500 (net 45) |\n"))
            #expect(text.contains("| 0% | 10% | $0 | $0 |\n"))
            #expect(
                text.contains(
                    "Funding needed, paid on terms, is the P95 of the deepest cumulative cash shortfall: each invoice counts "
                        + "in the month the buyer pays it (net 30 the month after the month it bills, net 45 two months after), "
                        + "the vendor's costs in the month they arise, and an invoice paid after month 3 not at all; for an "
                        + "offer paid in the month it bills, it equals funding needed. The P5–P95 of the margin"))
            #expect(MarkdownReportTests.tablesAreWellFormed(text))
        }

        /// With a monthly budget the buyer's table ends with P(over budget) and the expected
        /// months over budget of the horizon's, the all-human row has a dash in each, and the
        /// workload's assumptions state the budget. Without one, none of it.
        @Test func budgetColumnsOnlyWithABudget() {
            let plain = MarkdownReport.render(F.twoOffers)
            for absent in ["budget", "Budget"] { #expect(!plain.contains(absent), "\(absent)") }
            var result = F.twoOffers(monthlyBudget: 1_000)
            result.offers[0].probabilityOverBudget = 0.62
            F.set(.monthsOverBudget, F.stats(1.24, p5: 0, p95: 3), of: &result.offers[0])
            F.set(.monthsOverBudget, F.stats(0, p5: 0, p95: 0), of: &result.offers[1])
            let text = MarkdownReport.render(result)
            #expect(
                text.contains(
                    "| Highest monthly bill (P95) | P(over budget) | Months over budget (expected) |\n"
                        + "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n"))
            #expect(text.contains("| $1,300 (month 3) | 62% | 1.2 of 3 |\n"))
            #expect(text.contains("| $500 (month 1) | 0% | 0 of 3 |\n"))
            #expect(text.contains("| All-human work | $15,000 ($15,000–$15,000) | — | — | — | — | — | — |\n"))
            #expect(
                text.contains(
                    "P(over budget) is the share of trials in which the invoice exceeds the buyer's budget of $1,000 in at "
                        + "least one month; months over budget is the expected number of such months in a trial, of 3.\n"))
            #expect(text.contains("| Buyer's budget | $1,000 a month for the vendor's invoices |\n"))
            #expect(MarkdownReportTests.tablesAreWellFormed(text))
            // Without human cost the two columns still close the table.
            result.baseline = F.stats(0, se: 0, p5: 0, p50: 0, p95: 0)
            let noHuman = MarkdownReport.render(result)
            #expect(noHuman.contains("| Per outcome | $9,000 ($8,500–$9,600) | 1,000 | $9.00 | $1,300 (month 3) | 62% | 1.2 of 3 |\n"))
            #expect(MarkdownReportTests.tablesAreWellFormed(noHuman))
        }

        /// The expected months over budget: one decimal, whole numbers exactly, a mean that would
        /// round to 0 as "<0.1".
        @Test(
            arguments: [
                (0.0, "0"), (2.34, "2.3"), (2.35, "2.4"), (24, "24"), (23.98, "24.0"), (0.04, "<0.1"), (0.05, "0.1"),
                (1_234.5, "1,234.5"),
            ] as [(Double, String)])
        func expectedMonths(_ months: Double, _ text: String) {
            let page = RunReport.Page(result: F.twoOffers, scenarioPath: "s.json")
            #expect(page.expectedMonths(months) == text)
        }
    }
}
