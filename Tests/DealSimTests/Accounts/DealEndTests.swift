import Testing

@testable import DealSim

/// The end of a deal (the model's §9, "Churn" and "Minimum term") in an offer's accounts,
/// every month computed by hand: the early termination fee in the deal's last month E, after
/// the monthly cap and outside a commitment, in a free month too; none at or after the
/// minimum term or when the deal runs to the horizon; a commitment period cut by the deal's
/// end trued up pro rata in month E; a wallet that bills nothing after E; and every month
/// after E: invoice 0, vendor cost 0, the buyer's work by hand, net savings 0.
@Suite struct DealEndTests {
    // Every month the vendor's counts are N = 1000 tasks, A = 1300 attempts, S = 700,
    // V = 50, B = 650, D = 20, U = 10, C = 640 accepted outcomes, at $0.05 an attempt.
    static let counts = VendorMonth(
        tasks: 1_000, attempts: 1_300, successes: 700, reversed: 50, disputed: 20, upheld: 10, costPerAttempt: 0.05)
    static let vendor: VendorDraw = {
        var rng = RandomStream(seed: 0, trial: 0, substream: 0)
        return VendorDraw(
            Vendor(
                id: "agent", attemptSuccessRate: .fixed(0.7), costPerAttempt: .fixed(0.05), costPerTask: .fixed(0.01),
                fixedCostPerMonth: .fixed(200), disputeCost: .fixed(10)),
            using: &rng)
    }()
    static let humanCost = 4.0
    static let workload: WorkloadDraw = {
        var rng = RandomStream(seed: 0, trial: 0, substream: 0)
        return WorkloadDraw(Workload(tasksPerMonth: .fixed(1_000), humanCostPerTask: .fixed(humanCost)), using: &rng)
    }()
    static let buyerCosts: BuyerCostDraw = {
        var rng = RandomStream(seed: 0, trial: 0, substream: 0)
        return BuyerCostDraw(BuyerCosts(perTask: .fixed(0.1), perMonth: .fixed(50), perDispute: .fixed(2)), using: &rng)
    }()

    /// The offer's accounts in months 1…`horizon` of a world whose deal ends in month
    /// `dealMonths` (the horizon by default), and their horizon totals.
    static func accounts(_ offer: Offer, horizon: Int, dealMonths: Int? = nil) -> (months: [OfferMonth], horizon: OfferHorizon) {
        let scenario = Scenario.valid {
            try Scenario(
                name: "deal-end", horizonMonths: horizon,
                workload: Workload(tasksPerMonth: .fixed(1_000), monthlyChurn: dealMonths == nil ? nil : .fixed(0.1)),
                vendors: [Vendor(id: "agent", attemptSuccessRate: .fixed(0.7))], offers: [offer])
        }
        let world = World(
            trial: 0, workload: workload, vendors: [vendor], vendorMonths: [Array(repeating: counts, count: horizon)],
            buyerCosts: [buyerCosts], dealMonths: dealMonths)
        return OfferAccounts(offer: 0, of: scenario).compute(in: world)
    }

    static let perOutcome = Charge.perOutcome(PerOutcome(price: 1))  // 640 accepted × $1 = $640 a month

    /// The months after the deal's last month: no invoice, no vendor cost (the fixed $200
    /// included), no agent work; the buyer does all 1000 tasks by hand at $4, $4,000, and
    /// none of its own costs of running the offer; against the all-human baseline of
    /// 1000 × $4 = $4,000 the month saves nothing.
    static func expectHandWorkOnly(_ months: ArraySlice<OfferMonth>, sourceLocation: SourceLocation = #_sourceLocation) {
        for month in months {
            #expect(month.invoice == 0, sourceLocation: sourceLocation)
            #expect(month.vendorCost == 0 && month.computeCost == 0, sourceLocation: sourceLocation)
            #expect(month.vendorProfit == 0, sourceLocation: sourceLocation)
            #expect(month.usage.acceptedOutcomes == 0 && month.workedFraction == 0, sourceLocation: sourceLocation)
            #expect(month.humanTasks == 1_000, sourceLocation: sourceLocation)
            #expect(month.buyerCost == 4_000, sourceLocation: sourceLocation)
            #expect(1_000 * Self.humanCost - month.buyerCost == 0, "net savings", sourceLocation: sourceLocation)
        }
    }

    /// Cap $500 on $640 of charges; minimum term 6 months, fee $3,000; the buyer leaves at
    /// the end of month 3 of 8. Months 1, 2: min(640, 500) = 500. Month 3: 500 + 3,000 =
    /// 3,500, the fee added after the cap. Months 4…8: hand work only.
    @Test func theFeeIsBilledInTheLastMonthAfterTheCap() {
        let offer = Offer.agent(
            "capped", Self.perOutcome, terms: DealTerms(monthlyCap: 500, minimumTermMonths: 6, earlyTerminationFee: 3_000),
            buyerCosts: BuyerCosts(perTask: .fixed(0.1), perMonth: .fixed(50), perDispute: .fixed(2)))
        let (months, horizon) = Self.accounts(offer, horizon: 8, dealMonths: 3)
        #expect(months.map(\.invoice) == [500, 500, 3_500, 0, 0, 0, 0, 0])
        // Month 3: vendor cost 1300 × 0.05 + 1000 × 0.01 + 200 + 20 disputes × 10 = 65 + 10 + 200 + 200 = 475.
        #expect(close(months[2].vendorCost, 475))
        // Month 3: buyer cost 3,500 + (1000 − 640) × 4 + 0.1 × 1000 + 50 + 2 × 20 = 3,500 + 1,440 + 100 + 50 + 40.
        #expect(close(months[2].buyerCost, 5_130))
        Self.expectHandWorkOnly(months[3...])
        // Revenue 500 + 500 + 3,500 = 4,500; vendor cost 3 × 475 = 1,425; accepted 3 × 640 = 1,920;
        // human tasks 3 × 360 + 5 × 1000 = 6,080; buyer cost: a month before E is 500 + 1,440 + 100
        // + 50 + 40 = 2,130, so 2 × 2,130 + 5,130 + 5 × 4,000 = 29,390.
        #expect(close(horizon.revenue, 4_500))
        #expect(close(horizon.vendorCost, 1_425))
        #expect(close(horizon.acceptedOutcomes, 1_920))
        #expect(close(horizon.humanTasks, 6_080))
        #expect(close(horizon.buyerCost, 29_390))
    }

    /// Minimum term 6, fee $3,000, charges $640 a month: a fee is due only when the deal ends
    /// before the horizon in a month E < 6.
    @Test(
        arguments: [
            // (horizon, the deal's last month or nil for none ending early, the last month's invoice by hand)
            (8, 5, 640.0 + 3_000),  // E = 5 < 6: the fee
            (8, 6, 640.0),  // E = 6, at the minimum term: no fee
            (8, 7, 640.0),  // after it: no fee
            (4, nil, 640.0),  // runs to a horizon of 4 < 6: no fee, the deal did not end early
            (4, 4, 640.0),  // E = H: the same
        ] as [(Int, Int?, Double)])
    func theFeeIsDueOnlyBeforeTheMinimumTerm(horizon: Int, dealMonths: Int?, lastInvoice: Double) {
        let offer = Offer.agent("p", Self.perOutcome, terms: DealTerms(minimumTermMonths: 6, earlyTerminationFee: 3_000))
        let (months, _) = Self.accounts(offer, horizon: horizon, dealMonths: dealMonths)
        let last = dealMonths ?? horizon
        #expect(months[last - 1].invoice == lastInvoice)
        #expect(months[..<(last - 1)].allSatisfy { $0.invoice == 640 })
        Self.expectHandWorkOnly(months[last...])
    }

    /// The terms alone: `terminationFee(endingIn:)` is the fee in months 1…5 of a 6-month
    /// minimum term and 0 from month 6; without a minimum term a fee is never charged.
    @Test func theTermsFeeByMonth() {
        let terms = DealTerms(minimumTermMonths: 6, earlyTerminationFee: 3_000)
        #expect((1...8).map { terms.terminationFee(endingIn: $0) } == [3_000, 3_000, 3_000, 3_000, 3_000, 0, 0, 0])
        #expect(DealTerms(earlyTerminationFee: 3_000).terminationFee(endingIn: 1) == 0)
        // Three months of $640 ending early in month 3: 640, 640, 640 + 3,000; not ending early: no fee.
        #expect(terms.invoices(charges: [640, 640, 640], endsEarly: true) == [640, 640, 3_640])
        #expect(terms.invoices(charges: [640, 640, 640]) == [640, 640, 640])
        #expect(
            terms.lines(charges: [640, 640, 640], horizonMonths: 3, endsEarly: true) == [
                InvoiceLine(item: .earlyTerminationFee(minimumTermMonths: 6), amount: 3_000)
            ])
        #expect(terms.lines(charges: Array(repeating: 640, count: 6), horizonMonths: 6, endsEarly: true) == [])
    }

    /// Commitment $3,000 per 3 months on $640 a month; minimum term 12, fee $1,000; the buyer
    /// leaves at the end of month 5 of 12. Period 1 (months 1–3): 1,920 invoiced, true-up
    /// 3,000 − 1,920 = 1,080 in month 3. Period 2 (months 4–6) is cut to months 4–5: committed
    /// 3,000 · 2/3 = 2,000, invoiced 1,280, true-up 720 in month 5, and the fee on top:
    /// 640 + 720 + 1,000 = 2,360. Were the fee counted toward the commitment, 1,280 + 1,000 ≥
    /// 2,000 would leave no true-up (1,640).
    @Test func theFeeDoesNotCountTowardACommitmentCutByTheDealsEnd() {
        let offer = Offer.agent(
            "committed", Self.perOutcome,
            terms: DealTerms(
                commitment: Commitment(amount: 3_000, periodMonths: 3), minimumTermMonths: 12, earlyTerminationFee: 1_000))
        let (months, horizon) = Self.accounts(offer, horizon: 12, dealMonths: 5)
        #expect(months.map(\.invoice) == [640, 640, 1_720, 640, 2_360, 0, 0, 0, 0, 0, 0, 0])
        #expect(close(horizon.trueUps, 1_800))  // 1,080 + 720, the fee not among them
        #expect(close(horizon.revenue, 640 + 640 + 1_720 + 640 + 2_360))
        // Month 5's lines: the outcomes, the cut period's true-up, then the fee.
        let usages = Array(repeating: MeteredUsage(acceptedOutcomes: 640), count: 5)
        #expect(
            offer.invoiceLines(for: usages, horizonMonths: 5, endsEarly: true) == [
                InvoiceLine(item: .acceptedOutcomes, quantity: 640, unitPrice: 1, amount: 640),
                InvoiceLine(item: .trueUp(invoiced: 1_280, committed: 2_000), amount: 720),
                InvoiceLine(item: .earlyTerminationFee(minimumTermMonths: 12), amount: 1_000),
            ])
        #expect(offer.invoices(for: usages, horizonMonths: 5, endsEarly: true) == [640, 640, 1_720, 640, 2_360])
        Self.expectHandWorkOnly(months[5...])
    }

    /// The same commitment after 1 free month: periods are months 2–4 and 5–7. The buyer
    /// leaves at the end of month 6 (no fee: no minimum term): period 2 cut to months 5–6,
    /// committed 3,000 · 2/3 = 2,000, invoiced 1,280, true-up 720: month 6 bills 1,360.
    /// Period 1: 1,920, true-up 1,080 in month 4: 1,720. Month 1 is free: 0.
    @Test func aCommitmentCutAfterFreeMonthsIsTruedUpProRata() {
        let offer = Offer.agent(
            "committed", Self.perOutcome, terms: DealTerms(freeMonths: 1, commitment: Commitment(amount: 3_000, periodMonths: 3)))
        let (months, horizon) = Self.accounts(offer, horizon: 9, dealMonths: 6)
        #expect(months.map(\.invoice) == [0, 640, 640, 1_720, 640, 1_360, 0, 0, 0])
        #expect(close(horizon.trueUps, 1_800))
        // The same through Offer.invoices: the usage of the deal's 6 months, its last month 6.
        let usage = MeteredUsage(acceptedOutcomes: 640, tasks: 1_000, attempts: 1_300)
        #expect(offer.invoices(for: Array(repeating: usage, count: 6), horizonMonths: 6) == [0, 640, 640, 1_720, 640, 1_360])
        // A deal cut after one month of period 2: committed 3,000 · 1/3 = 1,000, true-up 360.
        #expect(Self.accounts(offer, horizon: 9, dealMonths: 5).months[4].invoice == 1_000)
        Self.expectHandWorkOnly(months[6...])
    }

    /// A wallet: $100 a month, 1,500 initial credits, 1 credit an outcome, rollover all,
    /// overage $2 a credit; 640 outcomes a month; the buyer leaves at the end of month 3 of 6.
    /// Month 1: a = 1,500, r = 860, bills 100. Month 2: a = 860, r = 220, bills 100. Month 3:
    /// a = 220, shortfall 420 × 2 = 840, bills 940. After month 3 nothing: the fee stops and
    /// the balance lapses. Had the deal run on, month 4 would bill 100 + 640 × 2 = 1,380.
    @Test func aWalletBillsNothingAfterTheDealsEnd() {
        let wallet = Charge.credits(
            Credits(
                monthlyFee: 100, initialCredits: 1_500, creditsPerOutcome: 1, rollover: .all,
                whenExhausted: .overage(price: 2)))
        let offer = Offer.agent("wallet", wallet)
        let (months, _) = Self.accounts(offer, horizon: 6, dealMonths: 3)
        #expect(months.map(\.invoice) == [100, 100, 940, 0, 0, 0])
        Self.expectHandWorkOnly(months[3...])
        #expect(Self.accounts(offer, horizon: 6).months.map(\.invoice) == [100, 100, 940, 1_380, 1_380, 1_380])
    }

    /// A deal that ends in a free month still pays the fee: freeMonths 3, implementation fee
    /// $1,000, minimum term 12, fee $2,500. Ending in month 2: month 1 = 0 + 1,000, month 2 =
    /// 0 + 2,500. Ending in month 1: 0 + 1,000 + 2,500 = 3,500.
    @Test func aDealEndingInAFreeMonthPaysTheFee() {
        let offer = Offer.agent(
            "free", Self.perOutcome,
            terms: DealTerms(freeMonths: 3, implementationFee: 1_000, minimumTermMonths: 12, earlyTerminationFee: 2_500))
        let endingInTwo = Self.accounts(offer, horizon: 6, dealMonths: 2).months
        #expect(endingInTwo.map(\.invoice) == [1_000, 2_500, 0, 0, 0, 0])
        Self.expectHandWorkOnly(endingInTwo[2...])
        #expect(Self.accounts(offer, horizon: 6, dealMonths: 1).months.map(\.invoice) == [3_500, 0, 0, 0, 0, 0])
        // The month's lines: the free month takes the $640 off, then the fee.
        #expect(
            offer.invoiceLines(for: Array(repeating: MeteredUsage(acceptedOutcomes: 640), count: 2), horizonMonths: 2, endsEarly: true)
                == [
                    InvoiceLine(item: .acceptedOutcomes, quantity: 640, unitPrice: 1, amount: 640),
                    InvoiceLine(item: .freeMonth(month: 2, of: 3), amount: -640),
                    InvoiceLine(item: .earlyTerminationFee(minimumTermMonths: 12), amount: 2_500),
                ])
    }

    /// An offer that pauses at its cap: after the deal's end it does not work at all (worked
    /// fraction 0), and its vendor bears no cost; the months before E pause as usual
    /// (cap 400 on 640 outcomes: f = 0.625).
    @Test func aPausingOfferStopsAtTheDealsEnd() {
        let offer = Offer.agent("pause", .cappedPerOutcome(CappedPerOutcome(price: 1, monthlyCap: 400, atCap: .pause)))
        let (months, _) = Self.accounts(offer, horizon: 5, dealMonths: 2)
        #expect(months[..<2].allSatisfy { $0.workedFraction == 0.625 && close($0.invoice, 400) })
        Self.expectHandWorkOnly(months[2...])
    }
}

extension DealEndTests {
    /// Through the engine: a churn of 1 ends every deal in month 1 of 4 (the buyer leaves at
    /// the end of month 1 with certainty). A $500 monthly fee with a 3-month minimum term and
    /// a $2,000 fee bills 500 + 2,000 = 2,500 in every trial and nothing after; the vendor's
    /// $200 fixed cost is borne in month 1 only: profit 2,300. deal_months is 1 and
    /// p_ends_early 1 in every trial.
    @Test func aCertainChurnEndsEveryDealInMonthOne() {
        let scenario = Scenario.testScenario(
            horizonMonths: 4, trials: 200,
            workload: Workload(tasksPerMonth: .fixed(100), humanCostPerTask: .fixed(3), monthlyChurn: .fixed(1)),
            vendors: [Vendor(id: "agent", attemptSuccessRate: .fixed(1), fixedCostPerMonth: .fixed(200))],
            offers: [
                .agent(
                    "fee", .fixedFee(FixedFee(monthly: 500)), terms: DealTerms(minimumTermMonths: 3, earlyTerminationFee: 2_000))
            ])
        let offer = Simulation(scenario: scenario, seed: 3).run().offers[0]
        #expect(offer[.vendorRevenue].mean == 2_500 && offer[.vendorRevenue].standardError == 0)
        #expect(offer[.vendorCost].mean == 200)
        #expect(offer[.vendorProfit].mean == 2_300)
        #expect(offer[.dealMonths].mean == 1 && offer[.dealMonths].standardError == 0)
        #expect(offer.probabilityEndsEarly == 1)
        #expect(offer[.invoice].map(\.mean) == [2_500, 0, 0, 0])
        // With q = 1 every task of month 1 is an accepted outcome: no human task then; months
        // 2–4 are all by hand, so the buyer's cost over 2–4 equals the baseline's and its net
        // savings are the baseline's month 1 less the 2,500 invoiced.
        for world in (0..<50).map({ World(of: scenario, seed: 3, trial: $0) }) {
            #expect(world.dealMonths == 1)
            let (months, _) = OfferAccounts(offer: 0, of: scenario).compute(in: world)
            #expect(months[0].buyerCost == 2_500 && months[0].humanTasks == 0)
            for (month, tasks) in zip(months[1...], world.tasks[1...]) { #expect(month.buyerCost == Double(tasks) * 3) }
        }
    }
}
