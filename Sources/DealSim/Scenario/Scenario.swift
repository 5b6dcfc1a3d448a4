import Foundation

/// One buyer's workload, the vendors that could serve it and the offers to compare
/// (<doc:ScenarioFormat>).
///
/// A `Scenario` is always valid: ``ScenarioLoader`` reads one from a file, and
/// ``init(name:title:description:currency:horizonMonths:trials:seed:workload:vendors:offers:correlations:)``
/// builds one in code through the same checks. Its properties cannot be changed from
/// outside the module; ``setting(_:to:)-(String,_)`` gives a variant with one parameter changed, checked again.
public struct Scenario: Sendable, Equatable {
    /// The scenario's short name: letters, digits, `-` and `_`. It names the report folder.
    public let name: String
    /// A human title; defaults to `name`.
    public let title: String
    /// Free text: where the numbers come from.
    public let description: String?
    /// The ISO currency code of every amount, `USD` by default.
    public let currency: String
    /// The number of months simulated, 1…600.
    public let horizonMonths: Int
    /// The number of trials, 1…10,000,000.
    public let trials: Int
    /// The seed, when the scenario fixes one. Without it the caller picks one and records it.
    public let seed: UInt64?
    /// The buyer's volume and the value of an outcome.
    public let workload: Workload
    /// The vendors' operating profiles, in file order; ids are unique.
    public let vendors: [Vendor]
    /// The deal structures compared, in file order; names are unique.
    public let offers: [Offer]
    /// Pairs of distribution-valued parameters drawn together with a rank correlation, in
    /// file order; empty when every parameter is drawn on its own.
    public let correlations: [RankCorrelation]

    /// Creates a scenario from its parts without checking them: only for the validator,
    /// which has checked them, and for the throwing public initializer, which checks the
    /// result.
    init(
        unchecked name: String, title: String, description: String?, currency: String,
        horizonMonths: Int, trials: Int, seed: UInt64?,
        workload: Workload, vendors: [Vendor], offers: [Offer], correlations: [RankCorrelation] = []
    ) {
        self.name = name
        self.title = title
        self.description = description
        self.currency = currency
        self.horizonMonths = horizonMonths
        self.trials = trials
        self.seed = seed
        self.workload = workload
        self.vendors = vendors
        self.offers = offers
        self.correlations = correlations
    }
}

/// The buyer's workload: how many tasks arrive and what an accepted outcome is worth.
public struct Workload: Sendable, Equatable {
    /// Expected tasks in month 1.
    public var tasksPerMonth: Distribution
    /// Monthly growth of the expected volume, ≥ −1.
    public var monthlyGrowth: Distribution
    /// Coefficient of variation of the monthly volume multiplier (Gamma with mean 1).
    public var volumeVolatility: Distribution
    /// What the buyer pays a human to handle one task.
    public var humanCostPerTask: Distribution
    /// Revenue attributed to one accepted outcome.
    public var revenuePerOutcome: Distribution
    /// Savings from one accepted outcome; `nil` means the trial's draw of `humanCostPerTask`.
    public var savingsPerOutcome: Distribution?
    /// What the buyer is prepared to pay the vendor in a month (> 0); `nil` for no budget.
    /// A month whose invoice exceeds it is over budget.
    public var monthlyBudget: Double?
    /// Twelve multipliers of the expected volume, month 1 of the horizon taking the first;
    /// `nil` for none.
    public var seasonality: [Double]?
    /// The probability that the buyer ends the deal at the end of a month (0…1); `nil` for a
    /// deal that always runs to the horizon.
    public var monthlyChurn: Distribution?

    /// Creates a workload; every field but `tasksPerMonth` defaults to 0 (savings: the human
    /// cost; budget, seasonality and churn: none).
    public init(
        tasksPerMonth: Distribution, monthlyGrowth: Distribution = .fixed(0),
        volumeVolatility: Distribution = .fixed(0), humanCostPerTask: Distribution = .fixed(0),
        revenuePerOutcome: Distribution = .fixed(0), savingsPerOutcome: Distribution? = nil, monthlyBudget: Double? = nil,
        seasonality: [Double]? = nil, monthlyChurn: Distribution? = nil
    ) {
        self.tasksPerMonth = tasksPerMonth
        self.monthlyGrowth = monthlyGrowth
        self.volumeVolatility = volumeVolatility
        self.humanCostPerTask = humanCostPerTask
        self.revenuePerOutcome = revenuePerOutcome
        self.savingsPerOutcome = savingsPerOutcome
        self.monthlyBudget = monthlyBudget
        self.seasonality = seasonality
        self.monthlyChurn = monthlyChurn
    }
}

/// A vendor's operating profile: how well its agent performs and what running it costs.
public struct Vendor: Sendable, Equatable {
    /// Unique identifier that offers refer to.
    public var id: String
    /// Probability that one attempt succeeds, once trained (0…1).
    public var attemptSuccessRate: Distribution
    /// Attempts per task at most, 1…100.
    public var maxAttempts: Int
    /// Compute cost of one attempt.
    public var costPerAttempt: Distribution
    /// Cost of handling one task, whatever happens to it.
    public var costPerTask: Distribution
    /// The vendor's fixed cost of serving this buyer, per month.
    public var fixedCostPerMonth: Distribution
    /// The ramp before the agent performs; `nil` means none.
    public var trainingLag: TrainingLag?
    /// Share of apparent successes reopened inside the measurement window (0…1).
    public var reopenRate: Distribution
    /// Share of billable outcomes the buyer disputes (0…1).
    public var disputeRate: Distribution
    /// Share of disputes upheld for the buyer and credited (0…1).
    public var disputeUpheldRate: Distribution
    /// The vendor's cost of handling one dispute (charged only when the offer bills on outcomes).
    public var disputeCost: Distribution
    /// The monthly change of the cost per attempt (≥ −1): month t costs
    /// `costPerAttempt · (1 + trend)^(t − 1)`.
    public var costPerAttemptTrend: Distribution
    /// The monthly change of the attempt failure rate after the training lag (≥ −1):
    /// `1 − qₜ = min(1, (1 − q) · (1 + trend)^(t − L − 1))` for t > L.
    public var failureRateTrend: Distribution

    /// Creates a vendor; every field but `id` and `attemptSuccessRate` defaults to none or 0.
    public init(
        id: String, attemptSuccessRate: Distribution, maxAttempts: Int = 1,
        costPerAttempt: Distribution = .fixed(0), costPerTask: Distribution = .fixed(0),
        fixedCostPerMonth: Distribution = .fixed(0), trainingLag: TrainingLag? = nil,
        reopenRate: Distribution = .fixed(0), disputeRate: Distribution = .fixed(0),
        disputeUpheldRate: Distribution = .fixed(0), disputeCost: Distribution = .fixed(0),
        costPerAttemptTrend: Distribution = .fixed(0), failureRateTrend: Distribution = .fixed(0)
    ) {
        self.id = id
        self.attemptSuccessRate = attemptSuccessRate
        self.maxAttempts = maxAttempts
        self.costPerAttempt = costPerAttempt
        self.costPerTask = costPerTask
        self.fixedCostPerMonth = fixedCostPerMonth
        self.trainingLag = trainingLag
        self.reopenRate = reopenRate
        self.disputeRate = disputeRate
        self.disputeUpheldRate = disputeUpheldRate
        self.disputeCost = disputeCost
        self.costPerAttemptTrend = costPerAttemptTrend
        self.failureRateTrend = failureRateTrend
    }
}

extension Vendor {
    /// Whether the cost per attempt or the failure rate changes from month to month.
    public var hasTrends: Bool { costPerAttemptTrend != .fixed(0) || failureRateTrend != .fixed(0) }

    /// The cost of one attempt in month `month` (1-based) from the means of
    /// `costPerAttempt` and `costPerAttemptTrend`: how a quote prices `costPlus`.
    public func meanCostPerAttempt(inMonth month: Int) -> Double {
        let trend = costPerAttemptTrend.mean
        guard trend != 0 else { return costPerAttempt.mean }
        return costPerAttempt.mean * pow(1 + trend, Double(month - 1))
    }
}

/// The months an agent needs before it performs: its attempt success rate rises linearly
/// from `initialAttemptSuccessRate` in month 1 to the vendor's rate in month `months + 1`.
public struct TrainingLag: Sendable, Equatable {
    /// Months of ramp, ≥ 0.
    public var months: Int
    /// The attempt success rate in month 1 (0…1).
    public var initialAttemptSuccessRate: Distribution

    /// Creates a training lag.
    public init(months: Int, initialAttemptSuccessRate: Distribution) {
        self.months = months
        self.initialAttemptSuccessRate = initialAttemptSuccessRate
    }
}
