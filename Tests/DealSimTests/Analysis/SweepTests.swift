import Foundation
import Synchronization
import Testing

@testable import DealSim

/// Sweeps: smooth curves from common random numbers, and every point equal, bit for bit, to
/// a run of the scenario edited to its value, whichever way the point was run.
@Suite struct SweepTests {
    /// The bundled `scenarios/support-agent.json`.
    static let supportAgent: Scenario = {
        let url = URL(fileURLWithPath: #filePath)  // Tests/DealSimTests/Analysis/SweepTests.swift
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("scenarios").appendingPathComponent("support-agent.json")
        do {
            return try ScenarioLoader.load(contentsOf: url)
        } catch {
            preconditionFailure("cannot load \(url.path): \(error)")
        }
    }()

    static func parameter(_ path: String) -> ScenarioParameter {
        do {
            return try ScenarioParameter(parsing: path)
        } catch {
            preconditionFailure("not a path: \(path)")
        }
    }

    static let successRate = parameter("vendors[0].attemptSuccessRate")
    static let price = parameter(#"offers["Per resolution"].pricing.price"#)

    /// Whether an offer charges per outcome: a per-outcome charge, capped or not, among its charges.
    static func chargesPerOutcome(_ offer: Offer) -> Bool {
        offer.charges.contains { charge in
            switch charge {
            case .perOutcome, .cappedPerOutcome: return true
            default: return false
            }
        }
    }

    /// The issue's test of smoothness: on the bundled support-agent scenario at 2,000 trials,
    /// a 50-point sweep of the attempt success rate from 0.2 to 0.9 gives each per-outcome
    /// offer an expected profit that rises at every step.
    @Test func perOutcomeProfitRisesAtEveryStep() throws {
        let scenario = Self.supportAgent
        let axis = SweepAxis(parameter: Self.successRate, from: 0.2, to: 0.9, count: 50)
        let sweep = try Sweep(scenario: scenario, axes: [axis])
        #expect(!sweep.repricesOnly, "a success rate changes the worlds")
        let results = sweep.run(seed: 2026, trials: 2_000)
        #expect(results.count == 50)
        let offers = scenario.offers.indices.filter { Self.chargesPerOutcome(scenario.offers[$0]) }
        #expect(
            offers.map { scenario.offers[$0].name } == ["Per resolution", "Capped per resolution", "Platform + $2 per resolution"])
        for offer in offers {
            let profits = results.map { $0.offers[offer][.vendorProfit].mean ?? .nan }
            let name = scenario.offers[offer].name
            for step in 1..<profits.count {
                #expect(
                    profits[step] > profits[step - 1],
                    "\(name): expected profit \(profits[step - 1]) at \(axis.values[step - 1]), \(profits[step]) at \(axis.values[step])")
            }
        }
    }

    /// A point's result equals a run of the scenario edited to its value: `results[i]` against
    /// `Simulation(scenario: edited, seed:, trials:).run()`.
    static func expectEditedRuns(
        _ sweep: Sweep, _ results: [SimulationResult], seed: UInt64, trials: Int, sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        #expect(results.count == sweep.points.count, sourceLocation: sourceLocation)
        for (point, result) in zip(sweep.points, results) {
            var edited = sweep.scenario
            for (axis, value) in zip(sweep.axes, point.values) { edited = try edited.setting(axis.parameter, to: value) }
            #expect(point.variant == edited, sourceLocation: sourceLocation)
            let alone = Simulation(scenario: edited, seed: seed, trials: trials).run(threads: 1)
            #expect(result == alone, "the point at \(point.values) differs from a run of its variant", sourceLocation: sourceLocation)
        }
    }

    /// A sweep of a price is priced on shared worlds (`run(variants:)`), and each point is
    /// still, bit for bit, a run of the edited scenario; so is a sweep of deal terms and of a
    /// charge inside an array of charges. One thread or two give the same results.
    @Test(arguments: [
        (#"offers["Per resolution"].pricing.price"#, [0.5, 0.99, 1.5]),
        ("offers[0].terms.monthlyCap", [20_000, 30_000]),
        (#"offers["Platform + $2 per resolution"].pricing[1].price"#, [1, 3]),
    ])
    func pricingPointsEqualEditedRuns(path: String, values: [Double]) throws {
        let sweep = try Sweep(scenario: Self.supportAgent, axes: [SweepAxis(parameter: Self.parameter(path), values: values)])
        #expect(sweep.repricesOnly)
        let results = sweep.run(seed: 7, trials: 200, threads: 2)
        try Self.expectEditedRuns(sweep, results, seed: 7, trials: 200)
        #expect(sweep.run(seed: 7, trials: 200, threads: 1) == results)
        // The points differ where the parameter acts, and only there.
        let offer = path.contains("Platform") ? 5 : 0
        #expect(results[0].offers[offer] != results[1].offers[offer])
        #expect(results[0].offers[1] == results[1].offers[1])
    }

    /// A sweep of a world parameter runs each point on its own worlds, each equal to a run
    /// of the edited scenario, with one thread or two.
    @Test func worldPointsEqualEditedRuns() throws {
        let sweep = try Sweep(scenario: Self.supportAgent, axes: [SweepAxis(parameter: Self.successRate, values: [0.4, 0.6])])
        #expect(!sweep.repricesOnly)
        let results = sweep.run(seed: 7, trials: 200, threads: 2)
        try Self.expectEditedRuns(sweep, results, seed: 7, trials: 200)
        #expect(sweep.run(seed: 7, trials: 200, threads: 1) == results)
        #expect(results[0].offers[4] != results[1].offers[4], "a success rate changes even the per-conversation offer's costs")
    }

    /// A grid of a price and the volume: the first parameter varies fastest; the row at the
    /// scenario's own volume shares its worlds and is priced together, the other row is run
    /// point by point; every point equals a run of the edited scenario.
    @Test func gridPointsEqualEditedRuns() throws {
        let volume = Self.parameter("workload.tasksPerMonth")
        let sweep = try Sweep(
            scenario: Self.supportAgent,
            axes: [SweepAxis(parameter: Self.price, values: [0.8, 1.2]), SweepAxis(parameter: volume, values: [25_000, 20_000])])
        #expect(sweep.points.map(\.values) == [[0.8, 25_000], [1.2, 25_000], [0.8, 20_000], [1.2, 20_000]])
        #expect(sweep.points[0].variant.sharesWorlds(with: Self.supportAgent), "25,000 is the scenario's own volume")
        #expect(!sweep.points[2].variant.sharesWorlds(with: Self.supportAgent))
        #expect(!sweep.repricesOnly)
        let results = sweep.run(seed: 7, trials: 200, threads: 2)
        try Self.expectEditedRuns(sweep, results, seed: 7, trials: 200)
        #expect(sweep.run(seed: 7, trials: 200, threads: 1) == results)
    }

    /// Progress reaches the whole sweep, never goes past it, and the results do not depend on it.
    @Test func progress() throws {
        let sweep = try Sweep(scenario: Self.supportAgent, axes: [SweepAxis(parameter: Self.price, values: [0.5, 1])])
        let fractions = Mutex<[Double]>([])
        let results = sweep.run(seed: 7, trials: 200, threads: 1) { fraction in fractions.withLock { $0.append(fraction) } }
        let seen = fractions.withLock { $0 }
        #expect(seen.last == 1)
        #expect(seen.allSatisfy { (0...1).contains($0) })
        #expect(results == sweep.run(seed: 7, trials: 200, threads: 1))
    }

    /// Every variant is checked before anything runs: a path that names no number, or a value
    /// the format refuses, throws the message `validate` would give, naming the value and the rule.
    @Test(arguments: [
        ("offers[0].pricing.prise", [1.0, 2], "scenario: offers[0].pricing.prise: unknown parameter; did you mean 'price'?"),
        (
            "offers[0].pricing.model", [1, 2],
            #"scenario: offers[0].pricing.model: found "perOutcome"; not a number, so it cannot be set; allowed here: price"#
        ),
        ("offers[0].pricing.price", [1, -0.5], "scenario: offers[0].pricing.price: found -0.5; must be a number ≥ 0"),
        ("vendors[0].attemptSuccessRate", [0.5, 1.2], "scenario: vendors[0].attemptSuccessRate: found 1.2; must be a number in 0…1"),
    ])
    func refusedVariants(path: String, values: [Double], message: String) {
        do {
            _ = try Sweep(scenario: Self.supportAgent, axes: [SweepAxis(parameter: Self.parameter(path), values: values)])
            Issue.record("\(path) = \(values) was accepted")
        } catch {
            #expect(error.description == message)
        }
    }
}
