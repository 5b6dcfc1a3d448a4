import Foundation
import Testing

@testable import DealSim

/// Common random numbers under the model's §9: churn and the vendors' trends draw from
/// streams of their own (``RandomPlan``), so adding them to a scenario moves no other draw;
/// an offer's months before the deal's end are those of the same scenario without churn,
/// and its last month differs only by what §9 adds there (the early termination fee, the
/// true-up of a commitment period the end cuts).
@Suite struct ChurnRandomNumbersTests {
    static let workload = Workload(
        tasksPerMonth: .pert(min: 800, mode: 1_000, max: 1_500), monthlyGrowth: .fixed(0.03),
        volumeVolatility: .fixed(0.2), humanCostPerTask: .ci90(low: 3, high: 9))
    static let agent = Vendor(
        id: "agent", attemptSuccessRate: .beta(alpha: 16, beta: 4), maxAttempts: 2,
        costPerAttempt: .triangular(min: 0.03, mode: 0.06, max: 0.15), fixedCostPerMonth: .fixed(300),
        trainingLag: TrainingLag(months: 2, initialAttemptSuccessRate: .uniform(0.2, 0.4)), reopenRate: .fixed(0.05),
        disputeRate: .fixed(0.02), disputeUpheldRate: .fixed(0.5), disputeCost: .fixed(12))
    static let rival = Vendor(id: "rival", attemptSuccessRate: .uniform(0.5, 0.7), costPerAttempt: .fixed(0.1))

    static let feeTerm = 9, fee = 5_000.0
    static let commitment = Commitment(amount: 10_000_000, periodMonths: 4)  // always short: every period trued up
    static let offers = [
        Offer.agent(
            "fee", .perOutcome(PerOutcome(price: 0.99)),
            terms: DealTerms(monthlyCap: 900, minimumTermMonths: feeTerm, earlyTerminationFee: fee),
            buyerCosts: BuyerCosts(perTask: .uniform(0.1, 0.3), perMonth: .fixed(40))),
        Offer.agent("committed", .perOutcome(PerOutcome(price: 0.5)), terms: DealTerms(freeMonths: 1, commitment: commitment)),
        Offer.agent(
            "wallet",
            .credits(
                Credits(
                    monthlyFee: 200, initialCredits: 2_000, creditsPerOutcome: 1, rollover: .all,
                    whenExhausted: .topUp(credits: 500, price: 300)))),
        Offer(name: "rival", vendor: "rival", charges: [.perTask(PerTask(price: 0.4))]),
    ]

    static func scenario(
        workload: Workload = workload, vendors: [Vendor] = [agent, rival], offers: [Offer] = offers, trials: Int = 1_000
    ) -> Scenario {
        .testScenario(horizonMonths: 12, trials: trials, workload: workload, vendors: vendors, offers: offers)
    }

    static func churning(_ churn: Distribution) -> Workload {
        var workload = Self.workload
        workload.monthlyChurn = churn
        return workload
    }

    static func worlds(_ scenario: Scenario, count: Int = 300, seed: UInt64 = 7) -> [World] {
        (0..<count).map { World(of: scenario, seed: seed, trial: $0) }
    }

    /// Adding a churn, fixed or uncertain, leaves every other draw of every trial alone: the
    /// workload's draws, every month's tasks (each month, before the deal's end and after),
    /// every vendor's draws and counts, the buyer costs. Only the deal's end moves.
    @Test(arguments: [Distribution.fixed(0.15), .beta(alpha: 2, beta: 50)])
    func addingChurnMovesNoOtherDraw(churn: Distribution) {
        let without = Self.worlds(Self.scenario())
        let with = Self.worlds(Self.scenario(workload: Self.churning(churn)))
        for (a, b) in zip(without, with) {
            #expect(a.dealMonths == 12)
            #expect(Array(a.tasks[..<b.dealMonths]) == Array(b.tasks[..<b.dealMonths]))
            #expect(a.tasks == b.tasks && a.baseline == b.baseline)
            var workload = b.workload
            workload.monthlyChurn = 0
            #expect(workload == a.workload)
            #expect(a.vendors == b.vendors && a.vendorMonths == b.vendorMonths)
            #expect(a.buyerCosts == b.buyerCosts)
        }
        #expect(with.contains { $0.dealMonths < 12 })
    }

    /// The offers' months 1…E with churn against the same trial without it: every month
    /// before E identical; month E identical but for its invoice (and so the buyer's cost and
    /// the vendor's profit), which gains
    /// - the fee, $5,000, when E < 9 (the minimum term) and E < 12;
    /// - for the commitment ($10,000,000 per 4 months after 1 free month, never met), the
    ///   true-up of the period that E cuts: E's invoice is amount · m/4 less the period's
    ///   invoices before E, m = the period's months up to E; a month 1 that is free bills 0;
    /// - nothing for the wallet and the rival's per-task offer.
    /// After E: invoice 0 and the buyer's cost Nₜ · humanCostPerTask.
    @Test func theOffersMonthsUpToTheDealsEnd() {
        let plain = Self.scenario()
        let churned = Self.scenario(workload: Self.churning(.fixed(0.15)))
        let withouts = Self.worlds(plain, count: 200), withs = Self.worlds(churned, count: 200)
        var cut = 0
        for (a, b) in zip(withouts, withs) {
            let end = b.dealMonths
            for offer in Self.offers.indices {
                let before = OfferAccounts(offer: offer, of: plain).compute(in: a).months
                let after = OfferAccounts(offer: offer, of: churned).compute(in: b).months
                #expect(Array(before[..<(end - 1)]) == Array(after[..<(end - 1)]), "months before E = \(end), offer \(offer)")
                let (x, y) = (before[end - 1], after[end - 1])
                #expect(x.usage == y.usage && x.workedFraction == y.workedFraction)
                #expect(x.computeCost == y.computeCost && x.vendorCost == y.vendorCost && x.humanTasks == y.humanTasks)
                let expectedInvoice: Double
                switch offer {
                case 0: expectedInvoice = x.invoice + (end < Self.feeTerm && end < 12 ? Self.fee : 0)
                case 1 where end > 1:
                    let first = 1 + (end - 2) / 4 * 4 + 1  // F + ⌊(E − F − 1)/P⌋·P + 1, F = 1
                    let earlier = before[(first - 1)..<(end - 1)].reduce(0) { $0 + $1.invoice }
                    expectedInvoice = Self.commitment.amount * Double(end - first + 1) / 4 - earlier
                    if end < 12 && (end - 1) % 4 != 0 { cut += 1 }
                default: expectedInvoice = x.invoice
                }
                #expect(close(y.invoice, expectedInvoice), "month E = \(end) of offer \(offer)")
                #expect(close(y.buyerCost - x.buyerCost, y.invoice - x.invoice))
                for (month, tasks) in zip(after[end...], b.tasks[end...]) {
                    #expect(month.invoice == 0 && month.vendorCost == 0)
                    #expect(month.buyerCost == Double(tasks) * b.workload.humanCostPerTask)
                }
            }
        }
        #expect(cut > 0, "some deal ends inside a commitment period")
    }

    /// Adding trends to the agent leaves the rival's draws and counts, the workload, the
    /// tasks and the buyer costs alone, and the agent's other draws too. A cost trend alone
    /// leaves even the agent's counts: only each month's cost per attempt moves.
    @Test func addingTrendsMovesNoOtherVendorsDraws() {
        var trending = Self.agent
        trending.costPerAttemptTrend = .uniform(-0.05, 0)
        trending.failureRateTrend = .pert(min: -0.1, mode: -0.05, max: 0)
        var costOnly = Self.agent
        costOnly.costPerAttemptTrend = .fixed(-0.03)
        let base = Self.worlds(Self.scenario())
        let trended = Self.worlds(Self.scenario(vendors: [trending, Self.rival]))
        let costTrended = Self.worlds(Self.scenario(vendors: [costOnly, Self.rival]))
        for ((a, b), c) in zip(zip(base, trended), costTrended) {
            #expect(a.workload == b.workload && a.tasks == b.tasks && a.baseline == b.baseline)
            #expect(a.buyerCosts == b.buyerCosts && a.buyerCosts == c.buyerCosts)
            #expect(a.vendors[1] == b.vendors[1] && a.vendorMonths[1] == b.vendorMonths[1])
            var agent = b.vendors[0]
            #expect(agent.costPerAttemptTrend != 0 && agent.failureRateTrend != 0)
            (agent.costPerAttemptTrend, agent.failureRateTrend) = (0, 0)
            #expect(agent == a.vendors[0])
            func counts(_ months: [VendorMonth]) -> [[Int]] {
                months.map { [$0.tasks, $0.attempts, $0.successes, $0.reversed, $0.disputed, $0.upheld] }
            }
            #expect(counts(a.vendorMonths[0]) == counts(c.vendorMonths[0]))
            #expect(
                c.vendorMonths[0].enumerated().allSatisfy { close($1.costPerAttempt, a.vendors[0].costPerAttempt * pow(0.97, Double($0))) })
        }
    }

    /// Adding seasonality moves the tasks and so the counts, and nothing else: the workload's
    /// draws, every vendor's draws and the buyer costs stay. Twelve 1s change nothing at all.
    @Test func addingSeasonalityMovesOnlyTheVolume() {
        var seasonal = Self.workload
        seasonal.seasonality = [1.2, 1.1, 1, 0.9, 0.8, 0.7, 0.7, 0.8, 0.9, 1, 1.1, 1.2]
        var flat = Self.workload
        flat.seasonality = Array(repeating: 1, count: 12)
        let base = Self.worlds(Self.scenario())
        let moved = Self.worlds(Self.scenario(workload: seasonal))
        let same = Self.worlds(Self.scenario(workload: flat))
        for ((a, b), c) in zip(zip(base, moved), same) {
            #expect(a.workload == b.workload && a.vendors == b.vendors && a.buyerCosts == b.buyerCosts)
            #expect(a == c)
        }
        #expect(zip(base, moved).contains { $0.tasks != $1.tasks })
    }

    /// Appending an offer changes no other offer's numbers, churn, trends, seasonality and
    /// terms of §9 included: the same summaries, deal_months and p_ends_early.
    @Test func appendingAnOfferChangesNoOtherOffer() {
        var workload = Self.churning(.beta(alpha: 2, beta: 50))
        workload.seasonality = [1.2, 1.1, 1, 0.9, 0.8, 0.7, 0.7, 0.8, 0.9, 1, 1.1, 1.2]
        var agent = Self.agent
        agent.costPerAttemptTrend = .uniform(-0.05, 0)
        agent.failureRateTrend = .fixed(-0.05)
        let extra = Offer.agent(
            "cost plus", .costPlus(CostPlus(markup: 0.3)), terms: DealTerms(minimumTermMonths: 6, earlyTerminationFee: 800),
            buyerCosts: BuyerCosts(perMonth: .uniform(10, 20)))
        let before = Simulation(scenario: Self.scenario(workload: workload, vendors: [agent, Self.rival]), seed: 5).run()
        let after = Simulation(
            scenario: Self.scenario(workload: workload, vendors: [agent, Self.rival], offers: Self.offers + [extra]), seed: 5
        ).run()
        #expect(Array(after.offers.prefix(Self.offers.count)) == before.offers)
        #expect(after.offers[4][.dealMonths] == before.offers[0][.dealMonths])
        #expect(after.offers[4].probabilityEndsEarly == before.offers[0].probabilityEndsEarly)
        #expect(before.offers[0].probabilityEndsEarly > 0)
    }
}
