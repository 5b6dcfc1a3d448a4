import Testing

@testable import DealSim

extension ReportTests {
    /// A deal that changes over time or ends early (MODEL §9) in the report: its assumptions'
    /// rows and the rule after the buyer leaves, the findings about a cost trend, churn and a
    /// minimum term, and the deal's length under the vendor table. Each finding said at its
    /// threshold and not just below it, and none of it in a report without §9.
    @Suite struct MarkdownReportOverTimeTests {
        typealias F = ReportFixtures

        static let perOutcome = Charge.perOutcome(PerOutcome(price: 1))

        /// A 36-month scenario of one vendor "agent" ($0.10 an attempt, its cost falling 3% a
        /// month) with `offers`, under 2% monthly churn unless `churn` says otherwise.
        static func scenario(
            offers: [Offer], churn: Distribution? = .fixed(0.02), seasonality: [Double]? = nil,
            vendor: Vendor = Vendor(
                id: "agent", attemptSuccessRate: .fixed(0.8), costPerAttempt: .fixed(0.1), costPerAttemptTrend: .fixed(-0.03)),
            others: [Vendor] = []
        ) -> Scenario {
            .valid {
                try Scenario(
                    name: "over-time", title: "Over time", horizonMonths: 36, trials: 100, seed: 7,
                    workload: Workload(
                        tasksPerMonth: .fixed(1_000), monthlyGrowth: .fixed(0.01), humanCostPerTask: .fixed(5),
                        seasonality: seasonality, monthlyChurn: churn),
                    vendors: [vendor] + others, offers: offers)
            }
        }

        /// An offer result over 36 months with an expected profit, its P(loss), and the deal
        /// ending early in 49% of trials after 28.3 months on average.
        static func result(_ name: String, profit: Double = 1_000, pLoss: Double = 0.1) -> OfferResult {
            var offer = F.offer(name, months: 36, horizon: [.vendorProfit: F.stats(profit)], pLoss: pLoss)
            offer.probabilityEndsEarly = 0.49
            F.set(.dealMonths, F.stats(28.3, p5: 3, p95: 36), of: &offer)
            return offer
        }

        static func render(_ offers: [OfferResult], _ scenario: Scenario) -> String {
            MarkdownReport.render(F.result(offers, scenario: scenario))
        }

        // MARK: Assumptions

        @Test func assumptionsSayTheSeasonTheChurnAndTheTrends() {
            let vendor = Vendor(
                id: "agent", attemptSuccessRate: .fixed(0.6), costPerAttempt: .fixed(0.1),
                trainingLag: TrainingLag(months: 3, initialAttemptSuccessRate: .fixed(0.3)), costPerAttemptTrend: .fixed(-0.03),
                failureRateTrend: .fixed(-0.05))
            let offers = [
                Offer(name: "Per outcome", vendor: "agent", charges: [Self.perOutcome]),
                Offer(
                    name: "Term", vendor: "agent", charges: [Self.perOutcome],
                    terms: DealTerms(minimumTermMonths: 12, earlyTerminationFee: 20_000)),
            ]
            let scenario = Self.scenario(offers: offers, seasonality: ChangeOverTimeWordsTests.retail, vendor: vendor)
            let text = Self.render([Self.result("Per outcome"), Self.result("Term")], scenario)
            for row in [
                "| Tasks per month | 1,000 in an average month at the start; seasonality below |",
                "| Seasonality | volume peaks in month 12 of each year at 1.5× the average month, lowest in months 2–3 at 0.85× |",
                "| Buyer leaves | with a 2% chance at the end of each month: half of the deals end by month 35 |",
                "| Cost per attempt trend | falls 3% a month, to $0.03 by month 36 (from $0.10) |",
                "| Failure rate trend | the agent's failures shrink 5% a month after the lag; its attempt success rate rises from "
                    + "60% in month 4 to 92% in month 36 |",
                "| Term | agent | $1 per accepted outcome | a 12-month minimum term with a $20,000 early termination fee | none |",
            ] {
                #expect(text.contains(row + "\n"), "\(row)")
            }
            #expect(
                text.contains(
                    "\nAfter the buyer leaves, no invoice and no vendor cost (its fixed cost included): the buyer's work is all "
                        + "done by hand at the human cost per task, and counts in its total cost. An early termination fee is "
                        + "billed with the invoice of the deal's last month when the buyer leaves before the minimum term.\n"))
            #expect(MarkdownReportTests.tablesAreWellFormed(text))
        }

        /// The rule after the buyer leaves names the buyer's own costs when an offer has some,
        /// and no fee when none can apply; without churn there is no rule and no row.
        @Test func theRuleAfterTheBuyerLeaves() {
            let own = Offer(
                name: "Per outcome", vendor: "agent", charges: [Self.perOutcome], buyerCosts: BuyerCosts(perMonth: .fixed(50)))
            let text = Self.render([Self.result("Per outcome")], Self.scenario(offers: [own]))
            #expect(
                text.contains(
                    "\nAfter the buyer leaves, no invoice and no vendor cost (its fixed cost included), nor any of the buyer's "
                        + "own costs of running the offer: the buyer's work is all done by hand at the human cost per task, and "
                        + "counts in its total cost.\n"))
            let plain = Self.render(
                [Self.result("Per outcome")],
                Self.scenario(offers: [Offer(name: "Per outcome", vendor: "agent", charges: [Self.perOutcome])], churn: nil))
            for absent in ["After the buyer leaves", "Buyer leaves", "Seasonality", "ends the deal", "end early"] {
                #expect(!plain.contains(absent), "\(absent)")
            }
            #expect(plain.contains("| Tasks per month | 1,000 in month 1 |"))
        }

        /// A vendor without a trend reads "none" beside one with a trend.
        @Test func vendorsWithoutATrendReadNone() {
            let steady = Vendor(id: "steady", attemptSuccessRate: .fixed(0.8), costPerAttempt: .fixed(0.1))
            let scenario = Self.scenario(
                offers: [
                    Offer(name: "A", vendor: "agent", charges: [Self.perOutcome]),
                    Offer(name: "B", vendor: "steady", charges: [Self.perOutcome]),
                ], others: [steady])
            var b = Self.result("B")
            b.vendor = "steady"
            let text = Self.render([Self.result("A"), b], scenario)
            #expect(text.contains("| Cost per attempt trend | falls 3% a month, to $0.03 by month 36 (from $0.10) | none |\n"))
            #expect(!text.contains("Failure rate trend"))
        }

        // MARK: The deal's length

        @Test func theDealsLengthUnderTheVendorTable() {
            let offers = ["A", "B"].map { Offer(name: $0, vendor: "agent", charges: [Self.perOutcome]) }
            let text = Self.render([Self.result("A"), Self.result("B")], Self.scenario(offers: offers))
            #expect(
                text.contains(
                    " The buyer ends the deal before month 36 in 49% of trials, the same under every offer (each sees the same "
                        + "buyer); a deal runs 28.3 months on average (P5–P95 3–36)."))
            let one = Self.render([Self.result("A")], Self.scenario(offers: [offers[0]]))
            #expect(
                one.contains(" The buyer ends the deal before month 36 in 49% of trials; a deal runs 28.3 months on average (P5–P95 3–36).")
            )
        }

        // MARK: Churn

        /// Deals that end early losing the vendor money in `early` of them, those that run to
        /// the horizon in `full`, under "A" (and "B" with `second`).
        static func churned(
            _ early: Double?, _ full: Double?, second: (Double?, Double?)? = nil, churn: Distribution? = .fixed(0.02)
        ) -> String {
            var a = Self.result("A")
            (a.overTime.probabilityOfLossEndingEarly, a.overTime.probabilityOfLossRunningFull) = (early, full)
            var offers = [a]
            if let second {
                var b = Self.result("B")
                (b.overTime.probabilityOfLossEndingEarly, b.overTime.probabilityOfLossRunningFull) = second
                offers.append(b)
            }
            let scenarioOffers = offers.map { Offer(name: $0.name, vendor: "agent", charges: [Self.perOutcome]) }
            return Self.render(offers, Self.scenario(offers: scenarioOffers, churn: churn))
        }

        /// Said when the deals that end early lose money in more than 5% of them and at least
        /// twice as often as those that run to the horizon.
        @Test func dealsThatEndEarlyLoseMoreOften() {
            #expect(
                Self.churned(0.31, 0.002).contains(
                    "- Under **A** the vendor loses money in 31% of the deals that end early (they do 49% of the time; a deal "
                        + "runs 28.3 months on average) against 0.2% of those that run 36 months.\n"))
            #expect(Self.churned(0.06, 0.03).contains("- Under **A** the vendor loses money in 6% of the deals that end early"))
            #expect(!Self.churned(0.06, 0.0301).contains("end early"))
            #expect(!Self.churned(0.05, 0).contains("end early"))
            #expect(
                Self.churned(0.31, 0, second: (0.15, 0.01)).contains(
                    "- The vendor loses money in more of the deals that end early (they do 49% of the time; a deal runs 28.3 "
                        + "months on average) than of those that run 36 months: 31% against 0% under **A** and 15% against 1% "
                        + "under **B**.\n"))
            #expect(
                Self.churned(0.31, 0, second: (0.04, 0)).contains(
                    "- Under **A** the vendor loses money in 31% of the deals that end early"))
            // No deal ran the horizon, or none ended early: nothing to compare.
            #expect(!Self.churned(0.31, nil).contains("end early"))
            #expect(!Self.churned(nil, 0).contains("end early"))
            // Without churn, whatever the figures.
            #expect(!Self.churned(0.31, 0, churn: nil).contains("end early"))
        }

        // MARK: The minimum term

        static let term = DealTerms(freeMonths: 3, minimumTermMonths: 12, earlyTerminationFee: 10_000)

        /// "Free" and "Term" (the same but for a 12-month term and $10,000 fee, 20% of deals
        /// paying it: $2,000 on average), or "Term" beside an offer of another price.
        static func withTerm(twin: Bool = true, meanFee: Double = 2_000, churn: Distribution? = .fixed(0.02)) -> String {
            var free = Self.result("Free", pLoss: 0.15)
            var term = Self.result("Term", pLoss: 0.077)
            term.overTime.meanTerminationFee = meanFee
            free.overTime.meanTerminationFee = 0
            let price = twin ? Self.perOutcome : .perOutcome(PerOutcome(price: 0.9))
            let offers = [
                Offer(name: "Free", vendor: "agent", charges: [price], terms: DealTerms(freeMonths: 3)),
                Offer(name: "Term", vendor: "agent", charges: [Self.perOutcome], terms: Self.term),
            ]
            return Self.render([free, term], Self.scenario(offers: offers, churn: churn))
        }

        @Test func theEarlyTerminationFee() {
            #expect(
                Self.withTerm().contains(
                    "- The $10,000 early termination fee of **Term** brings in $2,000 per deal on average (20% of the deals end "
                        + "before month 12 and pay it); with it the vendor's P(loss) is 7.7% against 15% for **Free**, the same "
                        + "offer without it.\n"))
            // No offer differs only by the term: the share of the deals ending early (49%) that pay it.
            #expect(
                Self.withTerm(twin: false).contains(
                    "- The $10,000 early termination fee of **Term** brings in $2,000 per deal on average: 20% of the deals end "
                        + "before month 12 and pay it, 41% of those that end early.\n"))
            #expect(
                Self.withTerm(meanFee: 0).contains(
                    "- The $10,000 early termination fee of **Term** is never paid: no deal ends before month 12 in any trial.\n"))
            // Without churn a fee is never billed, and not spoken of.
            #expect(!Self.withTerm(churn: nil).contains("brings in"))
        }

        // MARK: A cost trend

        /// "Per outcome" and "Cost plus" of one vendor whose compute per accepted outcome goes
        /// from `first` in the first year to `last` in the last, the trend saving `saved`.
        static func trended(
            first: Double, last: Double, saved: Double? = 250, costPlus: Bool = true,
            vendor: Vendor = Vendor(
                id: "agent", attemptSuccessRate: .fixed(0.8), costPerAttempt: .fixed(0.1), costPerAttemptTrend: .fixed(-0.03))
        ) -> String {
            var offers = [Self.result("Per outcome", profit: 1_000), Self.result("Cost plus", profit: 400)]
            for index in offers.indices {
                offers[index].overTime.computePerOutcomeFirstYear = first
                offers[index].overTime.computePerOutcomeLastYear = last
                offers[index].overTime.meanComputeSavedByCostTrend = saved
            }
            let plus = costPlus ? Charge.costPlus(CostPlus(markup: 2)) : .perTask(PerTask(price: 0.5))
            let scenario = Self.scenario(
                offers: [
                    Offer(name: "Per outcome", vendor: "agent", charges: [Self.perOutcome]),
                    Offer(name: "Cost plus", vendor: "agent", charges: [.fixedFee(FixedFee(monthly: 100)), plus]),
                ], churn: nil, vendor: vendor)
            return Self.render(offers, scenario)
        }

        /// Said when compute per accepted outcome changes by at least 10% of the first
        /// year's; who keeps the change, and what the trend saves against each keeper's profit.
        @Test func whoKeepsAFallingComputeCost() {
            let falling: String =
                "- Compute per accepted outcome falls from $0.20 in the first year to $0.10 in the last (expected compute "
                + "cost ÷ expected accepted outcomes over each 12 months): **Per outcome** keeps the gain, its price not "
                + "tied to compute, while **Cost plus** (compute cost plus 200%) passes it on to the buyer. The falling "
                + "cost per attempt saves the vendor $250 of compute on average (against month 1's cost per attempt "
                + "throughout), 25% of the expected profit of **Per outcome**.\n"
            #expect(Self.trended(first: 0.2, last: 0.1).contains(falling))
            #expect(Self.trended(first: 0.2, last: 0.18).contains("- Compute per accepted outcome falls from $0.20"))
            #expect(!Self.trended(first: 0.2, last: 0.1801).contains("Compute per accepted outcome"))
            // Without cost-plus both keep the gain, each saving a share of its own profit.
            let both: String =
                ": **Per outcome** and **Cost plus** keep the gain, their prices not tied to compute. The falling cost per "
                + "attempt saves the vendor $250 of compute on average (against month 1's cost per attempt throughout), "
                + "25% of the expected profit of **Per outcome** and 63% of **Cost plus**.\n"
            #expect(Self.trended(first: 0.2, last: 0.1, costPlus: false).contains(both))
            // A training lag or a failure-rate trend moves the figure too, and is said.
            let learning = Vendor(
                id: "agent", attemptSuccessRate: .fixed(0.8), costPerAttempt: .fixed(0.1),
                trainingLag: TrainingLag(months: 3, initialAttemptSuccessRate: .fixed(0.3)), costPerAttemptTrend: .fixed(-0.03))
            #expect(
                Self.trended(first: 0.2, last: 0.1, vendor: learning).contains(
                    " over each 12 months), as attempts get cheaper and the agent succeeds more often: **Per outcome** keeps"))
            var drifting = learning
            drifting.failureRateTrend = .fixed(0.01)
            #expect(
                Self.trended(first: 0.2, last: 0.1, vendor: drifting).contains(
                    " over each 12 months), as attempts get cheaper and the agent's success rate changes: **Per outcome** keeps"))
            // Without the saving, the first sentence alone.
            #expect(Self.trended(first: 0.2, last: 0.1, saved: nil).contains("passes it on to the buyer.\n"))
        }

        @Test func whoBearsARisingComputeCost() {
            let rising: String =
                "- Compute per accepted outcome rises from $0.10 in the first year to $0.12 in the last (expected compute "
                + "cost ÷ expected accepted outcomes over each 12 months): **Per outcome** bears the rise, its price not "
                + "tied to compute, while **Cost plus** (compute cost plus 200%) passes it on to the buyer. The rising "
                + "cost per attempt costs the vendor $80.00 more compute on average (against month 1's cost per attempt "
                + "throughout).\n"
            #expect(Self.trended(first: 0.1, last: 0.12, saved: -80).contains(rising))
        }

        /// A report without §9 keeps its words: no row, note or finding of a deal over time.
        @Test func nothingWithoutChangeOverTime() {
            let text = MarkdownReport.render(F.twoOffers)
            for absent in [
                "Seasonality", "Buyer leaves", "trend", "ends the deal", "end early", "termination fee", "minimum term",
                "seasonality below",
            ] {
                #expect(!text.contains(absent), "\(absent)")
            }
            #expect(text.contains("| Tasks per month | 1,000 in month 1 |"))
        }
    }
}
