import Testing

@testable import DealSim

/// One scenario and one seed give the same result, bit for bit, whatever the threads; and an
/// offer's numbers do not depend on which other offers or vendors are in the scenario.
@Suite struct DeterminismTests {
    static let workload = Workload(
        tasksPerMonth: .pert(min: 800, mode: 1_000, max: 1_500), monthlyGrowth: .fixed(0.03),
        volumeVolatility: .fixed(0.2), humanCostPerTask: .ci90(low: 3, high: 9))
    static let agent = Vendor(
        id: "agent", attemptSuccessRate: .beta(alpha: 16, beta: 4), maxAttempts: 2,
        costPerAttempt: .triangular(min: 0.03, mode: 0.06, max: 0.15), fixedCostPerMonth: .fixed(500),
        trainingLag: TrainingLag(months: 2, initialAttemptSuccessRate: .uniform(0.2, 0.4)),
        reopenRate: .fixed(0.05), disputeRate: .fixed(0.02), disputeUpheldRate: .fixed(0.5), disputeCost: .fixed(12))
    static let rival = Vendor(id: "rival", attemptSuccessRate: .uniform(0.5, 0.7), costPerAttempt: .fixed(0.1))

    static let perOutcome = Offer.agent("per outcome", .perOutcome(PerOutcome(price: 0.99)))
    static let capped = Offer.agent(
        "capped, pause", .cappedPerOutcome(CappedPerOutcome(price: 0.99, monthlyCap: 700, atCap: .pause)),
        buyerCosts: BuyerCosts(perTask: .uniform(0.1, 0.3)))
    static let extra = Offer.agent(
        "extra",
        .tiered(Tiered(tiers: [Tiered.Tier(name: "Pro", monthlyFee: 500, includedOutcomes: 600)], plan: .cheapest, overagePrice: 1)),
        buyerCosts: BuyerCosts(perMonth: .normal(mean: 100, sd: 0)))
    static let rivalOffer = Offer(name: "rival", vendor: "rival", charges: [.perTask(PerTask(price: 0.4))])

    static func scenario(vendors: [Vendor] = [agent], offers: [Offer], trials: Int = 1_000) -> Scenario {
        .testScenario(horizonMonths: 8, trials: trials, workload: workload, vendors: vendors, offers: offers)
    }

    @Test func sameSeedSameResult() {
        let scenario = Self.scenario(offers: [Self.perOutcome, Self.capped])
        #expect(Simulation(scenario: scenario, seed: 42).run() == Simulation(scenario: scenario, seed: 42).run())
    }

    @Test func differentSeedDifferentResult() {
        let scenario = Self.scenario(offers: [Self.perOutcome])
        #expect(Simulation(scenario: scenario, seed: 1).run() != Simulation(scenario: scenario, seed: 2).run())
    }

    @Test(arguments: [2, 3, 8])
    func threadsDoNotChangeTheResult(threads: Int) {
        let scenario = Self.scenario(offers: [Self.perOutcome, Self.capped], trials: 5_000)
        let one = Simulation(scenario: scenario, seed: 9).run(threads: 1)
        #expect(Simulation(scenario: scenario, seed: 9).run(threads: threads) == one)
    }

    @Test func appendingAnOfferLeavesOtherOffersUnchanged() {
        let before = Simulation(scenario: Self.scenario(offers: [Self.perOutcome, Self.capped]), seed: 5).run()
        let after = Simulation(scenario: Self.scenario(offers: [Self.perOutcome, Self.capped, Self.extra]), seed: 5).run()
        #expect(Array(after.offers.prefix(2)) == before.offers)
        #expect(after.baseline == before.baseline)
    }

    @Test func addingAVendorLeavesOtherOffersUnchanged() {
        let before = Simulation(scenario: Self.scenario(offers: [Self.perOutcome, Self.capped]), seed: 5).run()
        let after = Simulation(
            scenario: Self.scenario(vendors: [Self.agent, Self.rival], offers: [Self.perOutcome, Self.capped, Self.rivalOffer]),
            seed: 5
        ).run()
        #expect(Array(after.offers.prefix(2)) == before.offers)
    }

    @Test func batchesCoverEveryTrialOnce() {
        for trials in [1, 63, 64, 1_000, 16_385, 1_000_003] {
            let batches = Simulation.batchCount(trials: trials)
            var next = 0
            for batch in 0..<batches {
                let range = Simulation.trialRange(ofBatch: batch, batches: batches, trials: trials)
                #expect(range.lowerBound == next)
                next = range.upperBound
            }
            #expect(next == trials)
        }
    }
}
