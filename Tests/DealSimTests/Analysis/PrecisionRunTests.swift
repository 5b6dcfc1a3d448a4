import Testing

@testable import DealSim

/// A run that chooses its trials: it stops once every half-width is within the target, and
/// its result is, bit for bit, a plain run with its last round's trials.
@Suite struct PrecisionRunTests {
    static let scenario = Scenario.testScenario(
        horizonMonths: 6, trials: 1_000,
        workload: Workload(tasksPerMonth: .uniform(800, 1_200), volumeVolatility: .fixed(0.2), humanCostPerTask: .fixed(4)),
        vendors: [Vendor(id: "agent", attemptSuccessRate: .beta(alpha: 16, beta: 4), costPerAttempt: .fixed(0.05))],
        offers: [
            .agent("per outcome", .perOutcome(PerOutcome(price: 0.9))),
            .agent("per task", .perTask(PerTask(price: 0.5))),
        ])

    @Test(arguments: [PrecisionRun.Target.fraction(0.005), .amount(150)])
    func reachesTheTargetAsAPlainRun(target: PrecisionRun.Target) throws {
        let outcome = PrecisionRun(scenario: Self.scenario, seed: 8, target: target, firstTrials: 200).run(threads: 2)
        #expect(outcome.reached)
        #expect(outcome.rounds.count >= 2, "200 trials are not enough for this target")
        #expect(outcome.rounds == outcome.rounds.sorted() && Set(outcome.rounds).count == outcome.rounds.count)
        let trials = try #require(outcome.rounds.last)
        #expect(outcome.run.result == Simulation(scenario: Self.scenario, seed: 8, trials: trials).run(threads: 1))
        for offer in outcome.run.result.offers {
            for metric in [HorizonMetric.vendorProfit, .buyerCost] {
                let halfWidth = 1.96 * offer[metric].standardError!
                let allowed: Double
                switch target {
                case .amount(let amount): allowed = amount
                case .fraction(let fraction): allowed = fraction * abs(offer[metric].mean!)
                }
                #expect(halfWidth <= allowed, "\(offer.name) \(metric)")
            }
        }
        // The round before the last fell short, or the run would have stopped there.
        let previous = outcome.rounds[outcome.rounds.count - 2]
        let before = Simulation(scenario: Self.scenario, seed: 8, trials: previous).run()
        #expect(!PrecisionRun(scenario: Self.scenario, seed: 8, target: target).check(before).reached)
    }

    @Test func stopsAtTheMostTrials() {
        let outcome = PrecisionRun(scenario: Self.scenario, seed: 8, target: .amount(1), maximumTrials: 900, firstTrials: 300).run()
        #expect(!outcome.reached)
        #expect(outcome.rounds == [300, 900])
        #expect(outcome.widest.map { $0.halfWidth > $0.allowed } == true)
    }
}
