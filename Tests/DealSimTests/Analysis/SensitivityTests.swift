import Testing

@testable import DealSim

/// Sensitivity: each input fixed at its 10th and 90th percentiles; the swings rank the
/// inputs; an input an offer does not depend on does not move it at all.
@Suite struct SensitivityTests {
    /// Revenue is price × accepted outcomes: it depends on the success rate and the volume,
    /// not on the cost per attempt; the vendor's profit depends on all three; the buyer's human
    /// cost moves only the buyer's cost.
    static let scenario = Scenario.testScenario(
        horizonMonths: 6, trials: 1_000,
        workload: Workload(tasksPerMonth: .uniform(800, 1_200), humanCostPerTask: .triangular(min: 3, mode: 4, max: 8)),
        vendors: [
            Vendor(id: "agent", attemptSuccessRate: .beta(alpha: 16, beta: 4), costPerAttempt: .uniform(0.02, 0.3))
        ],
        offers: [.agent("per outcome", .perOutcome(PerOutcome(price: 0.9)))])

    @Test func swingsAreTheMeansAtTheInputsPercentiles() throws {
        let analysis = Sensitivity(scenario: Self.scenario)
        let outcome = try analysis.run(seed: 5, trials: 1_000, threads: 2)
        #expect(
            outcome.inputs.map(\.path) == [
                "workload.tasksPerMonth", "workload.humanCostPerTask", "vendors[0].attemptSuccessRate", "vendors[0].costPerAttempt",
            ])
        #expect(outcome.base == Simulation(scenario: Self.scenario, seed: 5, trials: 1_000).run())
        #expect(outcome.swings.count == 4 * 2)
        for swing in outcome.swings {
            let input = try #require(outcome.inputs.first { $0.path == swing.input })
            #expect(swing.lowValue == input.distribution.quantile(0.1))
            #expect(swing.highValue == input.distribution.quantile(0.9))
            let atLow = Simulation(scenario: try Self.scenario.setting(swing.input, to: swing.lowValue), seed: 5, trials: 1_000).run()
            #expect(swing.meanAtLow == atLow.offers[0].estimate(of: swing.metric, trials: 1_000).mean)
        }
        let profit = outcome.swings.filter { $0.metric == .horizon(.vendorProfit) }
        #expect(profit.map(\.swing) == profit.map(\.swing).sorted(by: >), "largest swing first")
        // The human cost per task does not move the vendor's profit at all, and the cost per
        // attempt does not move the buyer's cost.
        #expect(profit.first { $0.input == "workload.humanCostPerTask" }?.swing == 0)
        let buyer = outcome.swings.filter { $0.metric == .horizon(.buyerCost) }
        #expect(buyer.first { $0.input == "vendors[0].costPerAttempt" }?.swing == 0)
        #expect(buyer.first { $0.input == "workload.humanCostPerTask" }!.swing > 0)
    }

    @Test func reportSaysWhatMattersAndWhatDoesNot() throws {
        let analysis = Sensitivity(scenario: Self.scenario)
        let outcome = try analysis.run(seed: 5, trials: 500)
        let charts = SensitivityReport.charts(analysis, outcome: outcome)
        #expect(charts.map(\.fileName) == ["tornado-1-vendor_profit.svg", "tornado-1-buyer_cost.svg"])
        let markdown = MarkdownWriter.render(SensitivityReport.document(analysis, outcome: outcome, charts: charts, command: "x"))
        #expect(markdown.contains("- Human cost per task does not move it at all."))
        #expect(markdown.contains("moves **per outcome**'s expected profit from "))
        let csv = SensitivityReport.csv(analysis, outcome: outcome).split(separator: "\n")
        #expect(csv.first == "input,offer,metric,low_value,high_value,mean_at_low,mean_at_high,swing")
        #expect(csv.count == 1 + 8)
        for chart in charts { #expect(SVGInspection(chart.svg).isWellFormed) }
    }
}
