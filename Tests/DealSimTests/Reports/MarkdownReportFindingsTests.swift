import Testing

@testable import DealSim

extension ReportTests {
    /// Findings: each sentence computed from the numbers, and left out when it does not apply.
    @Suite struct MarkdownReportFindingsTests {
        typealias F = ReportFixtures

        @Test func findingsFollowTheNumbers() {
            let text = MarkdownReport.render(F.twoOffers)
            let present = [
                "- **Per outcome** loses money over 3 months in 23% of trials and has at least one losing month in 60%; "
                    + "at P95 the vendor needs $900 of funding to carry it.\n",
                "- **Flat** has at least one losing month in 10% of trials, although it never loses money over 3 months.\n",
                "- **Per outcome** pays back the vendor's losses in month 2: cumulative expected profit bottoms out at "
                    + "-$300 in month 1.\n",
                "- Under **Per outcome** the vendor's compute costs $0.25 per accepted outcome, 25% of the $1.00 it "
                    + "invoices per accepted outcome (each a mean over trials of the trial's total ÷ its accepted outcomes).\n",
                "- All-human work would cost the buyer $15,000 over 3 months; **Per outcome** saves $6,000 of it (40%) "
                    + "on average, and still $5,400 at P5.\n",
                "- **Flat** costs the buyer $1,500 more than all-human work on average.\n",
            ]
            for sentence in present { #expect(text.contains(sentence), "\(sentence)") }
            // Not applicable here: no training lag, Flat never runs a cumulative loss, its compute
            // is 10% of its price, and some offer loses money.
            for absent in ["training lag", "**Flat** pays back", "Under **Flat**", "No offer loses", "both the cheapest"] {
                #expect(!text.contains(absent), "\(absent)")
            }
        }

        /// The buyer's pick loses the vendor money in more than 5% of trials: said first among the
        /// findings; not said at 5% or below.
        @Test func buyersPickTheVendorMayNotSustain() throws {
            var result = F.twoOffers
            #expect(
                MarkdownReport.render(result).contains(
                    "## Findings\n\n- **Per outcome** is the cheapest for the buyer, but the vendor loses money on it in 23% "
                        + "of trials (expected profit $1,000 over 3 months): a deal the vendor may not sustain.\n"))
            result.offers[0].probabilityOfLoss = 1
            result.offers[0].vendor = "rival"
            result.scenario = try result.scenario.editing {
                $0.offers[0].vendor = "rival"
                $0.vendors.append(Vendor(id: "rival", attemptSuccessRate: .fixed(0.8)))
            }
            #expect(
                MarkdownReport.render(result).contains(
                    "- **Per outcome** is the cheapest for the buyer, but its vendor, rival, loses money on it in every trial "
                        + "(expected profit $1,000 over 3 months): a deal rival may not sustain.\n"))
            result.offers[0].probabilityOfLoss = 0.05
            #expect(!MarkdownReport.render(result).contains("may not sustain"))
        }

        /// Several compute findings: the first says how the figures are defined, once.
        @Test func computeFindingsDefineTheirFiguresOnce() {
            var result = F.twoOffers
            result.offers[1].horizon[HorizonMetric.allCases.firstIndex(of: .computePerOutcome)!] = F.stats(
                0.25, included: 97, excluded: 3)
            let expected: [String] = [
                "- Under **Per outcome** the vendor's compute costs $0.25 per accepted outcome, 25% of the $1.00 it ",
                "invoices per accepted outcome (each a mean over trials of the trial's total ÷ its accepted ",
                "outcomes, here and below).\n- Under **Flat** the vendor's compute costs $0.25 per accepted ",
                "outcome, 50% of the $0.50 it invoices per accepted outcome (3 trials without accepted outcomes ",
                "left out).\n",
            ]
            #expect(MarkdownReport.render(result).contains(expected.joined()))
        }

        /// Offers of one vendor with the same compute cost per accepted outcome share one sentence.
        @Test func sharedComputeCostIsOneSentence() {
            var result = F.twoOffers
            result.offers[1].horizon[HorizonMetric.allCases.firstIndex(of: .computePerOutcome)!] = F.stats(0.25)
            let expected =
                "- Compute costs **agent** $0.25 per accepted outcome under each of these offers: 25% of the $1.00 "
                + "**Per outcome** invoices per accepted outcome and 50% of the $0.50 of **Flat** (each a mean over "
                + "trials of the trial's total ÷ its accepted outcomes).\n"
            let text = MarkdownReport.render(result)
            #expect(text.contains(expected))
            #expect(!text.contains("Under **"))
        }

        @Test func trainingLagFindingOnlyWhenTheLagLosesMoney() {
            func render(lag: Int) -> String {
                let vendor = Vendor(
                    id: "agent", attemptSuccessRate: .fixed(0.8),
                    trainingLag: TrainingLag(months: lag, initialAttemptSuccessRate: .fixed(0.3)))
                var result = F.twoOffers
                result.scenario = F.scenario(offers: result.scenario.offers, vendor: vendor)
                return MarkdownReport.render(result)
            }
            #expect(
                render(lag: 1).contains(
                    "- During the training lag of **agent** (1 month), **Per outcome** costs the vendor $300 before month 2 "
                        + "(expected profit over month 1).\n"))
            // Several offers of the vendor lose during the lag: one sentence names each.
            var both = F.twoOffers
            both.offers[1] = F.offer("Flat", profit: F.bands(3) { _ in (-40, -50, -40, -30) })
            both.scenario = F.scenario(
                offers: both.scenario.offers,
                vendor: Vendor(
                    id: "agent", attemptSuccessRate: .fixed(0.8),
                    trainingLag: TrainingLag(months: 1, initialAttemptSuccessRate: .fixed(0.3))))
            #expect(
                MarkdownReport.render(both).contains(
                    "- During the training lag of **agent** (1 month), **Per outcome** costs the vendor $300 and **Flat** "
                        + "$40.00 before month 2 (expected profit over month 1).\n"))
            // Over 2 months Per outcome earns −300 + 500 > 0; Flat earns every month.
            #expect(!render(lag: 2).contains("training lag of"))
            // A lag longer than the horizon counts the months simulated.
            var result = F.twoOffers
            result.offers[0] = F.offer("Per outcome", profit: F.bands(3) { _ in (-10, -20, -10, 0) })
            result.scenario = F.scenario(
                offers: result.scenario.offers,
                vendor: Vendor(
                    id: "agent", attemptSuccessRate: .fixed(0.8),
                    trainingLag: TrainingLag(months: 6, initialAttemptSuccessRate: .fixed(0.3))))
            #expect(
                MarkdownReport.render(result).contains(
                    "- During the training lag of **agent** (6 months), **Per outcome** costs the vendor $30.00 "
                        + "(expected profit over months 1–3).\n"))
        }

        @Test func allOffersProfitable() {
            var result = F.twoOffers
            result.offers[0].probabilityOfLoss = 0
            result.offers[0].probabilityOfLossMonth = 0
            result.offers[1].probabilityOfLossMonth = 0
            let text = MarkdownReport.render(result)
            #expect(text.contains("- No offer loses money over 3 months in any of its 100 trials.\n"))
            #expect(!text.contains("losing month"))
            #expect(!text.contains("** loses money"))
        }

        @Test func certainLossesSayEveryTrial() {
            var result = F.twoOffers
            result.offers[0].probabilityOfLoss = 0.5
            result.offers[0].probabilityOfLossMonth = 1
            result.offers[1].probabilityOfLoss = 1
            result.offers[1].probabilityOfLossMonth = 1
            let text = MarkdownReport.render(result)
            #expect(
                text.contains(
                    "- **Per outcome** loses money over 3 months in 50% of trials and has at least one losing month in "
                        + "every trial; at P95 the vendor needs $900 of funding to carry it.\n"))
            #expect(text.contains("- **Flat** loses money over 3 months in every trial.\n"))
        }

        @Test func offerThatNeverPaysBack() {
            let losing = F.offer("Losing", profit: F.bands(3) { _ in (-100, -150, -100, -50) })
            let dipping = F.offer("Dipping", profit: F.bands(3) { [(-100.0, 0.0, 0.0, 0.0), (-50, 0, 0, 0), (60, 0, 0, 0)][$0 - 1] })
            let text = MarkdownReport.render(F.result([losing, dipping]))
            #expect(
                text.contains(
                    "- **Losing** has not paid back the vendor's losses after 3 months: cumulative expected profit ends at -$300.\n"))
            #expect(
                text.contains(
                    "- **Dipping** has not paid back the vendor's losses after 3 months: cumulative expected profit ends at -$90.00 "
                        + "after it bottoms out at -$150 in month 2.\n"))
        }

        @Test func sameOfferBestForBoth() {
            var result = F.twoOffers
            result.offers[0].probabilityOfLoss = 0.01
            #expect(
                MarkdownReport.render(result).contains(
                    "- **Per outcome** is both the cheapest for the buyer and the most profitable offer the vendor can "
                        + "accept.\n"))
        }
    }
}
