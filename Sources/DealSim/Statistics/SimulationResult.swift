/// What a run reports (<doc:Statistics>): for each offer the distribution of its horizon totals
/// across trials, its probabilities of loss, and per-month bands.
public struct SimulationResult: Sendable, Equatable {
    /// The scenario simulated.
    public var scenario: Scenario
    /// The seed the run used; with the scenario it reproduces the run exactly.
    public var seed: UInt64
    /// Trials simulated.
    public var trials: Int
    /// One result per offer, in the scenario's order.
    public var offers: [OfferResult]
    /// The all-human baseline over the horizon, `Σ Nₜ · humanCostPerTask`: the same for every
    /// offer, since all offers see the same volume.
    public var baseline: MetricSummary
}

/// The horizon totals reported for each offer, by their names in `summary.csv`.
public enum HorizonMetric: String, Sendable, CaseIterable {
    /// Σ invoices.
    case vendorRevenue = "vendor_revenue"
    /// Σ vendor cost.
    case vendorCost = "vendor_cost"
    /// Revenue − cost.
    case vendorProfit = "vendor_profit"
    /// Profit / revenue; trials without revenue are left out.
    case margin
    /// Σ buyer cost (total cost of ownership).
    case buyerCost = "buyer_cost"
    /// Baseline − buyer cost.
    case buyerNetSavings = "buyer_net_savings"
    /// Revenue / accepted outcomes; trials without accepted outcomes are left out.
    case invoicePerOutcome = "invoice_per_outcome"
    /// Compute cost / accepted outcomes; trials without accepted outcomes are left out.
    case computePerOutcome = "compute_per_outcome"
    /// The deepest cumulative deficit, `max(0, −lowest cumulative profit)`: the funding the
    /// vendor needs.
    case maxDeficit = "max_deficit"
    /// The deepest cumulative cash deficit, `max(0, −lowest cumulative cash flow)`: the
    /// funding the vendor needs when invoices are paid under the payment terms.
    case maxCashDeficit = "max_cash_deficit"
    /// Σ accepted outcomes f·Cₜ (after any pause).
    case acceptedOutcomes = "accepted_outcomes"
    /// Σ tasks left to humans Hₜ.
    case humanTasks = "human_tasks"
    /// The months whose invoice exceeds the workload's monthly budget; reported only when
    /// the scenario has a budget.
    case monthsOverBudget = "months_over_budget"
    /// The months the deal ran before the buyer left (the horizon when it stayed), the same
    /// for every offer; reported only when the workload has a churn rate.
    case dealMonths = "deal_months"

    /// Whether `summary.csv` reports the metric for `scenario`: every one, except the months
    /// over budget without a budget.
    public func isReported(in scenario: Scenario) -> Bool {
        switch self {
        case .monthsOverBudget: return scenario.workload.monthlyBudget != nil
        case .dealMonths: return scenario.workload.monthlyChurn != nil
        default: return true
        }
    }
}

/// The per-month quantities reported as bands, by their names in `monthly.csv`.
public enum MonthlyMetric: String, Sendable, CaseIterable {
    /// The invoice Iₜ.
    case invoice
    /// The vendor's profit in the month.
    case vendorProfit = "vendor_profit"
    /// The buyer's total cost in the month.
    case buyerCost = "buyer_cost"

    /// The position of the metric in ``allCases``.
    var index: Int {
        switch self {
        case .invoice: return 0
        case .vendorProfit: return 1
        case .buyerCost: return 2
        }
    }
}

/// One month's band of a monthly metric across trials.
public struct MonthlyBand: Sendable, Equatable {
    /// The month, 1-based.
    public var month: Int
    /// The exact mean across trials.
    public var mean: Double
    /// The 5th percentile, within 0.2% relative (the per-month sketch's bound).
    public var p5: Double
    /// The median, within the same error.
    public var p50: Double
    /// The 95th percentile, within the same error.
    public var p95: Double
}

/// One offer's results.
public struct OfferResult: Sendable, Equatable {
    /// The offer's name.
    public var name: String
    /// The id of the offer's vendor.
    public var vendor: String
    /// Horizon totals, indexed in ``HorizonMetric/allCases`` order; read with ``subscript(_:)-(HorizonMetric)``.
    var horizon: [MetricSummary]
    /// Monthly bands, indexed in ``MonthlyMetric/allCases`` order, each one band per month.
    var monthly: [[MonthlyBand]]
    /// The probability that the vendor's profit over the horizon is negative.
    public var probabilityOfLoss: Double
    /// The probability that the vendor loses money in at least one month.
    public var probabilityOfLossMonth: Double
    /// The probability of at least one month over the buyer's monthly budget (0 without a
    /// budget).
    public var probabilityOverBudget: Double
    /// The probability that the buyer ends the deal before the horizon (0 without churn).
    public var probabilityEndsEarly: Double
    /// The expected sum of a commitment's true-ups over the horizon, part of the vendor's
    /// revenue (0 without a commitment).
    public var meanTrueUps: Double
    /// What happens under churn and a cost trend, for the report's findings.
    public var overTime = OverTime()

    /// Figures of a deal that changes over time or ends early, each `nil` where it does not apply.
    public struct OverTime: Sendable, Equatable {
        /// The expected early termination fee (0 without one).
        public var meanTerminationFee = 0.0
        /// The share of trials whose deal ended early in which the vendor lost money over the
        /// horizon.
        public var probabilityOfLossEndingEarly: Double?
        /// The share of trials whose deal ran to the horizon in which the vendor lost money.
        public var probabilityOfLossRunningFull: Double?
        /// The expected profit of the deals that ended early.
        public var meanProfitEndingEarly: Double?
        /// Expected compute cost per accepted outcome in the horizon's first 12 months
        /// (E[cost] / E[outcomes]), with a cost trend and a horizon of two years or more.
        public var computePerOutcomeFirstYear: Double?
        /// The same in the horizon's last 12 months.
        public var computePerOutcomeLastYear: Double?
        /// The expected compute cost the trend of the cost per attempt saves the vendor: what
        /// the same attempts would have cost at month 1's cost per attempt, less what they
        /// cost (negative when costs rise); with a cost trend. For an offer whose prices do not
        /// follow compute (no `costPlus`), the vendor's expected profit gained from the trend.
        /// `nil` without a cost trend (or without any compute).
        public var meanComputeSavedByCostTrend: Double?

        /// Nothing applies.
        public init() {}
    }

    /// The summary of a horizon metric.
    public subscript(_ metric: HorizonMetric) -> MetricSummary {
        horizon[HorizonMetric.allCases.firstIndex(of: metric)!]
    }

    /// The monthly bands of a monthly metric, month 1 first.
    public subscript(_ metric: MonthlyMetric) -> [MonthlyBand] {
        monthly[metric.index]
    }
}
