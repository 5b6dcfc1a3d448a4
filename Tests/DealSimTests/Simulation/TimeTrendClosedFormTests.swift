import Foundation
import Testing

@testable import DealSim

/// The engine's means against closed forms of the model's §9 (seasonality, the cost and
/// failure-rate trends, churn) with fixed inputs and no volatility, each within 4 of the
/// run's own standard errors (``expectMean(_:equals:within:_:sourceLocation:)``); a
/// probability p from n trials within 4·√(p(1 − p)/n), its standard error at the true p.
@Suite struct TimeTrendClosedFormTests {
    /// Each month's summary of `value` (of a world and a 0-based month) over `trials`
    /// worlds of `scenario`.
    static func monthly(_ scenario: Scenario, trials: Int, seed: UInt64, _ value: (World, Int) -> Double) -> [MetricSummary] {
        let worlds = (0..<trials).map { World(of: scenario, seed: seed, trial: $0) }
        return (0..<scenario.horizonMonths).map { month in
            var values = worlds.map { value($0, month) }
            return MetricSummary(values: &values)
        }
    }

    /// Expects a share `observed` of `trials` trials within 4 standard errors of `expected`.
    static func expectProbability(
        _ observed: Double, equals expected: Double, trials: Int, _ label: String,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let se = (expected * (1 - expected) / Double(trials)).squareRoot()
        #expect(
            abs(observed - expected) <= 4 * se, "\(label): \(observed), expected \(expected) (se \(se))",
            sourceLocation: sourceLocation)
    }

    // MARK: Seasonality

    static let seasonality = [1, 0.5, 1.5, 0, 2, 1, 1, 1, 0.8, 1.2, 1, 0.25]

    /// 14 months of 1,000 tasks growing 2% a month, under `seasonality`; the horizon wraps
    /// into a second year, month 13 taking the first entry again.
    static let seasonal = Scenario.testScenario(
        horizonMonths: 14, trials: 2_000,
        workload: Workload(tasksPerMonth: .fixed(1_000), monthlyGrowth: .fixed(0.02), seasonality: seasonality),
        vendors: [Vendor(id: "agent", attemptSuccessRate: .fixed(0.5))],
        offers: [.agent("per task", .perTask(PerTask(price: 1)))])

    /// E[Nₜ] = 1000 · 1.02^(t−1) · s[(t−1) mod 12]: month 1 1,000; month 2 1,020 · 0.5 = 510;
    /// month 3 1,040.4 · 1.5 = 1,560.6; month 4 · 0 = 0 (every trial); month 13 1.02¹² · 1,000
    /// = 1,268.24 · 1; month 14 1.02¹³ · 1,000 · 0.5 = 646.80.
    static func expectedTasks(_ month: Int) -> Double {
        1_000 * pow(1.02, Double(month - 1)) * seasonality[(month - 1) % 12]
    }

    @Test func seasonalVolumeMonthByMonth() {
        #expect(close(Self.expectedTasks(2), 510) && close(Self.expectedTasks(3), 1_560.6))
        let means = Self.monthly(Self.seasonal, trials: 2_000, seed: 5) { Double($0.tasks[$1]) }
        for (index, summary) in means.enumerated() {
            let expected = Self.expectedTasks(index + 1)
            if expected == 0 {
                #expect(summary.mean == 0 && summary.standardError == 0, "month \(index + 1): no tasks at all")
            } else {
                expectMean(summary, equals: expected, "tasks in month \(index + 1)")
            }
        }
    }

    /// Through the engine: $1 per task bills Σₜ E[Nₜ] over the 14 months.
    @Test func seasonalVolumeOverTheHorizon() {
        let expected = (1...14).reduce(0) { $0 + Self.expectedTasks($1) }
        let result = Simulation(scenario: Self.seasonal, seed: 8).run()
        expectMean(result.offers[0][.vendorRevenue], equals: expected, "per task over 14 months")
    }

    // MARK: The cost trend

    /// 2,000 tasks a month, q = 0.6, k = 3, $0.05 an attempt, the cost trend as given; a
    /// cost-plus offer (markup 25%) and one per task (whose vendor cost is the compute cost).
    static func costTrend(_ trend: Distribution) -> Scenario {
        .testScenario(
            horizonMonths: 12, trials: 2_000, workload: Workload(tasksPerMonth: .fixed(2_000)),
            vendors: [
                Vendor(
                    id: "agent", attemptSuccessRate: .fixed(0.6), maxAttempts: 3, costPerAttempt: .fixed(0.05),
                    costPerAttemptTrend: trend)
            ],
            offers: [.agent("cost plus", .costPlus(CostPlus(markup: 0.25))), .agent("per task", .perTask(PerTask(price: 1)))])
    }

    /// E[Aₜ] = 2000 · (1 + 0.4 + 0.4²) = 2000 · 1.56 = 3,120 attempts a month.
    static let attemptsPerMonth = 2_000 * (1 + 0.4 + 0.16)

    /// A fixed trend of −3%: cₜ = 0.05 · 0.97^(t−1), so E[Σ Aₜ·cₜ] = 3,120 · 0.05 · Σ_{t=1}^{12}
    /// 0.97^(t−1) = 156 · (1 − 0.97¹²)/0.03 = 156 · (1 − 0.6938424)/0.03 = 1,592.02; cost plus
    /// bills 1.25 times that, 1,990.02.
    @Test func computeCostUnderAFixedTrend() {
        let scenario = Self.costTrend(.fixed(-0.03))
        let compute = Self.attemptsPerMonth * 0.05 * (1 - pow(0.97, 12)) / 0.03
        #expect(abs(compute - 1_592.02) < 0.01)
        let result = Simulation(scenario: scenario, seed: 21).run()
        expectMean(result.offers[0][.vendorRevenue], equals: 1.25 * compute, "cost plus")
        expectMean(result.offers[1][.vendorCost], equals: compute, "compute cost")
        // Each month's cost per attempt: 0.05, 0.0485, 0.047045, …
        let world = World(of: scenario, seed: 21, trial: 0)
        #expect(close(world.vendors[0].costPerAttempt(inMonth: 2), 0.0485))
        #expect(close(world.vendors[0].costPerAttempt(inMonth: 3), 0.047045))
        for (index, month) in world.vendorMonths[0].enumerated() {
            #expect(close(month.costPerAttempt, 0.05 * pow(0.97, Double(index))))
        }
    }

    /// A quote prices costPlus on the means: mean(costPerAttempt) · (1 + mean(trend))^(t−1); a
    /// triangular(0.03, 0.06, 0.09) of mean 0.06 and a uniform(−0.04, −0.02) of mean −0.03
    /// give 0.06 in month 1 and 0.06 · 0.97² = 0.056454 in month 3.
    @Test func aQuotesCostPerAttemptComesFromTheMeans() {
        let vendor = Vendor(
            id: "agent", attemptSuccessRate: .fixed(0.6), costPerAttempt: .triangular(min: 0.03, mode: 0.06, max: 0.09),
            costPerAttemptTrend: .uniform(-0.04, -0.02))
        #expect(close(vendor.meanCostPerAttempt(inMonth: 1), 0.06))
        #expect(close(vendor.meanCostPerAttempt(inMonth: 3), 0.056454))
    }

    /// An uncertain trend g ~ uniform(−0.05, −0.01), drawn once per trial: E[(1 + g)^(t−1)] =
    /// (0.99ᵗ − 0.95ᵗ) / (t · 0.04), so E[Σ Aₜ·cₜ] = 156 · Σ_{t=1}^{12} (0.99ᵗ − 0.95ᵗ)/(0.04·t)
    /// (month 1: (0.99 − 0.95)/0.04 = 1; month 2: (0.9801 − 0.9025)/0.08 = 0.97).
    @Test func computeCostUnderAnUncertainTrend() {
        let factor = { (t: Int) in (pow(0.99, Double(t)) - pow(0.95, Double(t))) / (0.04 * Double(t)) }
        #expect(close(factor(1), 1) && close(factor(2), 0.97))
        let compute = (1...12).reduce(0) { $0 + Self.attemptsPerMonth * 0.05 * factor($1) }
        let result = Simulation(scenario: Self.costTrend(.uniform(-0.05, -0.01)), seed: 22).run()
        expectMean(result.offers[1][.vendorCost], equals: compute, "compute cost")
        expectMean(result.offers[0][.vendorRevenue], equals: 1.25 * compute, "cost plus")
    }

    /// What the trend saves the vendor (``OfferResult/OverTime/meanComputeSavedByCostTrend``):
    /// at month 1's $0.05 an attempt the same attempts would cost 12 · 3,120 · 0.05 = 1,872,
    /// so a fixed −3% saves 1,872 − 1,592.02 = 279.98 on average. A fixed trend draws nothing,
    /// so the same seed without it gives the same attempts: the per-task offer's cost there
    /// exceeds its cost under the trend by the figure, to rounding. Without a trend, no figure.
    /// (The figure's relative standard error is about 0.02%: a trial's attempts, Poisson
    /// volume times 1.56 attempts a task, vary by about 0.7%, over √2000 trials; 1% is loose.)
    @Test func computeSavedByTheCostTrend() throws {
        let compute = Self.attemptsPerMonth * 0.05 * (1 - pow(0.97, 12)) / 0.03
        #expect(abs(12 * Self.attemptsPerMonth * 0.05 - compute - 279.98) < 0.01)
        let withTrend = Simulation(scenario: Self.costTrend(.fixed(-0.03)), seed: 23).run()
        let without = Simulation(scenario: Self.costTrend(.fixed(0)), seed: 23).run()
        for offer in 0..<2 {
            let saved = try #require(withTrend.offers[offer].overTime.meanComputeSavedByCostTrend)
            #expect(without.offers[offer].overTime.meanComputeSavedByCostTrend == nil)
            #expect(abs(saved - 279.98) < 0.01 * 279.98, "offer \(offer): \(saved)")
        }
        let saved = withTrend.offers[1].overTime.meanComputeSavedByCostTrend!
        let difference = without.offers[1][.vendorCost].mean! - withTrend.offers[1][.vendorCost].mean!
        #expect(abs(saved - difference) <= 1e-9 * without.offers[1][.vendorCost].mean!)
        // Rising costs: a negative saving.
        let rising = Simulation(scenario: Self.costTrend(.fixed(0.02)), seed: 23).run()
        #expect(try #require(rising.offers[1].overTime.meanComputeSavedByCostTrend) < 0)
    }

    // MARK: The failure-rate trend

    /// 2,000 tasks a month, k = 2, q = 0.7 after a 3-month lag from q₀ = 0.2, the failure
    /// rate falling 10% a month after the lag; $1 per accepted outcome.
    static let learning = Scenario.testScenario(
        horizonMonths: 12, trials: 2_000, workload: Workload(tasksPerMonth: .fixed(2_000)),
        vendors: [
            Vendor(
                id: "agent", attemptSuccessRate: .fixed(0.7), maxAttempts: 2,
                trainingLag: TrainingLag(months: 3, initialAttemptSuccessRate: .fixed(0.2)), failureRateTrend: .fixed(-0.1))
        ],
        offers: [.agent("per outcome", .perOutcome(PerOutcome(price: 1)))])

    /// qₜ by §2 and §9: t ≤ 3: 0.2 + 0.5·(t − 1)/3 (0.2, 0.3667, 0.5333); t > 3:
    /// 1 − 0.3 · 0.9^(t − 4) (0.7, 0.73, 0.757, 0.7813, …).
    static func learningRate(_ month: Int) -> Double {
        month <= 3 ? 0.2 + 0.5 * Double(month - 1) / 3 : 1 - 0.3 * pow(0.9, Double(month - 4))
    }

    /// E[Cₜ] = 2000 · (1 − (1 − qₜ)²): month 1 2000 · (1 − 0.64) = 720; month 4 2000 · 0.91 =
    /// 1,820; month 5 2000 · (1 − 0.27²) = 1,854.2.
    static func expectedAccepted(_ month: Int) -> Double { 2_000 * (1 - pow(1 - learningRate(month), 2)) }

    @Test func successRateAfterTheLag() throws {
        let vendor = World(of: Self.learning, seed: 1, trial: 0).vendors[0]
        for month in 1...12 { #expect(close(vendor.attemptSuccessRate(inMonth: month), Self.learningRate(month))) }
        #expect(close(vendor.attemptSuccessRate(inMonth: 5), 0.73) && close(vendor.attemptSuccessRate(inMonth: 6), 0.757))
        #expect(close(Self.expectedAccepted(1), 720) && close(Self.expectedAccepted(5), 1_854.2))
    }

    @Test func acceptedOutcomesMonthByMonth() {
        let means = Self.monthly(Self.learning, trials: 2_000, seed: 6) { Double($0.vendorMonths[0][$1].accepted) }
        for (index, summary) in means.enumerated() {
            expectMean(summary, equals: Self.expectedAccepted(index + 1), "accepted outcomes in month \(index + 1)")
        }
    }

    @Test func acceptedOutcomesOverTheHorizon() {
        let expected = (1...12).reduce(0) { $0 + Self.expectedAccepted($1) }
        let result = Simulation(scenario: Self.learning, seed: 13).run()
        expectMean(result.offers[0][.acceptedOutcomes], equals: expected, "accepted outcomes")
    }

    /// A drift of +50% a month without a lag reaches the clamp: 1 − qₜ = min(1, 0.3 · 1.5^(t−1)):
    /// 0.3, 0.45, 0.675, then 1.0125 → 1, so from month 4 on q = 0: every task is tried k = 2
    /// times and none succeeds, in every trial.
    @Test func aDriftIsClampedAtAFailureRateOfOne() {
        let scenario = Scenario.testScenario(
            horizonMonths: 6, trials: 100, workload: Workload(tasksPerMonth: .fixed(500)),
            vendors: [Vendor(id: "agent", attemptSuccessRate: .fixed(0.7), maxAttempts: 2, failureRateTrend: .fixed(0.5))],
            offers: [.agent("per outcome", .perOutcome(PerOutcome(price: 1)))])
        let vendor = World(of: scenario, seed: 2, trial: 0).vendors[0]
        let rates = (1...6).map { vendor.attemptSuccessRate(inMonth: $0) }
        for (rate, expected) in zip(rates, [0.7, 0.55, 0.325, 0, 0, 0]) { #expect(close(rate, expected)) }
        for trial in 0..<100 {
            let months = World(of: scenario, seed: 2, trial: trial).vendorMonths[0]
            #expect(months[3...].allSatisfy { $0.accepted == 0 && $0.successes == 0 && $0.attempts == 2 * $0.tasks })
        }
    }

    /// A trend of −1 fails as often as untrained in the month after the lag (0⁰ = 1), never
    /// after: lag 2 from 0.3 to 0.6: 0.3, 0.45, 0.6, then 1.
    @Test func aTrendOfMinusOneLearnsEverythingAMonthAfterTheLag() {
        let scenario = Scenario.testScenario(
            horizonMonths: 5, trials: 1, workload: Workload(tasksPerMonth: .fixed(10)),
            vendors: [
                Vendor(
                    id: "agent", attemptSuccessRate: .fixed(0.6),
                    trainingLag: TrainingLag(months: 2, initialAttemptSuccessRate: .fixed(0.3)), failureRateTrend: .fixed(-1))
            ],
            offers: [.agent("per outcome", .perOutcome(PerOutcome(price: 1)))])
        let vendor = World(of: scenario, seed: 1, trial: 0).vendors[0]
        let rates = (1...5).map { vendor.attemptSuccessRate(inMonth: $0) }
        for (rate, expected) in zip(rates, [0.3, 0.45, 0.6, 1, 1]) { #expect(close(rate, expected)) }
    }

    // MARK: Churn

    /// 12 months of 1,000 tasks, every one accepted (q = 1), at $1 a task against $2 by hand;
    /// the buyer leaves at the end of a month with probability `churn`.
    static func churning(_ churn: Distribution, horizon: Int, trials: Int) -> Scenario {
        .testScenario(
            horizonMonths: horizon, trials: trials,
            workload: Workload(tasksPerMonth: .fixed(1_000), humanCostPerTask: .fixed(2), monthlyChurn: churn),
            vendors: [Vendor(id: "agent", attemptSuccessRate: .fixed(1))],
            offers: [.agent("per task", .perTask(PerTask(price: 1)))])
    }

    /// A fixed churn p = 0.1 over H = 12: E = min(first month with a leave, H), P(E = t) =
    /// 0.9^(t−1) · 0.1 for t < 12, P(E = 12) = 0.9¹¹ = 0.313811. E[E] = Σ_{t=0}^{11} 0.9ᵗ =
    /// (1 − 0.9¹²)/0.1 = (1 − 0.282430)/0.1 = 7.175705; P(E < H) = 1 − 0.9¹¹ = 0.686189.
    @Test func theDealsLengthUnderAFixedChurn() {
        let trials = 20_000
        let run = Simulation(scenario: Self.churning(.fixed(0.1), horizon: 12, trials: trials), seed: 17)
            .runKeepingTrials(keepingDraws: false)
        let offer = run.result.offers[0]
        let meanMonths = (1 - pow(0.9, 12)) / 0.1
        #expect(abs(meanMonths - 7.175705) < 1e-6)
        expectMean(offer[.dealMonths], equals: meanMonths, "deal_months")
        Self.expectProbability(offer.probabilityEndsEarly, equals: 1 - pow(0.9, 11), trials: trials, "p_ends_early")
        let months = run.totals.dealMonths
        for t in 1...12 {
            let share = Double(months.filter { $0 == Double(t) }.count) / Double(trials)
            let expected = t < 12 ? pow(0.9, Double(t - 1)) * 0.1 : pow(0.9, 11)
            Self.expectProbability(share, equals: expected, trials: trials, "P(E = \(t))")
        }
        // The deal's end is independent of the volume, E[Nₜ] = 1000 in every month, so:
        // revenue E[Σ_{t≤E} Nₜ] = 1000 · E[E] = 7,175.70; human tasks 1000 · (12 − E[E]) = 4,824.30;
        // buyer cost 1000 · (1 · E[E] + 2 · (12 − E[E])) = 16,824.30; net savings against the
        // baseline 1000 · 12 · 2 = 24,000: 24,000 − 16,824.30 = 7,175.70, what each deal month saves ($1).
        expectMean(offer[.vendorRevenue], equals: 1_000 * meanMonths, "revenue")
        expectMean(offer[.humanTasks], equals: 1_000 * (12 - meanMonths), "human tasks")
        expectMean(offer[.buyerCost], equals: 1_000 * (meanMonths + 2 * (12 - meanMonths)), "buyer cost")
        expectMean(offer[.buyerNetSavings], equals: 1_000 * meanMonths, "net savings")
    }

    /// An uncertain churn p ~ uniform(0, 0.2) held for the whole horizon of 6 months:
    /// E[(1 − p)ᵗ] = (1 − 0.8^(t+1)) / (0.2 · (t + 1)): 1, 0.9, 0.813333, 0.738, 0.67232,
    /// 0.61488 for t = 0…5, so E[E] = 4.738533 and P(E < 6) = 1 − 0.67232 = 0.32768. (Drawn
    /// afresh each month it would be 1 − 0.9⁵ = 0.40951.)
    @Test func theDealsLengthUnderAnUncertainChurn() {
        let trials = 20_000
        let offer = Simulation(scenario: Self.churning(.uniform(0, 0.2), horizon: 6, trials: trials), seed: 19).run().offers[0]
        let survival = (0..<6).map { t in (1 - pow(0.8, Double(t + 1))) / (0.2 * Double(t + 1)) }
        #expect(abs(survival.reduce(0, +) - 4.738533) < 1e-6)
        expectMean(offer[.dealMonths], equals: survival.reduce(0, +), "deal_months")
        Self.expectProbability(offer.probabilityEndsEarly, equals: 1 - survival[5], trials: trials, "p_ends_early")
    }

    /// One month: the deal always runs to the horizon, whatever the churn (no month t < H).
    @Test func aOneMonthHorizonNeverEndsEarly() {
        let offer = Simulation(scenario: Self.churning(.fixed(1), horizon: 1, trials: 100), seed: 1).run().offers[0]
        #expect(offer[.dealMonths].mean == 1 && offer.probabilityEndsEarly == 0)
    }
}
