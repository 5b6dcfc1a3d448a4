/// A sweep (<doc:Analyses>): one parameter of a scenario, or two on a grid, set to each of
/// their values in turn, every variant run with the same seed and trials (common random
/// numbers), so that neighbouring points differ by the parameter alone.
///
/// Every variant is built and checked before anything runs. Consecutive variants that differ
/// only in offers' pricing or deal terms share their worlds, and are priced together on
/// worlds drawn once: the whole of a price sweep, each row of prices in a grid of a price by a
/// success rate; a variant that changes the world (a success rate, a volume) starts a new
/// group. Every run uses all cores, and each point's result is, bit for bit, the result of
/// running its variant alone.
public struct Sweep: Sendable {
    /// The scenario swept.
    public let scenario: Scenario
    /// One axis, or two (the first varies fastest in ``points``).
    public let axes: [SweepAxis]
    /// Every point's parameter values, in ``axes`` order, and its variant of the scenario.
    public let points: [(values: [Double], variant: Scenario)]

    /// The most offer-trials priced together on shared worlds (each takes 11 doubles of
    /// per-trial totals): 2²² take 369 MB.
    static let offerTrialsPerGroup = 1 << 22

    /// Prepares a sweep.
    /// - Parameters:
    ///   - scenario: the scenario.
    ///   - axes: one or two axes, of different parameters.
    /// - Throws: ``ScenarioLoadError`` when a path names no number of the scenario or a
    ///   value breaks a rule of the format (the message names the value and the rule).
    /// - Precondition: one or two axes.
    public init(scenario: Scenario, axes: [SweepAxis]) throws(ScenarioLoadError) {
        precondition((1...2).contains(axes.count), "a sweep has one or two axes")
        self.scenario = scenario
        self.axes = axes
        var points: [(values: [Double], variant: Scenario)] = []
        let outer = axes.count == 2 ? axes[1].values : [Double.nan]
        for second in outer {
            for first in axes[0].values {
                var variant = try scenario.setting(axes[0].parameter, to: first)
                if axes.count == 2 { variant = try variant.setting(axes[1].parameter, to: second) }
                points.append((axes.count == 2 ? [first, second] : [first], variant))
            }
        }
        self.points = points
    }

    /// Whether every variant shares its worlds with the scenario: a sweep of pricing and deal
    /// terms only, whose worlds are drawn once for all its points.
    public var repricesOnly: Bool { points.allSatisfy { $0.variant.sharesWorlds(with: scenario) } }

    /// Runs every point.
    /// - Parameters:
    ///   - seed: the seed of every point.
    ///   - trials: the trials of every point.
    ///   - threads: worker threads; the results do not depend on it.
    ///   - progress: called with the fraction of the work done, 0 … 1, from any thread.
    /// - Returns: one result per point, in ``points`` order.
    public func run(
        seed: UInt64, trials: Int, threads: Int? = nil, progress: (@Sendable (_ fractionDone: Double) -> Void)? = nil
    ) -> [SimulationResult] {
        // Groups of consecutive variants that draw the same worlds (``Scenario/sharesWorlds(with:)``
        // the group's first): each group's worlds are drawn once and all its variants priced on
        // them. In a grid of a price by a success rate, each row of prices is one group.
        var groups: [[Int]] = []
        for index in points.indices {
            let variant = points[index].variant
            if let last = groups.last, variant.sharesWorlds(with: points[last[0]].variant),
                (last.count + 1) * variant.offers.count * trials <= Self.offerTrialsPerGroup
            {
                groups[groups.count - 1].append(index)
            } else {
                groups.append([index])
            }
        }
        let groupCount = Double(groups.count)
        var results: [SimulationResult] = []
        results.reserveCapacity(points.count)
        for (number, group) in groups.enumerated() {
            let report: (@Sendable (Int) -> Void)? = progress.map { progress in
                { @Sendable done in progress((Double(number) + Double(done) / Double(trials)) / groupCount) }
            }
            let simulation = Simulation(scenario: points[group[0]].variant, seed: seed, trials: trials)
            results += simulation.run(variants: group.map { points[$0].variant }, threads: threads, progress: report)
        }
        return results
    }
}
