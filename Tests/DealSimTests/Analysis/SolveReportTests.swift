import Testing

@testable import DealSim

/// What `dealsim solve` prints, for outcomes stated by hand: the table, the CSV row, and
/// the sentence for a target not crossed.
@Suite struct SolveReportTests {
    static let scenario = Scenario.testScenario(
        horizonMonths: 2, trials: 200, workload: Workload(tasksPerMonth: .fixed(1_000)),
        vendors: [Vendor(id: "agent", attemptSuccessRate: .fixed(0.5))],
        offers: [.agent("per outcome", .perOutcome(PerOutcome(price: 1))), .agent("per task", .perTask(PerTask(price: 0.5)))])
    static let price = ScenarioParameter([.key("offers"), .index(0), .key("pricing"), .key("price")])
    static let successRate = ScenarioParameter([.key("vendors"), .index(0), .key("attemptSuccessRate")])

    static func report(
        _ parameter: ScenarioParameter = price, low: Double, high: Double, metric: SummaryMetric, target: Solve.Target,
        solution: Solve.Evaluation?, bracket: ClosedRange<Double>? = nil, atLow: Solve.Evaluation, atHigh: Solve.Evaluation,
        runs: Int
    ) throws -> SolveReport {
        let solve = try Solve(
            scenario: scenario, parameter: parameter, low: low, high: high, offer: 0, metric: metric, target: target)
        let outcome = Solve.Outcome(solution: solution, bracket: bracket ?? low...high, atLow: atLow, atHigh: atHigh, runs: runs)
        return SolveReport(solve: solve, outcome: outcome, trials: 2_000, seed: 13)
    }

    /// A break-even price found in one step: the value to six digits, the metric to its
    /// standard error's precision, raw numbers in the CSV.
    @Test func solved() throws {
        let report = try Self.report(
            low: 0, high: 2, metric: .horizon(.vendorProfit), target: .value(0),
            solution: Solve.Evaluation(value: 0.48731183701716496, metric: -2.5e-10, standardError: 4422.919805447911, target: 0),
            atLow: Solve.Evaluation(value: 0, metric: -5_000, standardError: 40, target: 0),
            atHigh: Solve.Evaluation(value: 2, metric: 15_000, standardError: 90, target: 0), runs: 3)
        #expect(
            report.table == """
                test
                Solving offers[0].pricing.price in 0…2 for vendor_profit of 'per outcome' = 0; 2,000 trials a run, seed 13

                value     0.487312
                bracket   0 to 2
                achieved  vendor_profit = 0 (standard error 4422.92)
                target    0
                runs      3

                """)
        #expect(
            report.csv == """
                parameter,value,low,high,metric,target,achieved,se,runs
                offers[0].pricing.price,0.48731183701716496,0,2,vendor_profit,0,-0.00000000025,4422.919805447911,3

                """)
    }

    /// Against another offer: the target is named, and its value at the solution given.
    @Test func solvedAgainstAnotherOffer() throws {
        let report = try Self.report(
            low: 0, high: 2, metric: .horizon(.buyerCost), target: .offer(1),
            solution: Solve.Evaluation(value: 0.643285, metric: 68_001.5, standardError: 512.3, target: 68_000.25),
            bracket: 0.6...0.7, atLow: Solve.Evaluation(value: 0, metric: 50_000, standardError: 400, target: 68_000),
            atHigh: Solve.Evaluation(value: 2, metric: 120_000, standardError: 700, target: 68_000), runs: 5)
        let lines = report.table.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(
            lines[1]
                == "Solving offers[0].pricing.price in 0…2 for buyer_cost of 'per outcome' = buyer_cost of 'per task'; 2,000 trials a run, seed 13"
        )
        #expect(
            lines[3...] == [
                "value     0.643285", "bracket   0.6 to 0.7", "achieved  buyer_cost = 68000 (standard error 512.3)",
                "target    68000.3 (buyer_cost of 'per task')", "runs      5", "",
            ])
        #expect(report.csv.hasSuffix("\noffers[0].pricing.price,0.643285,0.6,0.7,buyer_cost,68000.25,68001.5,512.3,5\n"))
    }

    /// The sentence for a target not crossed: the metric at both ends; the CSV row
    /// keeps the bracket, the metric, the target and the runs.
    @Test func notCrossed() throws {
        let report = try Self.report(
            low: 0.5, high: 3, metric: .probabilityOfLoss, target: .value(0.05), solution: nil,
            atLow: Solve.Evaluation(value: 0.5, metric: 0.31, standardError: 0.01, target: 0.05),
            atHigh: Solve.Evaluation(value: 3, metric: 0.07, standardError: 0.005, target: 0.05), runs: 2)
        #expect(
            report.table == """
                test
                Solving offers[0].pricing.price in 0.5…3 for p_loss of 'per outcome' = 0.05; 2,000 trials a run, seed 13

                p_loss of 'per outcome' stays above 0.05 for every price from 0.5 to 3: 0.31 at 0.5, 0.07 at 3.

                """)
        #expect(report.csv == "parameter,value,low,high,metric,target,achieved,se,runs\noffers[0].pricing.price,,0.5,3,p_loss,0.05,,,2\n")

        let below = try Self.report(
            low: 0, high: 0.3, metric: .horizon(.vendorProfit), target: .value(0), solution: nil,
            atLow: Solve.Evaluation(value: 0, metric: -284_945.123, standardError: 10, target: 0),
            atHigh: Solve.Evaluation(value: 0.3, metric: -98_653.84, standardError: 10, target: 0), runs: 2)
        #expect(
            below.table.hasSuffix(
                "\n\nvendor_profit of 'per outcome' stays below 0 for every price from 0 to 0.3: -284945 at 0, -98653.8 at 0.3.\n"))
    }

    /// Not crossed against another offer: both sides at both ends; the target differs from
    /// end to end, so the CSV leaves it empty.
    @Test func notCrossedAgainstAnotherOffer() throws {
        let report = try Self.report(
            low: 1.5, high: 2, metric: .horizon(.buyerCost), target: .offer(1), solution: nil,
            atLow: Solve.Evaluation(value: 1.5, metric: 20_000, standardError: 100, target: 6_800),
            atHigh: Solve.Evaluation(value: 2, metric: 26_000, standardError: 100, target: 6_900), runs: 2)
        #expect(
            report.table.hasSuffix(
                "\n\nbuyer_cost of 'per outcome' stays above buyer_cost of 'per task' for every price from 1.5 to 2: "
                    + "20000 at 1.5, 26000 at 2 (against 6800 and 6900).\n"))
        #expect(report.csv.hasSuffix("\noffers[0].pricing.price,,1.5,2,buyer_cost,,,,2\n"))
    }

    /// A metric with no value at an end of the bracket.
    @Test func undefinedAtAnEnd() throws {
        let report = try Self.report(
            Self.successRate, low: 0, high: 0.5, metric: .horizon(.invoicePerOutcome), target: .value(2), solution: nil,
            atLow: Solve.Evaluation(value: 0, metric: nil, standardError: nil, target: 2),
            atHigh: Solve.Evaluation(value: 0.5, metric: 1, standardError: 0, target: 2), runs: 2)
        #expect(
            report.table.hasSuffix(
                "\n\ninvoice_per_outcome of 'per outcome' is undefined at an end of the bracket "
                    + "(vendors[0].attemptSuccessRate from 0 to 0.5): no trial has a value.\n"))
    }
}

/// The metrics of `summary.csv` by name, and their estimates.
@Suite struct SummaryMetricTests {
    @Test func names() {
        #expect(
            SummaryMetric.all.map(\.name) == [
                "vendor_revenue", "vendor_cost", "vendor_profit", "margin", "buyer_cost", "buyer_net_savings", "invoice_per_outcome",
                "compute_per_outcome", "max_deficit", "max_cash_deficit", "accepted_outcomes", "human_tasks", "months_over_budget",
                "deal_months", "p_loss", "p_any_loss_month", "p_over_budget", "p_ends_early",
            ])
        for metric in SummaryMetric.all {
            #expect(SummaryMetric(name: metric.name) == metric)
            #expect(metric.description == metric.name)
            #expect(metric.isProbability == metric.name.hasPrefix("p_"))
        }
        #expect(SummaryMetric(name: "profit") == nil)
        #expect(SummaryMetric(name: "P_LOSS") == nil)
    }

    /// A horizon metric's estimate is its summary's mean and standard error; a probability's
    /// standard error is √(p(1 − p)/n), none for one trial.
    @Test func estimates() {
        let result = Simulation(scenario: SolveReportTests.scenario, seed: 3, trials: 400).run().offers[0]
        let profit = result.estimate(of: .horizon(.vendorProfit), trials: 400)
        #expect(profit.mean == result[.vendorProfit].mean && profit.standardError == result[.vendorProfit].standardError)
        var offer = result
        offer.probabilityOfLoss = 0.1
        offer.probabilityOfLossMonth = 0.5
        let loss = offer.estimate(of: .probabilityOfLoss, trials: 400)
        #expect(loss.mean == 0.1 && loss.standardError == (0.1 * 0.9 / 400).squareRoot())
        let month = offer.estimate(of: .probabilityOfLossMonth, trials: 400)
        #expect(month.mean == 0.5 && month.standardError == 0.025)
        #expect(offer.estimate(of: .probabilityOfLoss, trials: 1).standardError == nil)
    }
}
