import Testing

@testable import DealSim

/// Solves on a scenario with fixed inputs, whose answers have closed forms (TheModel article):
/// each answer is checked against its closed form within the error the solve itself
/// reports; and solves whose metric is step-shaped, or whose target is not crossed.
@Suite struct SolveTests {
    static let horizon = 6
    static let trials = 2_000
    static let seed: UInt64 = 13
    static let costPerAttempt = 0.05, costPerTask = 0.01, fixedCost = 500.0, disputeCost = 5.0
    static let price = 0.99, perTaskPrice = 0.5

    /// The model's expectations at attempt success rate `q` (the other inputs as in ``scenario``).
    static func model(_ q: Double = 0.7) -> ClosedForm {
        ClosedForm(
            tasksPerMonth: 2_000, monthlyGrowth: 0.05, attemptSuccessRate: q, maxAttempts: 2, trainingLagMonths: 2,
            initialAttemptSuccessRate: 0.3, reopenRate: 0.05, disputeRate: 0.02, disputeUpheldRate: 0.5)
    }

    /// Every input fixed; one per-outcome offer and one per-task offer.
    static let scenario = Scenario.testScenario(
        horizonMonths: horizon, trials: trials,
        workload: Workload(
            tasksPerMonth: .fixed(2_000), monthlyGrowth: .fixed(0.05), volumeVolatility: .fixed(0.2), humanCostPerTask: .fixed(5)),
        vendors: [
            Vendor(
                id: "agent", attemptSuccessRate: .fixed(0.7), maxAttempts: 2, costPerAttempt: .fixed(costPerAttempt),
                costPerTask: .fixed(costPerTask), fixedCostPerMonth: .fixed(fixedCost),
                trainingLag: TrainingLag(months: 2, initialAttemptSuccessRate: .fixed(0.3)), reopenRate: .fixed(0.05),
                disputeRate: .fixed(0.02), disputeUpheldRate: .fixed(0.5), disputeCost: .fixed(disputeCost))
        ],
        offers: [
            .agent("per outcome", .perOutcome(PerOutcome(price: price))),
            .agent("per task", .perTask(PerTask(price: perTaskPrice))),
        ])

    static let pricePath = ScenarioParameter([.key("offers"), .index(0), .key("pricing"), .key("price")])
    static let ratePath = ScenarioParameter([.key("vendors"), .index(0), .key("attemptSuccessRate")])
    static let capPath = ScenarioParameter([.key("offers"), .index(0), .key("terms"), .key("monthlyCap")])

    /// E[vendor cost] over the horizon: attempts · cost per attempt + tasks · cost per task +
    /// the fixed cost + disputes · dispute cost.
    static func expectedCost(_ model: ClosedForm) -> Double {
        model.total(horizon) { month in
            costPerAttempt * model.attempts(month) + costPerTask * model.tasks(month) + fixedCost
                + disputeCost * model.disputes(month)
        }
    }

    /// E[accepted outcomes] over the horizon.
    static func expectedOutcomes(_ model: ClosedForm) -> Double { model.total(horizon, model.accepted) }

    /// The run a solve made at `value`: the scenario edited to it, with the solve's seed and trials.
    static func run(_ scenario: Scenario, _ parameter: ScenarioParameter, at value: Double) throws -> SimulationResult {
        Simulation(scenario: try scenario.setting(parameter, to: value), seed: seed, trials: trials).run()
    }

    /// The run a solve of ``scenario`` made at `value`.
    static func run(_ parameter: ScenarioParameter, at value: Double) throws -> SimulationResult {
        try run(scenario, parameter, at: value)
    }

    /// The solution, which must exist, lie in the bracket the solve reports, and be reported
    /// with the numbers a run at its value gives.
    static func solution(
        of solve: Solve, _ outcome: Solve.Outcome, sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> Solve.Evaluation {
        let solution = try #require(outcome.solution, "the target is crossed", sourceLocation: sourceLocation)
        #expect(outcome.bracket.contains(solution.value), sourceLocation: sourceLocation)
        #expect(solve.low <= outcome.bracket.lowerBound && outcome.bracket.upperBound <= solve.high, sourceLocation: sourceLocation)
        #expect(outcome.runs <= Solve.maximumRuns, sourceLocation: sourceLocation)
        let result = try run(solve.scenario, solve.parameter, at: solution.value)
        let (mean, se) = result.offers[solve.offer].estimate(of: solve.metric, trials: trials)
        #expect(solution.metric == mean && solution.standardError == se, "the run at the value found", sourceLocation: sourceLocation)
        return solution
    }

    /// The break-even price (`vendor_profit = 0`) is E[vendor cost] / E[accepted outcomes].
    /// Profit is linear in the price, so one false-position step finds the root of the
    /// simulated curve (three runs); that root is off the closed form by the error of the
    /// simulated profit, `4·se / E[outcomes]`, and the solution off the root by
    /// `|achieved| / E[outcomes]`.
    @Test func breakEvenPrice() throws {
        let solve = try Solve(
            scenario: Self.scenario, parameter: Self.pricePath, low: 0, high: 2, offer: 0, metric: .horizon(.vendorProfit),
            target: .value(0))
        let outcome = try solve.run(seed: Self.seed, trials: Self.trials)
        let solution = try Self.solution(of: solve, outcome)
        #expect(outcome.runs == 3, "the ends and one step")
        let outcomes = Self.expectedOutcomes(Self.model())
        let expected = Self.expectedCost(Self.model()) / outcomes
        let se = try #require(solution.standardError)
        let achieved = try #require(solution.metric)
        #expect(abs(achieved) <= 1e-6 * se, "the root of a straight line, to rounding")
        let tolerance = (4 * se + abs(achieved)) / outcomes
        #expect(abs(solution.value - expected) <= tolerance, "price \(solution.value), closed form \(expected), tolerance \(tolerance)")
        #expect(tolerance < 0.01 * expected, "a test that can fail")
    }

    /// The break-even attempt success rate at $0.99: the root of the closed-form expected
    /// profit (found by bisection), within `(4·se + |achieved|) / |slope|`, the slope of the
    /// closed-form profit there.
    @Test func breakEvenSuccessRate() throws {
        func profit(_ q: Double) -> Double {
            Self.price * Self.expectedOutcomes(Self.model(q)) - Self.expectedCost(Self.model(q))
        }
        var (low, high) = (0.0, 1.0)
        #expect(profit(low) < 0 && profit(high) > 0)
        for _ in 0..<60 {
            let middle = (low + high) / 2
            if profit(middle) < 0 { low = middle } else { high = middle }
        }
        let expected = (low + high) / 2
        let slope = (profit(expected + 1e-6) - profit(expected - 1e-6)) / 2e-6

        let solve = try Solve(
            scenario: Self.scenario, parameter: Self.ratePath, low: 0.05, high: 0.95, offer: 0, metric: .horizon(.vendorProfit),
            target: .value(0))
        let outcome = try solve.run(seed: Self.seed, trials: Self.trials)
        let solution = try Self.solution(of: solve, outcome)
        let se = try #require(solution.standardError)
        let achieved = try #require(solution.metric)
        let width = outcome.bracket.upperBound - outcome.bracket.lowerBound
        #expect(abs(achieved) <= se || width <= Solve.relativeTolerance * 0.9 * (1 + 1e-9), "the stopping rule")
        let tolerance = (4 * se + abs(achieved)) / slope
        #expect(abs(solution.value - expected) <= tolerance, "rate \(solution.value), closed form \(expected), tolerance \(tolerance)")
        #expect(tolerance < 0.05 * expected, "a test that can fail")
    }

    /// The lowest price with P(loss) = 5%: P(loss) moves in steps of 1/2,000. The solve
    /// stops in a bracket that is narrow or where P(loss) is within its standard error of
    /// 5%, the value lies in it, and P(loss) at the bracket's ends lies on either side of 5%.
    @Test func priceForProbabilityOfLoss() throws {
        let solve = try Solve(
            scenario: Self.scenario, parameter: Self.pricePath, low: 0, high: 2, offer: 0, metric: .probabilityOfLoss,
            target: .value(0.05))
        let outcome = try solve.run(seed: Self.seed, trials: Self.trials)
        let solution = try Self.solution(of: solve, outcome)
        #expect(outcome.atLow.metric == 1 && outcome.atHigh.metric == 0)
        let (a, b) = (outcome.bracket.lowerBound, outcome.bracket.upperBound)
        let se = try #require(solution.standardError)
        let achieved = try #require(solution.metric)
        #expect(
            b - a <= Solve.relativeTolerance * 2 * (1 + 1e-9) || abs(achieved - 0.05) <= se,
            "bracket \(a)…\(b), P(loss) \(achieved) ± \(se)")
        let atA = try Self.run(Self.pricePath, at: a).offers[0].probabilityOfLoss
        let atB = try Self.run(Self.pricePath, at: b).offers[0].probabilityOfLoss
        #expect(atA >= 0.05 && atB <= 0.05, "P(loss) \(atA) at \(a), \(atB) at \(b)")
        // Above break-even: a 5% chance of a loss costs more than breaking even on average.
        let breakEven = Self.expectedCost(Self.model()) / Self.expectedOutcomes(Self.model())
        #expect(solution.value > breakEven)
    }

    /// A step-shaped metric converges to its step: with one trial, P(loss) is 1 below that
    /// trial's break-even price and 0 from it on, and has no standard error to stop on; the
    /// solve narrows the bracket to 10⁻⁴ of the range around the step.
    @Test func stepShapedMetricConvergesToTheStep() throws {
        let solve = try Solve(
            scenario: Self.scenario, parameter: Self.pricePath, low: 0, high: 2, offer: 0, metric: .probabilityOfLoss,
            target: .value(0.5))
        let outcome = try solve.run(seed: Self.seed, trials: 1)
        let solution = try #require(outcome.solution)
        let (a, b) = (outcome.bracket.lowerBound, outcome.bracket.upperBound)
        #expect(b - a <= Solve.relativeTolerance * 2)
        #expect(solution.value == a || solution.value == b)
        #expect(solution.standardError == nil)
        #expect(outcome.runs < Solve.maximumRuns, "narrowed, not stopped by the limit on runs: \(outcome.runs) runs")
        // The single trial's break-even price, from its cost and outcomes.
        let trial = Simulation(scenario: Self.scenario, seed: Self.seed, trials: 1).run().offers[0]
        let step = try #require(trial[.vendorCost].mean) / (try #require(trial[.acceptedOutcomes].mean))
        #expect(a - 1e-12 <= step && step <= b + 1e-12, "step \(step) outside \(a)…\(b)")
        for (price, loss) in [(a, true), (b, false)] {
            let profit = Simulation(scenario: try Self.scenario.setting(Self.pricePath, to: price), seed: Self.seed, trials: 1)
                .run().offers[0][.vendorProfit].mean!
            #expect((profit < 0) == loss, "profit \(profit) at \(price)")
        }
    }

    /// The price at which the per-outcome offer costs the buyer what the per-task offer does
    /// (target `.offer`): price · E[outcomes] = per-task price · E[tasks], the rest of the
    /// buyer's cost being the same. The simulated root is off the closed form by the error of
    /// the difference of the invoices, at most 4 · (se of one + se of the other) / E[outcomes].
    @Test func priceMatchingAnotherOffersBuyerCost() throws {
        let solve = try Solve(
            scenario: Self.scenario, parameter: Self.pricePath, low: 0, high: 2, offer: 0, metric: .horizon(.buyerCost),
            target: .offer(1))
        let outcome = try solve.run(seed: Self.seed, trials: Self.trials)
        let solution = try Self.solution(of: solve, outcome)
        let result = try Self.run(Self.pricePath, at: solution.value)
        #expect(solution.target == result.offers[1][.buyerCost].mean, "the target is the other offer's buyer cost in the same run")
        let outcomes = Self.expectedOutcomes(Self.model())
        let expected = Self.perTaskPrice * Self.model().total(Self.horizon, Self.model().tasks) / outcomes
        let gap = try #require(solution.gap)
        let invoices =
            try #require(result.offers[0][.vendorRevenue].standardError) + (try #require(result.offers[1][.vendorRevenue].standardError))
        let tolerance = (4 * invoices + abs(gap)) / outcomes
        #expect(abs(solution.value - expected) <= tolerance, "price \(solution.value), closed form \(expected), tolerance \(tolerance)")
        #expect(tolerance < 0.02 * expected, "a test that can fail")
        // Common random numbers: the gap between the two offers' buyer costs is known far
        // better than either cost, and the solve stops on the gap's own error.
        let gapError = try #require(solution.gapStandardError)
        #expect(gapError < 0.1 * (try #require(solution.standardError)))
        #expect(
            gapError
                == Solve.differenceStandardError(
                    Simulation(
                        scenario: try Self.scenario.setting(Self.pricePath, to: solution.value), seed: Self.seed, trials: Self.trials
                    )
                    .runKeepingTrials(keepingDraws: false).totals, metric: .horizon(.buyerCost), offer: 0, other: 1))
    }

    /// The monthly cap (deal terms) at which the margin is 40%, at a price so high that the
    /// cap binds every month of every trial: revenue is then H · cap in every trial, the mean
    /// margin is 1 − mean cost / (H · cap), and the cap is E[cost] / (0.6 · H). The root of
    /// the simulated margin, mean cost / (0.6 · H), is off that by 4 standard errors of the
    /// mean cost over 0.6 · H; a cap c whose margin misses 0.4 by `gap` is off the root by
    /// exactly |gap| · c / 0.6.
    @Test func capForMargin() throws {
        let expensive = try Self.scenario.setting(Self.pricePath, to: 20)
        let solve = try Solve(
            scenario: expensive, parameter: Self.capPath, low: 500, high: 4_000, offer: 0, metric: .horizon(.margin),
            target: .value(0.4))
        let outcome = try solve.run(seed: Self.seed, trials: Self.trials)
        let solution = try Self.solution(of: solve, outcome)
        let result = try Self.run(expensive, Self.capPath, at: solution.value)
        let revenue = result.offers[0][.vendorRevenue]
        #expect(revenue.p5 == revenue.p95, "the cap binds in every month of every trial")
        #expect(abs(try #require(revenue.mean) - Double(Self.horizon) * solution.value) <= 1e-9 * revenue.mean!)
        let scale = 0.6 * Double(Self.horizon)
        let expected = Self.expectedCost(Self.model()) / scale
        let costError = try #require(result.offers[0][.vendorCost].standardError) / scale
        let gap = try #require(solution.gap)
        let tolerance = 4 * costError + abs(gap) * solution.value / 0.6
        #expect(abs(solution.value - expected) <= tolerance, "cap \(solution.value), closed form \(expected), tolerance \(tolerance)")
        #expect(tolerance < 0.02 * expected, "a test that can fail")
    }

    /// A target not crossed in the bracket: no solution, the whole bracket, two runs, and the
    /// metric at both ends as runs there give it.
    @Test func targetNotCrossed() throws {
        let solve = try Solve(
            scenario: Self.scenario, parameter: Self.pricePath, low: 0, high: 0.1, offer: 0, metric: .probabilityOfLoss,
            target: .value(0.05))
        let outcome = try solve.run(seed: Self.seed, trials: Self.trials)
        #expect(outcome.solution == nil)
        #expect(outcome.bracket == 0...0.1)
        #expect(outcome.runs == 2)
        #expect(outcome.atLow == Solve.Evaluation(value: 0, metric: 1, standardError: 0, target: 0.05, gapStandardError: 0))
        #expect(outcome.atHigh == Solve.Evaluation(value: 0.1, metric: 1, standardError: 0, target: 0.05, gapStandardError: 0))

        // Against another offer: the per-outcome offer costs the buyer more at every price from 1.5 to 2.
        let rival = try Solve(
            scenario: Self.scenario, parameter: Self.pricePath, low: 1.5, high: 2, offer: 0, metric: .horizon(.buyerCost),
            target: .offer(1))
        let notCheaper = try rival.run(seed: Self.seed, trials: Self.trials)
        #expect(notCheaper.solution == nil)
        #expect(notCheaper.runs == 2)
        for end in [notCheaper.atLow, notCheaper.atHigh] {
            let result = try Self.run(Self.pricePath, at: end.value)
            #expect(end.metric == result.offers[0][.buyerCost].mean)
            #expect(end.standardError == result.offers[0][.buyerCost].standardError)
            #expect(end.target == result.offers[1][.buyerCost].mean)
            #expect(try #require(end.gap) > 0)
        }
    }

    /// A metric undefined at an end (no accepted outcomes at a success rate of 0, so no
    /// invoice per outcome) is not crossed, and says so.
    @Test func metricUndefinedAtAnEnd() throws {
        let scenario = Scenario.testScenario(
            horizonMonths: 2, trials: 200, workload: Workload(tasksPerMonth: .fixed(100)),
            vendors: [Vendor(id: "agent", attemptSuccessRate: .fixed(0.5))],
            offers: [.agent("per outcome", .perOutcome(PerOutcome(price: 1)))])
        let solve = try Solve(
            scenario: scenario, parameter: Self.ratePath, low: 0, high: 0.5, offer: 0, metric: .horizon(.invoicePerOutcome),
            target: .value(2))
        let outcome = try solve.run(seed: 1, trials: 200)
        #expect(outcome.solution == nil)
        #expect(outcome.atLow.metric == nil && outcome.atLow.gap == nil)
        #expect(outcome.atHigh.metric == 1)
    }

    /// The outcome, and the progress reported, do not depend on the threads.
    @Test func threadsDoNotMatter() throws {
        let solve = try Solve(
            scenario: Self.scenario, parameter: Self.ratePath, low: 0.05, high: 0.95, offer: 0, metric: .horizon(.vendorProfit),
            target: .value(0))
        var runs: [Int] = []
        let one = try solve.run(seed: Self.seed, trials: 500, threads: 1) { runs.append($0) }
        let two = try solve.run(seed: Self.seed, trials: 500, threads: 2)
        #expect(one == two)
        #expect(runs == Array(1...one.runs))
    }

    /// A bracket whose end the format refuses (a cap below the offer's minimum) is refused
    /// before anything runs; one whose ends are allowed is solved.
    @Test func refusedEnd() throws {
        let withMinimum = try Self.scenario.editing { $0.offers[0].terms.minimumMonthly = 1_000 }
        #expect(throws: ScenarioLoadError.self) {
            _ = try Solve(
                scenario: withMinimum, parameter: Self.capPath, low: 500, high: 4_000, offer: 0, metric: .horizon(.margin),
                target: .value(0.4))
        }
        let solve = try Solve(
            scenario: withMinimum, parameter: Self.capPath, low: 1_000, high: 4_000, offer: 0, metric: .horizon(.margin),
            target: .value(0.4))
        #expect(try solve.run(seed: Self.seed, trials: 200).solution != nil)
    }
}
