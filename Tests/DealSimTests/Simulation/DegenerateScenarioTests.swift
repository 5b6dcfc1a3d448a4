import Testing

@testable import DealSim

/// Degenerate inputs run, and their results hold no NaN or infinity.
@Suite struct DegenerateScenarioTests {
    static func run(tasks: Double, rate: Double, trials: Int = 50, horizon: Int = 3) -> SimulationResult {
        let scenario = Scenario.testScenario(
            horizonMonths: horizon, trials: trials,
            workload: Workload(tasksPerMonth: .fixed(tasks), volumeVolatility: .fixed(0.3), humanCostPerTask: .fixed(5)),
            vendors: [Vendor(id: "agent", attemptSuccessRate: .fixed(rate), maxAttempts: 3, costPerAttempt: .fixed(0.1))],
            offers: [
                .agent("per outcome", .perOutcome(PerOutcome(price: 1))),
                .agent("share", .revenueShare(RevenueShare(percent: 10, basis: .savings))),
            ])
        return Simulation(scenario: scenario, seed: 1).run()
    }

    static func allFinite(_ result: SimulationResult) -> Bool {
        result.offers.allSatisfy { offer in
            HorizonMetric.allCases.allSatisfy { metric in
                let s = offer[metric]
                return [s.mean, s.standardError, s.p5, s.p50, s.p95].allSatisfy { $0?.isFinite ?? true }
            }
                && MonthlyMetric.allCases.allSatisfy { metric in
                    offer[metric].allSatisfy { [$0.mean, $0.p5, $0.p50, $0.p95].allSatisfy(\.isFinite) }
                }
        }
    }

    @Test func noTasks() {
        let result = Self.run(tasks: 0, rate: 0.8)
        #expect(Self.allFinite(result))
        let margin = result.offers[0][.margin]
        #expect(margin.included == 0 && margin.excluded == 50 && margin.mean == nil)
        #expect(result.offers[0][.invoicePerOutcome].excluded == 50)
        #expect(result.offers[0][.vendorCost].mean == 0)
    }

    @Test func agentThatNeverSucceeds() {
        let result = Self.run(tasks: 1_000, rate: 0)
        #expect(Self.allFinite(result))
        #expect(result.offers[0][.acceptedOutcomes].mean == 0)
        #expect(result.offers[0].probabilityOfLoss == 1)  // it still pays for attempts
        // three attempts per task, all failing
        #expect(result.offers[0][.vendorCost].mean! > 0)
    }

    @Test func agentThatAlwaysSucceeds() {
        let result = Self.run(tasks: 1_000, rate: 1)
        #expect(Self.allFinite(result))
        // every attempt succeeds first time: cost 0.1 per task, invoice 1 per task
        #expect(close(result.offers[0][.computePerOutcome].mean!, 0.1))
        #expect(close(result.offers[0][.invoicePerOutcome].mean!, 1))
    }

    @Test func oneTrial() {
        let result = Self.run(tasks: 100, rate: 0.5, trials: 1)
        #expect(Self.allFinite(result))
        #expect(result.offers[0][.vendorRevenue].standardError == nil)
    }

    /// Volatilities whose 1/v² overflows or underflows, and a volume whose far tail passes
    /// what a Poisson draw can hold, run without a crash and give finite results.
    @Test(arguments: [1e-200, 1e200])
    func extremeVolatility(volatility: Double) {
        let scenario = Scenario.testScenario(
            horizonMonths: 2, trials: 20,
            workload: Workload(tasksPerMonth: .ci90(low: 1e11, high: 1e12), volumeVolatility: .fixed(volatility)),
            vendors: [Vendor(id: "agent", attemptSuccessRate: .fixed(0.5))],
            offers: [.agent("per outcome", .perOutcome(PerOutcome(price: 1)))])
        let result = Simulation(scenario: scenario, seed: 3).run()
        #expect(Self.allFinite(result))
    }

    @Test func hugeVolume() {
        let result = Self.run(tasks: 1e11, rate: 0.6, trials: 4, horizon: 2)
        #expect(Self.allFinite(result))
        #expect(result.offers[0][.acceptedOutcomes].mean! > 1e11)
    }
}
