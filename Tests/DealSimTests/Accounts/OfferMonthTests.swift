import Testing

@testable import DealSim

/// One offer-month's accounts (the model's §3, "pause at a cap", and §4), computed by hand.
@Suite struct OfferMonthTests {
    // N = 1000 tasks, A = 1300 attempts, S = 700, V = 50, B = 650, D = 20, U = 10, C = 640.
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
    static let workload: WorkloadDraw = {
        var rng = RandomStream(seed: 0, trial: 0, substream: 0)
        return WorkloadDraw(
            Workload(tasksPerMonth: .fixed(1_000), humanCostPerTask: .fixed(4), revenuePerOutcome: .fixed(20)), using: &rng)
    }()
    static let buyerCosts: BuyerCostDraw = {
        var rng = RandomStream(seed: 0, trial: 0, substream: 0)
        return BuyerCostDraw(BuyerCosts(perTask: .fixed(0.1), perMonth: .fixed(50), perDispute: .fixed(2)), using: &rng)
    }()

    /// The offer's accounts in month `month`, from months 1…`month` computed together with
    /// the same counts (as the engine computes a trial's months together).
    static func accounts(_ offer: Offer, month: Int = 1) -> OfferMonth {
        let scenario = Scenario.valid {
            try Scenario(
                name: "accounts", horizonMonths: month, workload: Workload(tasksPerMonth: .fixed(1_000)),
                vendors: [Vendor(id: "agent", attemptSuccessRate: .fixed(0.7))], offers: [offer])
        }
        let world = World(
            trial: 0, workload: workload, vendors: [vendor], vendorMonths: [Array(repeating: counts, count: month)],
            buyerCosts: [buyerCosts])
        return OfferAccounts(offer: 0, of: scenario).compute(in: world).months[month - 1]
    }

    @Test func perOutcomeAccounts() {
        let month = Self.accounts(.agent("p", .perOutcome(PerOutcome(price: 1))))
        #expect(close(month.workedFraction, 1))
        #expect(close(month.invoice, 640))  // 640 accepted × $1
        #expect(close(month.computeCost, 65))  // 1300 × 0.05
        #expect(close(month.vendorCost, 475))  // 65 + 1000 × 0.01 + 200 + 20 disputes × 10
        #expect(close(month.vendorProfit, 165))
        #expect(close(month.humanTasks, 360))  // 1000 − 640
        // 640 + 360 × 4 + 0.1 × 1000 + 50 + 2 × 20 = 640 + 1440 + 100 + 50 + 40
        #expect(close(month.buyerCost, 2_270))
        #expect(close(month.usage.revenue, 12_800))  // 640 × 20
    }

    @Test func perTaskOfferBearsNoDisputeCosts() {
        let month = Self.accounts(.agent("t", .perTask(PerTask(price: 0.5))))
        #expect(close(month.invoice, 500))
        #expect(close(month.vendorCost, 275))  // 65 + 10 + 200, no disputes
        #expect(close(month.buyerCost, 500 + 1_440 + 100 + 50))  // no per-dispute cost
    }

    /// price 1, cap 400, C = 640: f = 400/640 = 0.625 of every count.
    @Test func pauseAtCapScalesCountsAndCosts() {
        let month = Self.accounts(.agent("c", .cappedPerOutcome(CappedPerOutcome(price: 1, monthlyCap: 400, atCap: .pause))))
        #expect(close(month.workedFraction, 0.625))
        #expect(close(month.usage.acceptedOutcomes, 400))
        #expect(close(month.usage.tasks, 625))
        #expect(close(month.usage.attempts, 812.5))
        #expect(close(month.invoice, 400))
        // 812.5 × 0.05 + 625 × 0.01 + 200 (fixed, not scaled) + 12.5 disputes × 10
        #expect(close(month.vendorCost, 40.625 + 6.25 + 200 + 125))
        #expect(close(month.humanTasks, 600))  // full N 1000 − 400 accepted
        // 400 + 600 × 4 + 0.1 × 625 + 50 + 2 × 12.5
        #expect(close(month.buyerCost, 400 + 2_400 + 62.5 + 50 + 25))
    }

    @Test func continueAtCapKeepsWorking() {
        let month = Self.accounts(.agent("c", .cappedPerOutcome(CappedPerOutcome(price: 1, monthlyCap: 400))))
        #expect(close(month.workedFraction, 1))
        #expect(close(month.invoice, 400))
        #expect(close(month.humanTasks, 360))
    }

    @Test func nothingPausesInAFreeMonth() {
        let offer = Offer.agent(
            "c", .cappedPerOutcome(CappedPerOutcome(price: 1, monthlyCap: 400, atCap: .pause)),
            terms: DealTerms(freeMonths: 2))
        #expect(close(Self.accounts(offer, month: 2).workedFraction, 1))
        #expect(close(Self.accounts(offer, month: 2).invoice, 0))
        #expect(close(Self.accounts(offer, month: 3).workedFraction, 0.625))
    }
}
