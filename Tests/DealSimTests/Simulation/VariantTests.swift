import Testing

@testable import DealSim

/// Variants of an offer's pricing priced on one set of worlds, and the trials a run keeps.
@Suite struct VariantTests {
    static let workload = Workload(
        tasksPerMonth: .pert(min: 800, mode: 1_000, max: 1_500), monthlyGrowth: .fixed(0.03),
        volumeVolatility: .fixed(0.2), humanCostPerTask: .ci90(low: 3, high: 9))
    static let agent = Vendor(
        id: "agent", attemptSuccessRate: .beta(alpha: 16, beta: 4), maxAttempts: 2,
        costPerAttempt: .triangular(min: 0.03, mode: 0.06, max: 0.15), reopenRate: .fixed(0.05))

    static func scenario(price: Double, cap: Double) -> Scenario {
        .testScenario(
            horizonMonths: 8, trials: 700, workload: workload, vendors: [agent],
            offers: [
                .agent("per outcome", .perOutcome(PerOutcome(price: price)), buyerCosts: BuyerCosts(perTask: .uniform(0.1, 0.3))),
                .agent("capped", .cappedPerOutcome(CappedPerOutcome(price: price, monthlyCap: cap, atCap: .pause))),
            ])
    }

    /// Each variant's result equals, bit for bit, a run of that variant alone, whatever the threads.
    @Test func variantsEqualSeparateRuns() {
        let base = Self.scenario(price: 0.99, cap: 700)
        let variants = [Self.scenario(price: 0.5, cap: 700), base, Self.scenario(price: 1.5, cap: 400)]
        let together = Simulation(scenario: base, seed: 11).run(variants: variants, threads: 2)
        #expect(together.count == 3)
        for (variant, result) in zip(variants, together) {
            #expect(Simulation(scenario: variant, seed: 11).run(threads: 1) == result)
        }
    }

    @Test func sharingWorlds() {
        let base = Self.scenario(price: 0.99, cap: 700)
        #expect(base.sharesWorlds(with: Self.scenario(price: 2, cap: 100)))
        var otherVendor = Self.agent
        otherVendor.reopenRate = .fixed(0.1)
        #expect(
            !base.sharesWorlds(with: .testScenario(horizonMonths: 8, workload: Self.workload, vendors: [otherVendor], offers: base.offers)))
        #expect(
            !base.sharesWorlds(with: .testScenario(horizonMonths: 9, workload: Self.workload, vendors: [Self.agent], offers: base.offers)))
    }

    /// A run that keeps its trials reports what a plain run reports, and its per-trial totals
    /// and draws are those of each trial's world and accounts.
    @Test func keptTrialsAreEachTrialsOwn() {
        let scenario = Self.scenario(price: 0.99, cap: 700)
        let simulation = Simulation(scenario: scenario, seed: 4)
        let kept = simulation.runKeepingTrials(threads: 2)
        #expect(kept.result == simulation.run(threads: 1))
        #expect(simulation.runKeepingTrials(keepingDraws: false).draws == nil)
        #expect(
            kept.draws!.parameters.map(\.path) == [
                "workload.tasksPerMonth", "workload.humanCostPerTask", "vendors[0].attemptSuccessRate",
                "vendors[0].costPerAttempt", "offers[0].buyerCosts.perTask",
            ])
        for trial in [0, 1, 350, 699] {
            let world = World(of: scenario, seed: 4, trial: trial)
            for (index, parameter) in kept.draws!.parameters.enumerated() {
                #expect(kept.draws!.values(ofParameter: index)[trial] == parameter.value(in: world))
            }
            #expect(kept.totals.baselines[trial] == world.baseline)
            for offer in scenario.offers.indices {
                let accounts = OfferAccounts(offer: offer, of: scenario).compute(in: world)
                #expect(kept.totals.values(.revenue, offer: offer)[trial] == accounts.horizon.revenue)
                #expect(kept.totals.vendorProfit(offer: offer)[trial] == accounts.horizon.revenue - accounts.horizon.vendorCost)
                #expect(kept.totals.values(.buyerCost, offer: offer)[trial] == accounts.horizon.buyerCost)
            }
        }
    }
}
