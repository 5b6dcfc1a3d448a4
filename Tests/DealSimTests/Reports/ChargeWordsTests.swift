import Testing

@testable import DealSim

extension ReportTests {
    /// Every pricing model, deal term and buyer cost in words: the exact phrase a report shows.
    @Suite struct ChargeWordsTests {
        func words(_ charge: Charge, currency: String = "USD") -> String { charge.words(currency: currency).plainText }

        @Test func perOutcome() {
            #expect(words(.perOutcome(PerOutcome(price: 0.99))) == "$0.99 per accepted outcome")
        }

        @Test func cappedPerOutcome() {
            #expect(
                words(.cappedPerOutcome(CappedPerOutcome(price: 0.99, monthlyCap: 15_000)))
                    == "$0.99 per accepted outcome, capped at $15,000 a month")
            #expect(
                words(.cappedPerOutcome(CappedPerOutcome(price: 100, monthlyCap: 50_000, atCap: .pause)))
                    == "$100 per accepted outcome, capped at $50,000 a month "
                    + "(the agent pauses at the cap and humans take the rest of the month)")
        }

        @Test func tieredOnOnePlan() {
            let tiers = [
                Tiered.Tier(name: "Pro", monthlyFee: 10_000, includedOutcomes: 15_000),
                Tiered.Tier(name: "Enterprise", monthlyFee: 20_000, includedOutcomes: 50_000),
            ]
            #expect(
                words(.tiered(Tiered(tiers: tiers, plan: .tier(0), overagePrice: 0.99)))
                    == "Pro plan: $10,000 a month including 15,000 outcomes, $0.99 each beyond")
            #expect(
                words(.tiered(Tiered(tiers: tiers, plan: .cheapest, overagePrice: 0)))
                    == "whichever plan costs less each month: Pro ($10,000 a month including 15,000 outcomes) or "
                    + "Enterprise ($20,000 a month including 50,000 outcomes), no charge beyond")
            // A plan's name comes from the scenario: a literal run, which each writer escapes.
            let odd = Tiered.Tier(name: "A|B <i>", monthlyFee: 1, includedOutcomes: 1)
            #expect(
                Charge.tiered(Tiered(tiers: [odd], plan: .cheapest, overagePrice: 2)).words(currency: "USD")
                    == ReportText([.literal("A|B <i>"), .text(" plan: $1 a month including 1 outcome, $2 each beyond")]))
        }

        @Test func graduatedAndVolume() {
            let graduated = Graduated(
                metric: .outcomes, mode: .graduated,
                brackets: [
                    .init(upTo: 10, unitPrice: 10, flatFee: 2), .init(upTo: 20, unitPrice: 5, flatFee: 3),
                    .init(upTo: nil, unitPrice: 5, flatFee: 3),
                ])
            #expect(
                words(.graduated(graduated))
                    == "accepted outcomes priced by bracket: up to 10 at $10 each plus a flat $2; "
                    + "11–20 at $5 each plus a flat $3; over 20 at $5 each plus a flat $3")
            let volume = Graduated(
                metric: .tasks, mode: .volume,
                brackets: [
                    .init(upTo: 100, unitPrice: 2, flatFee: 10), .init(upTo: 101, unitPrice: 1),
                    .init(upTo: nil, unitPrice: 0.5, flatFee: 50),
                ])
            #expect(
                words(.graduated(volume))
                    == "tasks, all at the price of the bracket the month's total falls in: up to 100 at $2 each plus a "
                    + "flat $10; 101 at $1 each; over 101 at $0.50 each plus a flat $50")
            let single = Graduated(metric: .attempts, mode: .graduated, brackets: [.init(upTo: nil, unitPrice: 0.1)])
            #expect(words(.graduated(single)) == "attempts priced by bracket: every one at $0.10 each")
        }

        @Test func subscriptionPlusBonus() {
            #expect(
                words(.subscriptionPlusBonus(SubscriptionPlusBonus(monthlyFee: 5_000, bonus: 10_000, target: 100)))
                    == "$5,000 a month plus a $10,000 bonus in any month with at least 100 accepted outcomes")
            #expect(
                words(.subscriptionPlusBonus(SubscriptionPlusBonus(monthlyFee: 5, bonus: 1, target: 1)))
                    == "$5 a month plus a $1 bonus in any month with at least 1 accepted outcome")
        }

        @Test func revenueShare() {
            #expect(words(.revenueShare(RevenueShare(percent: 1, basis: .revenue))) == "1% of attributed revenue")
            #expect(
                words(.revenueShare(RevenueShare(percent: 12.5, basis: .savings, monthlyMinimum: 1_000)))
                    == "12.5% of savings, at least $1,000 a month")
            #expect(
                words(.revenueShare(RevenueShare(percent: 2, basis: .savings, monthlyCap: 5_000)))
                    == "2% of savings, capped at $5,000 a month")
            #expect(
                words(.revenueShare(RevenueShare(percent: 15, basis: .savings, monthlyCap: 5_000, monthlyMinimum: 1_000)))
                    == "15% of savings, at least $1,000 and at most $5,000 a month")
        }

        @Test func perTaskPerAttemptCostPlus() {
            #expect(words(.perTask(PerTask(price: 0.5))) == "$0.50 per task handled, resolved or not")
            #expect(words(.perAttempt(PerAttempt(price: 0.1))) == "$0.10 per attempt")
            #expect(words(.costPlus(CostPlus(markup: 0.3))) == "compute cost plus 30%")
        }

        @Test func perSeatAndFixedFee() {
            #expect(words(.perSeat(PerSeat(seats: 12, pricePerSeat: 50))) == "12 seats at $50 a month each")
            #expect(words(.perSeat(PerSeat(seats: 1, pricePerSeat: 50))) == "1 seat at $50 a month")
            #expect(words(.fixedFee(FixedFee(monthly: 500))) == "$500 a month")
            #expect(words(.fixedFee(FixedFee(monthly: 500)), currency: "CHF") == "CHF 500 a month")
        }

        @Test func chargesAddWithPlus() {
            let offer = Offer(
                name: "Hybrid", vendor: "agent",
                charges: [.fixedFee(FixedFee(monthly: 500)), .perOutcome(PerOutcome(price: 0.5))])
            #expect(offer.pricingWords(currency: "USD") == "$500 a month plus $0.50 per accepted outcome")
        }

        /// Charges whose words hold a clause of their own (", resolved or not", ", capped at …",
        /// a list of brackets, a "plus" of their own) are set apart by a semicolon, so that no clause reads as part of
        /// the next charge; thousands separators ("$10,000") do not count.
        @Test func chargesWithCommasAreSetApartBySemicolons() {
            func pricing(_ charges: [Charge]) -> String {
                Offer(name: "x", vendor: "agent", charges: charges).pricingWords(currency: "USD").plainText
            }
            let share = Charge.revenueShare(RevenueShare(percent: 15, basis: .savings))
            #expect(
                pricing([.perTask(PerTask(price: 0.5)), share])
                    == "$0.50 per task handled, resolved or not; plus 15% of savings")
            #expect(
                pricing([share, .perTask(PerTask(price: 0.5))])
                    == "15% of savings; plus $0.50 per task handled, resolved or not")
            #expect(
                pricing([.fixedFee(FixedFee(monthly: 10_000)), .cappedPerOutcome(CappedPerOutcome(price: 0.99, monthlyCap: 15_000))])
                    == "$10,000 a month; plus $0.99 per accepted outcome, capped at $15,000 a month")
            let brackets = Charge.graduated(
                Graduated(metric: .tasks, mode: .graduated, brackets: [.init(upTo: 10, unitPrice: 1), .init(upTo: nil, unitPrice: 0.5)]))
            #expect(
                pricing([brackets, .fixedFee(FixedFee(monthly: 500))])
                    == "tasks priced by bracket: up to 10 at $1 each; over 10 at $0.50 each; plus $500 a month")
            #expect(
                pricing([.fixedFee(FixedFee(monthly: 500)), .perAttempt(PerAttempt(price: 0.1)), share])
                    == "$500 a month plus $0.10 per attempt plus 15% of savings")
            #expect(
                pricing([.fixedFee(FixedFee(monthly: 500)), .costPlus(CostPlus(markup: 0.3))])
                    == "$500 a month; plus compute cost plus 30%")
            #expect(
                pricing([.fixedFee(FixedFee(monthly: 10_000)), .perOutcome(PerOutcome(price: 0.5))])
                    == "$10,000 a month plus $0.50 per accepted outcome")
        }

        @Test func terms() {
            #expect(DealTerms().words(currency: "USD") == nil)
            #expect(DealTerms(freeMonths: 1).words(currency: "USD") == "first month free")
            #expect(
                DealTerms(freeMonths: 2, minimumMonthly: 1_000, monthlyCap: 20_000, implementationFee: 5_000)
                    .words(currency: "USD")
                    == "first 2 months free; implementation fee $5,000; minimum $1,000 a month; "
                    + "bill capped at $20,000 a month")
        }

        /// A minimum term with its fee; a term without a fee costs nothing to break; a fee
        /// without a term, or with a 1-month term that every deal lasts, never applies.
        @Test func minimumTermAndEarlyTerminationFee() {
            #expect(
                DealTerms(minimumTermMonths: 12, earlyTerminationFee: 20_000).words(currency: "USD")
                    == "a 12-month minimum term with a $20,000 early termination fee")
            #expect(
                DealTerms(freeMonths: 3, minimumTermMonths: 12, earlyTerminationFee: 10_000).words(currency: "USD")
                    == "first 3 months free; a 12-month minimum term with a $10,000 early termination fee")
            #expect(
                DealTerms(minimumTermMonths: 6).words(currency: "USD") == "a 6-month minimum term without an early termination fee")
            #expect(
                DealTerms(earlyTerminationFee: 5_000).words(currency: "EUR")
                    == "an early termination fee of €5,000 that never applies without a minimum term")
            #expect(
                DealTerms(minimumTermMonths: 1, earlyTerminationFee: 5_000).words(currency: "USD")
                    == "an early termination fee of $5,000 that never applies with a 1-month minimum term, which every deal lasts")
            #expect(DealTerms(minimumTermMonths: 1).words(currency: "USD") == "a 1-month minimum term without an early termination fee")
        }

        @Test func buyerCosts() {
            let costs = BuyerCosts(perTask: .fixed(0.35), perMonth: .uniform(100, 300), perDispute: .fixed(5))
            #expect(BuyerCosts().words(currency: "USD", billsOnOutcomes: true) == nil)
            #expect(
                costs.words(currency: "USD", billsOnOutcomes: true)
                    == "$0.35 per task; uniform $100–$300 (mean $200) a month; $5 per dispute")
            #expect(
                costs.words(currency: "USD", billsOnOutcomes: false)
                    == "$0.35 per task; uniform $100–$300 (mean $200) a month")
        }

        @Test func distributions() {
            #expect(Distribution.beta(alpha: 16, beta: 4).words(.rate, currency: "USD") == "Beta(16, 4), mean 80%")
            #expect(
                Distribution.ci90(low: 6, high: 15).words(.money, currency: "USD")
                    == "90% interval $6–$15 (lognormal, mean $9.86)")
            #expect(
                Distribution.triangular(min: 0.03, mode: 0.06, max: 0.15).words(.money, currency: "USD")
                    == "triangular $0.03–$0.15, most likely $0.06 (mean $0.08)")
            #expect(
                Distribution.pert(min: 0.001, mode: 0.002, max: 0.004).words(.money, currency: "USD")
                    == "PERT $0.001–$0.004, most likely $0.002 (mean $0.0022)")
            #expect(
                Distribution.pert(min: 15_000, mode: 20_000, max: 25_000).words(.count, currency: "USD")
                    == "PERT 15,000–25,000, most likely 20,000 (mean 20,000)")
            #expect(
                Distribution.normal(mean: 0.02, sd: 0.01).words(.rate, currency: "USD")
                    == "normal, mean 2%, standard deviation 1%")
            #expect(Distribution.normal(mean: 3, sd: 0).words(.money, currency: "USD") == "$3")
            #expect(Distribution.uniform(-0.1, 0.05).words(.rate, currency: "USD") == "uniform -10% to 5% (mean -2.5%)")
            #expect(Distribution.fixed(0.125).words(.rate, currency: "USD") == "12.5%")
            #expect(Distribution.fixed(0.05).words(.rate, currency: "USD") == "5%")
        }
    }
}
