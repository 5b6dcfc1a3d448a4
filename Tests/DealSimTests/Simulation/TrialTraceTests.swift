import Foundation
import Testing

@testable import DealSim

/// A traced trial is that trial of the run: its totals equal the trial's horizon totals in
/// the run's store, bit for bit, for every offer of every bundled scenario, and its months
/// add up.
@Suite struct TrialTraceTests {
    static let scenarios: [String] = {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../../scenarios")
        return ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".json") }.sorted()
    }()

    static func load(_ name: String) throws -> Scenario {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../../scenarios/\(name)")
        return try ScenarioLoader.load(contentsOf: url)
    }

    @Test func everyBundledScenarioIsFound() {
        #expect(Self.scenarios.count >= 8)
    }

    @Test(arguments: scenarios)
    func tracedTotalsAreTheRunsTotals(name: String) throws {
        let scenario = try Self.load(name)
        let seed = scenario.seed ?? 1
        let run = Simulation(scenario: scenario, seed: seed, trials: 300).runKeepingTrials(keepingDraws: true, threads: 2)
        for trial in [0, 117, 299] {
            let trace = TrialTrace(scenario: scenario, seed: seed, trial: trial)
            #expect(run.totals.baselines[trial] == trace.world.baseline)
            for (index, offer) in trace.offers.enumerated() {
                let horizon = offer.horizon
                #expect(run.totals.values(.revenue, offer: index)[trial] == horizon.revenue, "\(name) trial \(trial) offer \(index)")
                #expect(run.totals.values(.vendorCost, offer: index)[trial] == horizon.vendorCost)
                #expect(run.totals.values(.buyerCost, offer: index)[trial] == horizon.buyerCost)
                #expect(run.totals.values(.acceptedOutcomes, offer: index)[trial] == horizon.acceptedOutcomes)
                #expect(run.totals.values(.maxDeficit, offer: index)[trial] == horizon.maxDeficit)
                // The months add up to the totals, in month order.
                #expect(offer.months.reduce(0) { $0 + $1.invoice } == horizon.revenue)
            }
            for (index, parameter) in run.draws!.parameters.enumerated() {
                #expect(trace.draws[index].path == parameter.path)
                #expect(trace.draws[index].value == run.draws!.values(ofParameter: index)[trial])
            }
        }
    }

    /// Each month's invoice lines add up to the month's invoice (stateless charges and terms).
    @Test func invoiceLinesAddUpToTheInvoice() throws {
        let scenario = try Self.load("support-agent.json")
        let trace = TrialTrace(scenario: scenario, seed: 2026, trial: 5)
        for offer in trace.offers {
            for month in 1...scenario.horizonMonths {
                let lines = offer.invoiceLines(month: month).reduce(0) { $0 + $1.amount }
                let invoice = offer.months[month - 1].invoice
                #expect(abs(lines - invoice) <= 1e-9 * max(1, abs(invoice)), "\(offer.offer.name) month \(month)")
            }
        }
    }
}
