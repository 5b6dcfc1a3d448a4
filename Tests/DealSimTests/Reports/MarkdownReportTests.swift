import Testing

@testable import DealSim

extension ReportTests {
    @Suite struct MarkdownReportTests {
        typealias F = ReportFixtures

        /// The number of `|` in a line that are not escaped by a backslash.
        static func unescapedPipes(_ line: Substring) -> Int {
            var count = 0, escaped = false
            for character in line {
                if escaped { escaped = false } else if character == "\\" { escaped = true } else if character == "|" { count += 1 }
            }
            return count
        }

        /// Every table's rows have as many cells as its header.
        static func tablesAreWellFormed(_ text: String) -> Bool {
            var expected: Int?
            for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
                guard line.hasPrefix("|") else {
                    expected = nil
                    continue
                }
                let pipes = unescapedPipes(line)
                if expected == nil { expected = pipes } else if pipes != expected { return false }
            }
            return true
        }

        /// Whether every `<` and `>` is escaped, so that no HTML tag can open.
        static func everyAngleBracketIsEscaped(_ text: String) -> Bool {
            var previous: Character = " "
            for character in text {
                if character == "<" || character == ">", previous != "\\" { return false }
                previous = character
            }
            return true
        }

        /// Whether the text holds "nan" or "inf" as a word (not inside "finance" or "info").
        static func holdsNonFinite(_ text: String) -> Bool {
            text.lowercased().split(whereSeparator: { !$0.isLetter }).contains { ["nan", "inf", "infinity"].contains($0) }
        }

        @Test func whichOfferStatesThePicksWithTheirNumbers() {
            let text = MarkdownReport.render(F.twoOffers)
            let expected: [String] = [
                "## Which offer\n\n",
                "- **For the vendor: Flat.** It has the highest expected profit, $300 over 3 months, of the offers ",
                "that lose money in at most 5% of trials (it never does). **Per outcome** earns more on average ",
                "($1,000) but loses money in 23% of trials.\n",
                "- **For the buyer: Per outcome.** It has the lowest expected total cost, $9,000 over 3 months ",
                "including the human work it leaves, $7,500 less than the next cheapest, **Flat**.\n",
                "- **Most predictable bill (the vendor's invoice): Flat.** Its monthly bill is the same at P5 and P95 in ",
                "every month. The least predictable, **Per outcome**, has a P5–P95 range of 50% of its mean bill in ",
                "month 1. The invoice is only 9.1% of the buyer's expected total cost under **Flat** ($1,500 of ",
                "$16,500); with the human work, its total monthly cost has a P5–P95 range of up to 20% of the month's ",
                "mean (month 1).\n",
            ]
            #expect(text.contains(expected.joined()))
        }

        /// "Most predictable bill" is about the invoice; when the invoice is under half of what
        /// the buyer pays in all, the spread of the total monthly cost is given too, and the offer
        /// whose total is more predictable is named.
        @Test func predictableBillAndTheBuyersTotalCost() {
            var result = F.twoOffers
            result.offers[1].monthly[MonthlyMetric.buyerCost.index] = F.bands(3) { _ in (5_500, 4_000, 5_500, 7_000) }
            result.scenario.offers[1].buyerCosts = BuyerCosts(perMonth: .fixed(100))
            #expect(
                MarkdownReport.render(result).contains(
                    "month 1. The invoice is only 9.1% of the buyer's expected total cost under **Flat** ($1,500 of "
                        + "$16,500); with the buyer's own costs and the human work, its total monthly cost has a P5–P95 range "
                        + "of up to 55% of the month's mean (month 1). **Per outcome** has the most predictable total monthly "
                        + "cost: a P5–P95 range of up to 20% of the month's mean (month 1).\n"))
            // The invoice is most of the buyer's cost: nothing more to say.
            result.offers[1].horizon[HorizonMetric.allCases.firstIndex(of: .buyerCost)!] = F.stats(2_000)
            let text = MarkdownReport.render(result)
            #expect(text.contains("has a P5–P95 range of 50% of its mean bill in month 1.\n"))
            #expect(!text.contains("total monthly cost"))
        }

        @Test func vendorPickWhenNoOfferIsSafe() {
            var result = F.twoOffers
            result.offers[1].probabilityOfLoss = 0.1
            #expect(
                MarkdownReport.render(result).contains(
                    "- **For the vendor: Flat.** Every offer loses money in more than 5% of trials; this one least often "
                        + "(10%), with an expected profit of $300.\n"))
        }

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
        @Test func buyersPickTheVendorMayNotSustain() {
            var result = F.twoOffers
            #expect(
                MarkdownReport.render(result).contains(
                    "## Findings\n\n- **Per outcome** is the cheapest for the buyer, but the vendor loses money on it in 23% "
                        + "of trials (expected profit $1,000 over 3 months): a deal the vendor may not sustain.\n"))
            result.offers[0].probabilityOfLoss = 1
            result.offers[0].vendor = "rival"
            result.scenario.offers[0].vendor = "rival"
            #expect(
                MarkdownReport.render(result).contains(
                    "- **Per outcome** is the cheapest for the buyer, but its vendor, rival, loses money on it in every trial "
                        + "(expected profit $1,000 over 3 months): a deal rival may not sustain.\n"))
            result.offers[0].probabilityOfLoss = 0.05
            #expect(!MarkdownReport.render(result).contains("may not sustain"))
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
            #expect(Self.tablesAreWellFormed(text))
        }

        @Test func pipesInNamesDoNotBreakTables() {
            let vendor = Vendor(id: "v|1", attemptSuccessRate: .fixed(0.5))
            var result = F.result([F.offer("A|B", vendor: "v|1"), F.offer("C | D", vendor: "v|1")])
            result.scenario = F.scenario(
                offers: [
                    Offer(name: "A|B", vendor: "v|1", charges: [.fixedFee(FixedFee(monthly: 1))]),
                    Offer(name: "C | D", vendor: "v|1", charges: [.fixedFee(FixedFee(monthly: 1))]),
                ],
                vendor: vendor)
            let text = MarkdownReport.render(result)
            #expect(text.contains("| A\\|B | v\\|1 | $1 a month | none | none |"))
            #expect(text.contains("| C \\| D |"))
            #expect(Self.tablesAreWellFormed(text))
            #expect(Self.tablesAreWellFormed(MarkdownReport.render(F.twoOffers)))
        }

        @Test func namesCannotInjectMarkdownOrHTML() {
            let names = ["<img src=x onerror=alert(1)>", "`rm -rf`", "**bold** [x](http://x)", "=HYPERLINK(\"http://x\")"]
            var result = F.result(names.map { F.offer($0) })
            result.scenario.title = "Deal <b>|</b> # 1"
            result.scenario.description = "Costs: estimates.\n- from the <i>vendor</i>\n\n# not a heading"
            let text = MarkdownReport.render(result)
            #expect(
                text.hasPrefix(
                    "# Deal \\<b\\>\\|\\</b\\> \\# 1\n\nCosts: estimates.\n\\- from the \\<i\\>vendor\\</i\\>\n\n\\# not a heading\n\n"))
            #expect(Self.everyAngleBracketIsEscaped(text))
            #expect(text.contains("\\<img src=x onerror=alert(1)\\>"))
            #expect(text.contains("\\`rm -rf\\`"))
            #expect(text.contains("\\*\\*bold\\*\\* \\[x\\](http://x)"))
            #expect(text.contains("| =HYPERLINK(\"http://x\") |"))
            #expect(Self.tablesAreWellFormed(text))
        }

        @Test func headerSaysHowToReproduce() {
            let text = MarkdownReport.render(F.twoOffers)
            #expect(
                text.hasPrefix(
                    "# Hand-made\n\n100 trials over 3 months, seed 7, amounts in USD. Reproduce with "
                        + "`dealsim run scenarios/hand-made.json --seed 7 --trials 100`.\n\n## Which offer"))
        }

        @Test func singleOfferHasNoChoice() {
            var result = F.twoOffers
            result.offers.removeFirst()
            result.scenario.offers.removeFirst()
            result.offers[0].probabilityOfLossMonth = 0
            let text = MarkdownReport.render(result)
            #expect(!text.contains("## Which offer"))
            #expect(text.contains("- **Flat** does not lose money over 3 months in any of its 100 trials.\n"))
        }

        /// Two vendors with one offer each: no pick for "the vendor" (their profits belong to
        /// different companies), but each one's expected profit and P(loss) in one sentence.
        @Test func severalVendorsAreNamed() {
            var result = F.twoOffers
            result.offers[1].vendor = "rival"
            result.scenario.offers[1].vendor = "rival"
            result.scenario.vendors.append(Vendor(id: "rival", attemptSuccessRate: .beta(alpha: 16, beta: 4)))
            let text = MarkdownReport.render(result)
            #expect(!text.contains("**For the vendor:") && !text.contains("For its vendor"))
            #expect(
                text.contains(
                    "## Which offer\n\n- **For the vendors:** each has a single offer, so there is none to choose, and "
                        + "their profits, which belong to different companies, are not ranked: agent expects $1,000 over 3 "
                        + "months from **Per outcome** and loses money on it in 23% of trials; rival expects $300 from "
                        + "**Flat** and never loses money on it.\n- **For the buyer: Per outcome.**"))
            #expect(text.contains("| Flat (rival) | $1,500 ($1,500–$1,500) |"))
            #expect(text.contains("### Vendors\n\n| Assumption | agent | rival |"))
            #expect(text.contains("| Attempt success rate, once trained | 80% | Beta(16, 4), mean 80% |"))
        }

        /// A vendor with two offers gets its pick, compared only with its own offers; the vendor
        /// with one offer gets the one sentence.
        @Test func bestOfferForEachVendorWithAChoice() {
            var result = F.twoOffers
            let rival = F.offer(
                "Rival deal", vendor: "rival", horizon: [.vendorProfit: F.stats(5_000), .buyerCost: F.stats(20_000)],
                pLoss: 0.04)
            result.offers.append(rival)
            result.scenario.offers.append(Offer(name: "Rival deal", vendor: "rival", charges: [.fixedFee(FixedFee(monthly: 1))]))
            result.scenario.vendors.append(Vendor(id: "rival", attemptSuccessRate: .fixed(0.5)))
            let text = MarkdownReport.render(result)
            let expected: [String] = [
                "- **For agent: Flat.** It has the highest expected profit, $300 over 3 months, of the offers of agent ",
                "that lose money in at most 5% of trials (it never does). **Per outcome** earns agent more on ",
                "average ($1,000) but loses money in 23% of trials.\n",
                "- **The vendor with a single offer** has none to choose: rival expects $5,000 over 3 months from ",
                "**Rival deal** and loses money on it in 4% of trials.\n",
            ]
            #expect(text.contains(expected.joined()))
            #expect(!text.contains("For rival"))
            // None of agent's offers is safe.
            result.offers[1].probabilityOfLoss = 0.1
            #expect(
                MarkdownReport.render(result).contains(
                    "- **For agent: Flat.** Every offer of agent loses money in more than 5% of trials; this one least "
                        + "often (10%), with an expected profit of $300.\n"))
        }

        @Test func implementationFeeNamedInTheHighestBill() {
            var result = F.twoOffers
            result.scenario.offers[1].terms = DealTerms(freeMonths: 1, implementationFee: 500)
            let text = MarkdownReport.render(result)
            #expect(text.contains("| $500 (month 1, with the implementation fee) |"))
            #expect(text.contains("| Flat | agent | $1 per accepted outcome | first month free; implementation fee $500 | none |"))
        }

        @Test func everyPricingModelIsDescribedInTheReport() {
            let charges: [Charge] = [
                .perOutcome(PerOutcome(price: 0.99)),
                .cappedPerOutcome(CappedPerOutcome(price: 0.99, monthlyCap: 15_000)),
                .tiered(
                    Tiered(tiers: [.init(name: "Pro", monthlyFee: 10_000, includedOutcomes: 15_000)], plan: .tier(0), overagePrice: 0.99)),
                .graduated(Graduated(metric: .outcomes, mode: .volume, brackets: [.init(upTo: nil, unitPrice: 2)])),
                .subscriptionPlusBonus(SubscriptionPlusBonus(monthlyFee: 5_000, bonus: 10_000, target: 100)),
                .revenueShare(RevenueShare(percent: 1, basis: .revenue)),
                .perTask(PerTask(price: 0.5)),
                .perAttempt(PerAttempt(price: 0.1)),
                .costPlus(CostPlus(markup: 0.3)),
                .perSeat(PerSeat(seats: 3, pricePerSeat: 40)),
                .fixedFee(FixedFee(monthly: 500)),
            ]
            let offers = charges.enumerated().map { Offer(name: "Offer \($0)", vendor: "agent", charges: [$1]) }
            var result = F.result(offers.map { F.offer($0.name) })
            result.scenario = F.scenario(offers: offers)
            let text = MarkdownReport.render(result)
            for (index, charge) in charges.enumerated() {
                #expect(text.contains("| Offer \(index) | agent | \(charge.words(currency: "USD")) | none | none |"))
            }
        }

        @Test func rendersAreIdenticalAndFinite() {
            let degenerate = F.result([F.offer("Nothing", accepted: F.stats(nil, included: 0, excluded: 100))], baseline: F.stats(nil))
            for result in [F.twoOffers, degenerate] {
                let text = MarkdownReport.render(result)
                #expect(text == MarkdownReport.render(result))
                #expect(!Self.holdsNonFinite(text))
                #expect(text.hasSuffix("\n") && !text.hasSuffix("\n\n"))
                #expect(Self.tablesAreWellFormed(text))
            }
        }
    }
}
