import Testing

@testable import DealSim

/// A commitment's true-ups in the accounts of a trial (MODEL.md §6): the horizon of the
/// scenario is the deal's last month, where a period it cuts is trued up pro rata.
@Suite struct TrueUpAccountsTests {
    static let commitment = Commitment(amount: 3_000, periodMonths: 3)

    /// A world of 5 months with these accepted outcomes (every task tried once and accepted).
    static func world(accepted: [Int]) -> World {
        var rng = RandomStream(seed: 0, trial: 0, substream: 0)
        let workload = WorkloadDraw(Workload(tasksPerMonth: .fixed(1_000)), using: &rng)
        let vendor = VendorDraw(Vendor(id: "agent", attemptSuccessRate: .fixed(1), fixedCostPerMonth: .fixed(100)), using: &rng)
        let months = accepted.map {
            VendorMonth(tasks: $0, attempts: $0, successes: $0, reversed: 0, disputed: 0, upheld: 0, costPerAttempt: 0)
        }
        return World(
            trial: 0, workload: workload, vendors: [vendor], vendorMonths: [months],
            buyerCosts: [BuyerCostDraw(BuyerCosts(), using: &rng)])
    }

    static func scenario(horizonMonths: Int, tasks: Double = 1_000, terms: DealTerms) -> Scenario {
        .testScenario(
            horizonMonths: horizonMonths, trials: 10, workload: Workload(tasksPerMonth: .fixed(tasks)),
            vendors: [Vendor(id: "agent", attemptSuccessRate: .fixed(1), fixedCostPerMonth: .fixed(100))],
            offers: [.agent("committed", .perOutcome(PerOutcome(price: 1)), terms: terms)])
    }

    @Test func aPeriodCutByTheHorizonIsTruedUpInItsLastMonth() {
        // Horizon 5, $1 an outcome, 3,000 a quarter. Months 1–3: 3,000, met. Months 4–5 are
        // period 2 cut to 2 of its 3 months: committed 3,000 · 2/3 = 2,000; 700 + 700 =
        // 1,400 → true-up 600 in month 5 → 1,300. Revenue 1,000 · 3 + 700 + 1,300 = 5,000.
        let scenario = Self.scenario(horizonMonths: 5, terms: DealTerms(commitment: Self.commitment))
        let (months, horizon) = OfferAccounts(offer: 0, of: scenario).compute(in: Self.world(accepted: [1_000, 1_000, 1_000, 700, 700]))
        #expect(months.map(\.invoice) == [1_000, 1_000, 1_000, 700, 1_300])
        #expect(horizon.trueUps == 600)
        #expect(horizon.revenue == 5_000)
        // Profit: 5,000 − 5 · (100 fixed) = 4,500.
        #expect(horizon.cumulativeProfit == 4_500)
    }

    @Test func noUsageIsTruedUpInFullAndProRata() {
        // No tasks: every charge is 0 in every trial, exactly. Horizon 5, 3,000 a quarter:
        // true-up 3,000 in month 3 and 3,000 · 2/3 = 2,000 in month 5 → revenue 5,000.
        let result = Simulation(scenario: Self.scenario(horizonMonths: 5, tasks: 0, terms: DealTerms(commitment: Self.commitment)), seed: 1)
            .run()
        let offer = result.offers[0]
        #expect(offer[.vendorRevenue].mean == 5_000 && offer[.vendorRevenue].p5 == 5_000)
        #expect(offer.meanTrueUps == 5_000)
        #expect(offer[.invoice].map(\.mean) == [0, 0, 3_000, 0, 2_000])
    }

    @Test func noUsageAfterAFreeMonth() {
        // freeMonths 1, horizon 5: periods are months 2–4 and 5 (cut to 1 of 3 months):
        // true-ups 3,000 in month 4 and 3,000 · 1/3 = 1,000 in month 5; a $500
        // implementation fee in month 1 counts toward neither. Revenue 500 + 3,000 + 1,000.
        let terms = DealTerms(freeMonths: 1, implementationFee: 500, commitment: Self.commitment)
        let result = Simulation(scenario: Self.scenario(horizonMonths: 5, tasks: 0, terms: terms), seed: 1).run()
        let offer = result.offers[0]
        #expect(offer[.invoice].map(\.mean) == [500, 0, 0, 3_000, 1_000])
        #expect(offer[.vendorRevenue].mean == 4_500)
        #expect(offer.meanTrueUps == 4_000)
    }
}
