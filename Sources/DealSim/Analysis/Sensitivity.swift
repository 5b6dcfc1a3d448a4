/// A sensitivity analysis (a tornado, <doc:Analyses>): each distribution-valued input in turn
/// is fixed at its 10th and then its 90th percentile, everything else unchanged, with the same
/// seed and trials; the swing of a metric's mean between the two runs ranks the inputs.
///
/// Fixing an input removes its draws from its stream, so the two runs of an input share all
/// their other random numbers (common random numbers): the swing is the input's effect, not
/// luck. A base run with every input uncertain gives the centre of the tornado.
public struct Sensitivity: Sendable {
    /// One input's effect on one offer's metric.
    public struct Swing: Sendable, Equatable {
        /// The input's JSON path.
        public var input: String
        /// The position of the offer.
        public var offer: Int
        /// The metric.
        public var metric: SummaryMetric
        /// The input's 10th and 90th percentiles, the values it was fixed at.
        public var lowValue: Double
        /// The 90th percentile.
        public var highValue: Double
        /// The metric's mean with the input at its 10th percentile.
        public var meanAtLow: Double?
        /// The metric's mean with the input at its 90th percentile.
        public var meanAtHigh: Double?

        /// |mean at high − mean at low|, 0 where either is undefined.
        public var swing: Double {
            guard let meanAtLow, let meanAtHigh else { return 0 }
            return abs(meanAtHigh - meanAtLow)
        }
    }

    /// What a sensitivity analysis found.
    public struct Outcome: Sendable {
        /// The run with every input uncertain.
        public var base: SimulationResult
        /// Every input's swing for every offer and metric, sorted by offer, then swing, largest
        /// first (ties by the metrics' order asked, then the inputs' file order).
        public var swings: [Swing]
        /// The inputs, in file order.
        public var inputs: [UncertainParameter]
    }

    /// The percentiles an input is fixed at.
    public static let levels = (low: 0.1, high: 0.9)

    /// The scenario.
    public let scenario: Scenario
    /// The metrics whose swings are measured.
    public let metrics: [SummaryMetric]

    /// A sensitivity analysis of `metrics` (by default expected vendor profit, then buyer cost).
    public init(scenario: Scenario, metrics: [SummaryMetric] = [.horizon(.vendorProfit), .horizon(.buyerCost)]) {
        self.scenario = scenario
        self.metrics = metrics
    }

    /// The distribution-valued inputs, in file order: the scenario's ``Scenario/uncertainParameters``.
    public var inputs: [UncertainParameter] { scenario.uncertainParameters }

    /// Runs the base and two runs per input.
    /// - Parameters:
    ///   - seed: the seed of every run.
    ///   - trials: the trials of every run.
    ///   - threads: worker threads; the outcome does not depend on it.
    ///   - progress: called with the runs done and the runs in all, from the calling thread.
    /// - Throws: ``ScenarioLoadError`` when fixing an input at a percentile breaks a rule of
    ///   the format (a rule across fields).
    public func run(
        seed: UInt64, trials: Int, threads: Int? = nil, progress: ((_ done: Int, _ total: Int) -> Void)? = nil
    ) throws(ScenarioLoadError) -> Outcome {
        let inputs = self.inputs
        let total = 1 + 2 * inputs.count
        var done = 0
        func simulate(_ variant: Scenario) -> SimulationResult {
            let result = Simulation(scenario: variant, seed: seed, trials: trials).run(threads: threads)
            done += 1
            progress?(done, total)
            return result
        }
        let base = simulate(scenario)
        var swings: [Swing] = []
        for input in inputs {
            let (low, high) = (input.distribution.quantile(Self.levels.low), input.distribution.quantile(Self.levels.high))
            let atLow = simulate(try scenario.setting(input.path, to: low))
            let atHigh = simulate(try scenario.setting(input.path, to: high))
            for offer in scenario.offers.indices {
                for metric in metrics {
                    swings.append(
                        Swing(
                            input: input.path, offer: offer, metric: metric, lowValue: low, highValue: high,
                            meanAtLow: atLow.offers[offer].estimate(of: metric, trials: trials).mean,
                            meanAtHigh: atHigh.offers[offer].estimate(of: metric, trials: trials).mean))
                }
            }
        }
        let order = Dictionary(uniqueKeysWithValues: inputs.enumerated().map { ($1.path, $0) })
        let metricOrder = Dictionary(uniqueKeysWithValues: metrics.enumerated().map { ($1, $0) })
        swings.sort { a, b in
            if a.offer != b.offer { return a.offer < b.offer }
            if a.swing != b.swing { return a.swing > b.swing }
            if a.metric != b.metric { return metricOrder[a.metric]! < metricOrder[b.metric]! }
            return order[a.input]! < order[b.input]!
        }
        return Outcome(base: base, swings: swings, inputs: inputs)
    }
}
