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
    }
}
