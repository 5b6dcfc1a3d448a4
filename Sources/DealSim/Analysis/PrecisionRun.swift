/// A run that chooses its own number of trials: trials run in growing rounds until the 95%
/// half-width (1.96 × standard error) of every offer's expected vendor profit and expected
/// buyer cost is within a target, or a most number of trials is reached.
///
/// Each round is a whole run with more trials. Because trial i's numbers depend only on
/// (seed, i) and the batches only on the number of trials, the last round's result is,
/// byte for byte, a plain run with that number of trials.
public struct PrecisionRun: Sendable {
    /// What precision is asked.
    public enum Target: Sendable, Equatable {
        /// A half-width in the scenario's currency.
        case amount(Double)
        /// A half-width as a fraction of the mean's magnitude (0.01 for 1%).
        case fraction(Double)

        /// The half-width allowed for a mean.
        func allowed(mean: Double) -> Double {
            switch self {
            case .amount(let amount): return amount
            case .fraction(let fraction): return fraction * abs(mean)
            }
        }
    }

    /// The widest 95% half-width among the offers' expected vendor profit and buyer cost,
    /// measured against what the target allows for it.
    public struct Widest: Sendable, Equatable {
        /// The offer's name.
        public var offer: String
        /// The metric: vendor profit or buyer cost.
        public var metric: HorizonMetric
        /// 1.96 × its standard error.
        public var halfWidth: Double
        /// What the target allows for it.
        public var allowed: Double
    }

    /// What a precision run did.
    public struct Outcome: Sendable {
        /// The last round: the run reported, with each trial's totals and draws kept.
        public var run: SimulationRun
        /// The trials of each round, the last one the run's.
        public var rounds: [Int]
        /// The half-width furthest from its target in the last round (the largest ratio of
        /// half-width to allowance); `nil` when no metric has a standard error.
        public var widest: Widest?
        /// Whether every half-width is within its target.
        public var reached: Bool
    }

    /// The 95% normal quantile.
    static let z = 1.96

    /// The scenario.
    public let scenario: Scenario
    /// The seed of every round.
    public let seed: UInt64
    /// The target.
    public let target: Target
    /// The most trials a round may have.
    public let maximumTrials: Int
    /// The trials of the first round.
    public let firstTrials: Int

    /// A precision run.
    /// - Precondition: a positive target; `1 ≤ firstTrials ≤ maximumTrials`.
    public init(scenario: Scenario, seed: UInt64, target: Target, maximumTrials: Int = 10_000_000, firstTrials: Int = 1_000) {
        switch target {
        case .amount(let x), .fraction(let x): precondition(x > 0 && x.isFinite, "a precision above 0")
        }
        precondition(1 <= firstTrials && firstTrials <= maximumTrials, "1 ≤ first trials ≤ maximum")
        self.scenario = scenario
        self.seed = seed
        self.target = target
        self.maximumTrials = maximumTrials
        self.firstTrials = firstTrials
    }

    /// The widest half-width of `result` against the target, and whether all are within it.
    func check(_ result: SimulationResult) -> (widest: Widest?, reached: Bool) {
        var widest: (Widest, Double)?
        var reached = true
        for offer in result.offers {
            for metric in [HorizonMetric.vendorProfit, .buyerCost] {
                guard let mean = offer[metric].mean, let se = offer[metric].standardError else { continue }
                let halfWidth = Self.z * se
                let allowed = target.allowed(mean: mean)
                if halfWidth > allowed { reached = false }
                let ratio = allowed > 0 ? halfWidth / allowed : (halfWidth > 0 ? .infinity : 0)
                if widest == nil || ratio > widest!.1 {
                    widest = (Widest(offer: offer.name, metric: metric, halfWidth: halfWidth, allowed: allowed), ratio)
                }
            }
        }
        return (widest?.0, reached)
    }

    /// Runs rounds until the target is reached or a round has ``maximumTrials``. After a
    /// round short of the target, the next has the trials its standard errors say are needed
    /// (n·(half-width ÷ allowed)², 10% more for luck), at least twice as many, at most the
    /// maximum.
    /// - Parameters:
    ///   - threads: worker threads; the outcome does not depend on it.
    ///   - progress: called with the round's trials and the trials done in it.
    public func run(threads: Int? = nil, progress: (@Sendable (_ roundTrials: Int, _ trialsDone: Int) -> Void)? = nil) -> Outcome {
        var trials = firstTrials
        var rounds: [Int] = []
        while true {
            rounds.append(trials)
            let roundTrials = trials
            var report: (@Sendable (Int) -> Void)?
            if let progress { report = { done in progress(roundTrials, done) } }
            let run = Simulation(scenario: scenario, seed: seed, trials: trials).runKeepingTrials(
                keepingDraws: true, threads: threads, progress: report)
            let (widest, reached) = check(run.result)
            guard !reached, trials < maximumTrials, let widest else {
                return Outcome(run: run, rounds: rounds, widest: widest, reached: reached)
            }
            let ratio = widest.allowed > 0 ? widest.halfWidth / widest.allowed : .infinity
            let needed = Double(trials) * ratio * ratio * 1.1
            let next = needed.isFinite ? Int(min(needed, Double(maximumTrials)).rounded(.up)) : maximumTrials
            trials = min(maximumTrials, max(2 * trials, next))
        }
    }
}
