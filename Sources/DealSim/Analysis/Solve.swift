/// A solve (<doc:Analyses>): the value of one parameter, within a bracket, at which one
/// offer's metric meets a target: a number (`vendor_profit = 0`, `p_loss = 0.05`) or the same
/// metric of another offer (the price at which a bid costs the buyer what a rival's does).
///
/// Every evaluation runs the variant with the same seed and trials, so the metric is a
/// deterministic function of the parameter (common random numbers) and bracketing
/// converges. The method is false position with the Illinois modification, safeguarded by
/// bisection whenever two steps have not halved the bracket: a metric linear in the
/// parameter (profit in a price) is solved in one step, and a step-shaped one (P(loss) moves
/// in steps of 1/trials) still converges to its step. It stops when the bracket is narrower
/// than 10⁻⁴ of the range or the metric is within its standard error of the target.
public struct Solve: Sendable {
    /// What the metric must meet.
    public enum Target: Sendable, Equatable {
        /// A number.
        case value(Double)
        /// The same metric of the scenario's offer at this position, in the same run.
        case offer(Int)
    }

    /// The scenario.
    public let scenario: Scenario
    /// The parameter varied.
    public let parameter: ScenarioParameter
    /// The bracket's ends, `low < high`.
    public let low: Double
    /// The bracket's upper end.
    public let high: Double
    /// The position of the offer whose metric is solved for.
    public let offer: Int
    /// The metric.
    public let metric: SummaryMetric
    /// The target.
    public let target: Target

    /// The bracket is narrowed to this fraction of its width at most.
    public static let relativeTolerance = 1e-4
    /// The most runs a solve makes; bisection alone needs 16 for the tolerance.
    static let maximumRuns = 60

    /// Prepares a solve, checking that the parameter names a number of the scenario and that
    /// both ends of the bracket give valid variants.
    /// - Throws: ``ScenarioLoadError`` as ``Scenario/setting(_:to:)-(ScenarioParameter,_)``.
    /// - Precondition: `low < high`, both finite; `offer` and a target offer are positions of
    ///   the scenario's offers.
    public init(
        scenario: Scenario, parameter: ScenarioParameter, low: Double, high: Double, offer: Int, metric: SummaryMetric,
        target: Target
    ) throws(ScenarioLoadError) {
        precondition(low < high && low.isFinite && high.isFinite, "a solve needs a bracket low < high")
        precondition(scenario.offers.indices.contains(offer), "no such offer")
        if case .offer(let other) = target { precondition(scenario.offers.indices.contains(other), "no such target offer") }
        self.scenario = scenario
        self.parameter = parameter
        self.low = low
        self.high = high
        self.offer = offer
        self.metric = metric
        self.target = target
        _ = try scenario.setting(parameter, to: low)
        _ = try scenario.setting(parameter, to: high)
    }

    /// One evaluation of the metric and the target at a value of the parameter.
    public struct Evaluation: Sendable, Equatable {
        /// The parameter's value.
        public var value: Double
        /// The offer's metric there (`nil` where it is undefined in every trial).
        public var metric: Double?
        /// Its standard error.
        public var standardError: Double?
        /// The target there.
        public var target: Double?
        /// The standard error of metric − target: the metric's own for a number; for another
        /// offer's metric, that of the per-trial difference of the two, which common random
        /// numbers make far smaller than either's own. The solve stops when the gap is within it.
        public var gapStandardError: Double?

        /// metric − target, or `nil` when either is undefined.
        public var gap: Double? {
            guard let metric, let target else { return nil }
            return metric - target
        }
    }

    /// What a solve found.
    public struct Outcome: Sendable, Equatable {
        /// The value at which the metric meets the target (the evaluated value closest to
        /// it), or `nil` when the target is not crossed within the bracket.
        public var solution: Evaluation?
        /// The bracket it was narrowed to (the whole bracket when not crossed).
        public var bracket: ClosedRange<Double>
        /// The metric at both ends of the original bracket.
        public var atLow: Evaluation
        /// The metric at the high end.
        public var atHigh: Evaluation
        /// The runs made.
        public var runs: Int
    }

    /// Runs the solve.
    /// - Parameters:
    ///   - seed: the seed of every run.
    ///   - trials: the trials of every run.
    ///   - threads: worker threads of every run; the outcome does not depend on it.
    ///   - progress: called with the runs made so far, from the calling thread.
    /// - Returns: the outcome.
    /// - Throws: ``ScenarioLoadError`` when a value inside the bracket gives an invalid
    ///   variant (a rule that depends on other fields, such as a cap below a minimum).
    public func run(
        seed: UInt64, trials: Int, threads: Int? = nil, progress: ((_ runs: Int) -> Void)? = nil
    ) throws(ScenarioLoadError) -> Outcome {
        var runs = 0
        func evaluate(_ value: Double) throws(ScenarioLoadError) -> Evaluation {
            let variant = try scenario.setting(parameter, to: value)
            let run = Simulation(scenario: variant, seed: seed, trials: trials).runKeepingTrials(keepingDraws: false, threads: threads)
            runs += 1
            progress?(runs)
            let (mean, se) = run.result.offers[offer].estimate(of: metric, trials: trials)
            switch target {
            case .value(let number):
                return Evaluation(value: value, metric: mean, standardError: se, target: number, gapStandardError: se)
            case .offer(let other):
                let rival = run.result.offers[other].estimate(of: metric, trials: trials).mean
                let gapError = Self.differenceStandardError(run.totals, metric: metric, offer: offer, other: other)
                return Evaluation(value: value, metric: mean, standardError: se, target: rival, gapStandardError: gapError)
            }
        }
        let atLow = try evaluate(low), atHigh = try evaluate(high)
        guard let lowGap = atLow.gap, let highGap = atHigh.gap, lowGap.sign != highGap.sign || lowGap == 0 || highGap == 0
        else {
            return Outcome(solution: nil, bracket: low...high, atLow: atLow, atHigh: atHigh, runs: runs)
        }
        var (a, b) = (atLow, atHigh)
        // Illinois weights: the gaps used for the next false-position step.
        var (weightedA, weightedB) = (lowGap, highGap)
        var lastMoved = 0  // −1: a moved last, +1: b moved last
        var widths: [Double] = []  // the bracket's width before each step
        let tolerance = Self.relativeTolerance * (high - low)
        func closest() -> Evaluation { abs(a.gap!) <= abs(b.gap!) ? a : b }
        if lowGap == 0 || highGap == 0 {
            return Outcome(solution: closest(), bracket: low...high, atLow: atLow, atHigh: atHigh, runs: runs)
        }
        while b.value - a.value > tolerance, runs < Self.maximumRuns {
            let width = b.value - a.value
            var x = b.value - weightedB * width / (weightedB - weightedA)
            let interior = x > a.value + tolerance / 2 && x < b.value - tolerance / 2
            let slow = widths.count >= 2 && width > widths[widths.count - 2] / 2
            if !interior || !x.isFinite || slow { x = a.value + width / 2 }
            widths.append(width)
            let point = try evaluate(x)
            guard let gap = point.gap else { break }
            if gap == 0 || (point.gapStandardError.map { abs(gap) <= $0 } ?? false) {
                // The crossing lies on the side whose end has the other sign.
                let bracket = gap == 0 ? x...x : gap.sign == a.gap!.sign ? x...b.value : a.value...x
                return Outcome(solution: point, bracket: bracket, atLow: atLow, atHigh: atHigh, runs: runs)
            }
            if gap.sign == a.gap!.sign {
                a = point
                weightedA = gap
                if lastMoved == -1 { weightedB /= 2 }
                lastMoved = -1
            } else {
                b = point
                weightedB = gap
                if lastMoved == 1 { weightedA /= 2 }
                lastMoved = 1
            }
        }
        return Outcome(solution: closest(), bracket: a.value...b.value, atLow: atLow, atHigh: atHigh, runs: runs)
    }

    /// The standard error of the per-trial difference of `metric` between offers `offer` and
    /// `other` (over the trials where both are defined; for a probability, of the difference
    /// of the two indicators); `nil` with fewer than two such trials.
    static func differenceStandardError(_ totals: TrialTotals, metric: SummaryMetric, offer: Int, other: Int) -> Double? {
        let (a, b) = (totals.columns(offer: offer), totals.columns(offer: other))
        let (lossMonthsA, lossMonthsB) = (totals.values(.hadLossMonth, offer: offer), totals.values(.hadLossMonth, offer: other))
        let (overBudgetA, overBudgetB) = (totals.values(.monthsOverBudget, offer: offer), totals.values(.monthsOverBudget, offer: other))
        var differences: [Double] = []
        differences.reserveCapacity(totals.trials)
        for trial in 0..<totals.trials {
            switch metric {
            case .horizon(let horizon):
                if let x = a.value(horizon, trial: trial), let y = b.value(horizon, trial: trial) { differences.append(x - y) }
            case .probabilityOfLoss:
                let x = a.value(.vendorProfit, trial: trial)! < 0 ? 1.0 : 0
                let y = b.value(.vendorProfit, trial: trial)! < 0 ? 1.0 : 0
                differences.append(x - y)
            case .probabilityOfLossMonth:
                differences.append(lossMonthsA[trial] - lossMonthsB[trial])
            case .probabilityOverBudget:
                differences.append((overBudgetA[trial] > 0 ? 1 : 0) - (overBudgetB[trial] > 0 ? 1 : 0))
            case .probabilityEndsEarly:
                differences.append(0)  // the deal's end is the buyer's, the same for every offer
            }
        }
        return MetricSummary(values: &differences).standardError
    }
}
