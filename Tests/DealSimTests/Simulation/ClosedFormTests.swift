import Testing

@testable import DealSim

/// The engine's means against closed-form expectations (TheModel article) with fixed inputs,
/// each within 4 of the run's own standard errors.
@Suite struct ClosedFormTests {
    static let model = ClosedForm(
        tasksPerMonth: 2_000, monthlyGrowth: 0.05, attemptSuccessRate: 0.7, maxAttempts: 3,
        trainingLagMonths: 3, initialAttemptSuccessRate: 0.2, reopenRate: 0.05, disputeRate: 0.1,
        disputeUpheldRate: 0.4)
    static let horizon = 6
    static let humanCost = 5.0
    static let costPerAttempt = 0.04, costPerTask = 0.01, fixedCost = 300.0, disputeCost = 8.0

    static let vendor = Vendor(
        id: "agent", attemptSuccessRate: .fixed(0.7), maxAttempts: 3, costPerAttempt: .fixed(costPerAttempt),
        costPerTask: .fixed(costPerTask), fixedCostPerMonth: .fixed(fixedCost),
        trainingLag: TrainingLag(months: 3, initialAttemptSuccessRate: .fixed(0.2)), reopenRate: .fixed(0.05),
        disputeRate: .fixed(0.1), disputeUpheldRate: .fixed(0.4), disputeCost: .fixed(disputeCost))

    static let buyerCosts = BuyerCosts(perTask: .fixed(0.2), perMonth: .fixed(100), perDispute: .fixed(3))

    static let result: SimulationResult = {
        let scenario = Scenario.testScenario(
            horizonMonths: horizon, trials: 4_000,
            workload: Workload(
                tasksPerMonth: .fixed(2_000), monthlyGrowth: .fixed(0.05), volumeVolatility: .fixed(0.2),
                humanCostPerTask: .fixed(humanCost)),
            vendors: [vendor],
            offers: [
                .agent("per outcome", .perOutcome(PerOutcome(price: 0.99))),
                .agent("per task", .perTask(PerTask(price: 0.5))),
                .agent("per attempt", .perAttempt(PerAttempt(price: 0.1))),
                .agent("cost plus", .costPlus(CostPlus(markup: 0.3))),
                .agent("per outcome, buyer costs", .perOutcome(PerOutcome(price: 0.99)), buyerCosts: buyerCosts),
            ])
        return Simulation(scenario: scenario, seed: 7).run()
    }()

    func total(_ monthly: (Int) -> Double) -> Double { Self.model.total(Self.horizon, monthly) }

    @Test func acceptedOutcomes() {
        let expected = total(Self.model.accepted)
        for offer in Self.result.offers {
            expectMean(offer[.acceptedOutcomes], equals: expected, "accepted outcomes of \(offer.name)")
        }
    }

    @Test func perOutcomeInvoice() {
        expectMean(Self.result.offers[0][.vendorRevenue], equals: 0.99 * total(Self.model.accepted), "per outcome")
    }

    @Test func perTaskInvoice() {
        expectMean(Self.result.offers[1][.vendorRevenue], equals: 0.5 * total(Self.model.tasks), "per task")
    }

    @Test func perAttemptInvoice() {
        expectMean(Self.result.offers[2][.vendorRevenue], equals: 0.1 * total(Self.model.attempts), "per attempt")
    }

    @Test func costPlusInvoice() {
        let expected = 1.3 * Self.costPerAttempt * total(Self.model.attempts)
        expectMean(Self.result.offers[3][.vendorRevenue], equals: expected, "cost plus")
    }

    @Test func vendorCost() {
        let running = total { month in
            Self.costPerAttempt * Self.model.attempts(month) + Self.costPerTask * Self.model.tasks(month) + Self.fixedCost
        }
        let disputes = Self.disputeCost * total(Self.model.disputes)
        expectMean(Self.result.offers[0][.vendorCost], equals: running + disputes, "on outcomes: with disputes")
        expectMean(Self.result.offers[1][.vendorCost], equals: running, "per task: no dispute cost")
    }

    @Test func buyerCostWithoutBuyerCosts() {
        let expected = total { month in
            0.99 * Self.model.accepted(month) + (Self.model.tasks(month) - Self.model.accepted(month)) * Self.humanCost
        }
        expectMean(Self.result.offers[0][.buyerCost], equals: expected, "buyer cost")
        let baseline = Self.humanCost * total(Self.model.tasks)
        expectMean(Self.result.baseline, equals: baseline, "baseline")
    }

    @Test func buyerCostWithBuyerCosts() {
        let expected = total { month in
            0.99 * Self.model.accepted(month) + (Self.model.tasks(month) - Self.model.accepted(month)) * Self.humanCost
                + 0.2 * Self.model.tasks(month) + 100 + 3 * Self.model.disputes(month)
        }
        expectMean(Self.result.offers[4][.buyerCost], equals: expected, "buyer cost with buyer costs")
    }

    /// With an uncertain success rate and one attempt, E[C] = E[N]·E[q]·(1 − reopen)·(1 − dispute·upheld).
    @Test func uncertainSuccessRate() {
        let scenario = Scenario.testScenario(
            horizonMonths: 3, trials: 4_000,
            workload: Workload(tasksPerMonth: .ci90(low: 500, high: 2_000)),
            vendors: [Vendor(id: "agent", attemptSuccessRate: .beta(alpha: 16, beta: 4), reopenRate: .uniform(0, 0.1))],
            offers: [.agent("per outcome", .perOutcome(PerOutcome(price: 1)))])
        let result = Simulation(scenario: scenario, seed: 11).run()
        let tasks = Distribution.ci90(low: 500, high: 2_000).mean
        expectMean(result.offers[0][.acceptedOutcomes], equals: 3 * tasks * 0.8 * 0.95, "accepted outcomes")
    }
}
