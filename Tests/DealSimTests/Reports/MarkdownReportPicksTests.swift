import Testing

@testable import DealSim

extension ReportTests {
    /// Which offer: the picks for the vendor(s) and the buyer, and the most predictable bill.
    @Suite struct MarkdownReportPicksTests {
        typealias F = ReportFixtures

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
        @Test func predictableBillAndTheBuyersTotalCost() throws {
            var result = F.twoOffers
            result.offers[1].monthly[MonthlyMetric.buyerCost.index] = F.bands(3) { _ in (5_500, 4_000, 5_500, 7_000) }
            result.scenario = try result.scenario.editing { $0.offers[1].buyerCosts = BuyerCosts(perMonth: .fixed(100)) }
            #expect(
                MarkdownReport.render(result).contains(
                    "month 1. The invoice is only 9.1% of the buyer's expected total cost under **Flat** ($1,500 of "
                        + "$16,500); with the buyer's own costs and the human work, its total monthly cost has a P5–P95 range "
                        + "of up to 55% of the month's mean (month 1). **Per outcome** has the most predictable total monthly "
                        + "cost: a P5–P95 range of up to 20% of the month's mean (month 1).\n"))
            // Another offer's total that is steadier by less than a tenth is not named.
            result.offers[0].monthly[MonthlyMetric.buyerCost.index] = F.bands(3) { _ in (10_000, 7_300, 10_000, 12_300) }
            #expect(
                MarkdownReport.render(result).contains(
                    "its total monthly cost has a P5–P95 range of up to 55% of the month's mean (month 1).\n"))
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

        /// Two vendors with one offer each: no pick for "the vendor" (their profits belong to
        /// different companies), but each one's expected profit and P(loss) in one sentence.
        @Test func severalVendorsAreNamed() throws {
            var result = F.twoOffers
            result.offers[1].vendor = "rival"
            result.scenario = try result.scenario.editing {
                $0.offers[1].vendor = "rival"
                $0.vendors.append(Vendor(id: "rival", attemptSuccessRate: .beta(alpha: 16, beta: 4)))
            }
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
        @Test func bestOfferForEachVendorWithAChoice() throws {
            var result = F.twoOffers
            let rival = F.offer(
                "Rival deal", vendor: "rival", horizon: [.vendorProfit: F.stats(5_000), .buyerCost: F.stats(20_000)],
                pLoss: 0.04)
            result.offers.append(rival)
            result.scenario = try result.scenario.editing {
                $0.offers.append(Offer(name: "Rival deal", vendor: "rival", charges: [.fixedFee(FixedFee(monthly: 1))]))
                $0.vendors.append(Vendor(id: "rival", attemptSuccessRate: .fixed(0.5)))
            }
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
    }
}
