import Foundation
import Testing

@testable import DealSim

/// The drivers of a run: rank correlations of each input with each offer's totals, their
/// variance shares, and the report's section.
@Suite struct DriversTests {
    static let scenario = VariantTests.scenario(price: 0.99, cap: 700)

    /// Each driver is Spearman's ρ of the input's draws and the offer's totals; the shares of
    /// an offer's metric are ρ²/Σρ² and add up to 1; the threads change nothing.
    @Test func correlationsAndShares() throws {
        let run = Simulation(scenario: Self.scenario, seed: 4).runKeepingTrials(threads: 2)
        let drivers = Drivers(run, threads: 2)
        #expect(drivers == Drivers(run, threads: 1))
        #expect(drivers.parameters.map(\.path) == run.draws!.parameters.map(\.path))
        #expect(drivers.offers == ["per outcome", "capped"])
        for offer in 0..<2 {
            for metric in Drivers.Metric.allCases {
                let outcome = metric == .vendorProfit ? run.totals.vendorProfit(offer: offer) : run.totals.values(.buyerCost, offer: offer)
                let all = drivers.drivers(offer: offer, metric: metric)
                #expect(all.map(\.input) == Array(drivers.parameters.indices))
                let rho = drivers.parameters.indices.map {
                    SpearmanCorrelation.coefficient(run.draws!.values(ofParameter: $0), outcome)
                }
                #expect(all.map(\.spearman) == rho)
                let total = rho.reduce(0) { $0 + $1! * $1! }
                #expect(all.map(\.varianceShare) == rho.map { $0! * $0! / total })
                #expect(abs(all.reduce(0) { $0 + $1.varianceShare! } - 1) < 1e-12)
            }
        }
        // More tasks at a human cost: the buyer's cost rises with tasks and with the human cost per task.
        let buyer = drivers.strongest(offer: 0, metric: .buyerCost, count: 2)
        #expect(Set(buyer.map { drivers.parameters[$0.input].path }) == ["workload.tasksPerMonth", "workload.humanCostPerTask"])
        #expect(buyer.allSatisfy { $0.spearman! > 0.3 })
        let strongest = drivers.strongest(offer: 0, metric: .vendorProfit, count: 10)
        #expect(strongest.map { $0.spearman!.magnitude } == strongest.map { $0.spearman!.magnitude }.sorted(by: >))
    }

    /// A metric that does not vary (a fixed fee, no costs) has no correlation and no shares:
    /// empty cells in drivers.csv, one clause in the report.
    @Test func constantMetric() throws {
        let scenario = Scenario.testScenario(
            horizonMonths: 3, trials: 50,
            workload: Workload(tasksPerMonth: .pert(min: 80, mode: 100, max: 150), humanCostPerTask: .fixed(0)),
            vendors: [Vendor(id: "agent", attemptSuccessRate: .beta(alpha: 16, beta: 4), maxAttempts: 1, costPerAttempt: .fixed(0))],
            offers: [.agent("flat", .fixedFee(FixedFee(monthly: 1_000)))])
        let run = Simulation(scenario: scenario, seed: 1).runKeepingTrials()
        let drivers = Drivers(run, threads: 1)
        #expect(drivers.parameters.count == 2)
        for metric in Drivers.Metric.allCases {
            #expect(drivers.drivers(offer: 0, metric: metric).allSatisfy { $0.spearman == nil && $0.varianceShare == nil })
        }
        #expect(
            CSVReport.drivers(drivers) == """
                input,offer,metric,spearman,variance_share
                workload.tasksPerMonth,flat,vendor_profit,,
                vendors[0].attemptSuccessRate,flat,vendor_profit,,
                workload.tasksPerMonth,flat,buyer_cost,,
                vendors[0].attemptSuccessRate,flat,buyer_cost,,

                """)
        let markdown = MarkdownWriter.render(RunReport.document(run.result, drivers: drivers))
        #expect(markdown.contains("- **flat**: its profit is the same in every trial; its buyer cost is the same in every trial.\n"))
    }

    /// Without uncertain inputs: no drivers, a header-only drivers.csv, and one line in the report.
    @Test func noUncertainInput() throws {
        let scenario = Scenario.testScenario(
            horizonMonths: 3, trials: 20, workload: Workload(tasksPerMonth: .fixed(100), humanCostPerTask: .fixed(4)),
            vendors: [Vendor(id: "agent", attemptSuccessRate: .fixed(0.7), maxAttempts: 1, costPerAttempt: .fixed(0.1))],
            offers: [.agent("per outcome", .perOutcome(PerOutcome(price: 1)))])
        let run = Simulation(scenario: scenario, seed: 2).runKeepingTrials()
        let drivers = Drivers(run, threads: 2)
        #expect(drivers.parameters.isEmpty)
        #expect(drivers.drivers(offer: 0, metric: .vendorProfit).isEmpty)
        #expect(CSVReport.drivers(drivers) == "input,offer,metric,spearman,variance_share\n")
        let markdown = MarkdownWriter.render(RunReport.document(run.result, drivers: drivers))
        #expect(
            markdown.contains(
                "## What drives the results\n\nEvery input of the scenario is a fixed number: the results vary only with the "
                    + "chance in each month's tasks, successes and disputes, which no input drives.\n"))
    }

    /// The section names, per offer, the strongest inputs in words with the direction and share
    /// computed from the numbers; without drivers the report has no such section.
    @Test func reportSection() throws {
        let run = Simulation(scenario: Self.scenario, seed: 4).runKeepingTrials()
        let drivers = Drivers(run)
        let markdown = MarkdownWriter.render(RunReport.document(run.result, drivers: drivers))
        #expect(!MarkdownWriter.render(RunReport.document(run.result)).contains("What drives the results"))
        let section = try #require(markdown.components(separatedBy: "## What drives the results\n").dropFirst().first)
        for (offer, name) in drivers.offers.enumerated() {
            let top = try #require(drivers.strongest(offer: offer, metric: .vendorProfit, count: 1).first)
            let rho = top.spearman!
            let words = drivers.parameters[top.input].words(in: Self.scenario).plainText
            #expect(
                section.contains(
                    "- **\(name)**: higher \(words) \(rho > 0 ? "raises" : "lowers") its profit "
                        + "(ρ \(RunReport.Page.correlationText(rho)), \(Format.percent(top.varianceShare!)) of the variance)"))
        }
        #expect(section.contains("higher human cost per task raises its buyer cost"))
    }

    @Test func correlationText() {
        #expect(RunReport.Page.correlationText(0.8156) == "+0.82")
        #expect(RunReport.Page.correlationText(-0.3) == "-0.30")
        #expect(RunReport.Page.correlationText(-0.004) == "0.00")
        #expect(RunReport.Page.correlationText(1) == "+1.00")
        #expect(RunReport.Page.correlationText(0.05, signed: false) == "0.05")
    }

    /// Inputs in words: the field, its vendor's id when there are several, an offer's buyer cost by the offer's name.
    @Test func inputWords() {
        let other = Vendor(id: "agent-b", attemptSuccessRate: .uniform(0.5, 0.9), maxAttempts: 1, costPerAttempt: .fixed(0.1))
        let scenario = Scenario.testScenario(
            workload: VariantTests.workload, vendors: [VariantTests.agent, other],
            offers: [.agent("per outcome", .perOutcome(PerOutcome(price: 1)), buyerCosts: BuyerCosts(perTask: .uniform(0.1, 0.3)))])
        let words = scenario.uncertainParameters.map { $0.words(in: scenario).plainText }
        #expect(
            words == [
                "tasks per month", "human cost per task", "attempt success rate of agent", "cost per attempt of agent",
                "attempt success rate of agent-b", "buyer cost per task of per outcome",
            ])
        let single = VariantTests.scenario(price: 1, cap: 100)
        #expect(single.uncertainParameters.map { $0.words(in: single).plainText }.contains("attempt success rate"))
    }
}
