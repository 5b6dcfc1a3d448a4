/// A metric of `summary.csv`, by its name there: a horizon total (``HorizonMetric``) or a
/// probability. Analyses name what they sweep or solve for with it.
public enum SummaryMetric: Sendable, Hashable, CustomStringConvertible {
    /// A horizon total, summarised across trials.
    case horizon(HorizonMetric)
    /// `p_loss`: the probability that the vendor's profit over the horizon is negative.
    case probabilityOfLoss
    /// `p_any_loss_month`: the probability of at least one month with a loss.
    case probabilityOfLossMonth
    /// `p_over_budget`: the probability of at least one month over the buyer's monthly
    /// budget; reported only when the scenario has a budget.
    case probabilityOverBudget
    /// `p_ends_early`: the probability that the buyer ends the deal before the horizon;
    /// reported only when the workload has a churn rate.
    case probabilityEndsEarly

    /// Every metric, in the order of `summary.csv`'s rows.
    public static let all: [SummaryMetric] =
        HorizonMetric.allCases.map(SummaryMetric.horizon)
        + [.probabilityOfLoss, .probabilityOfLossMonth, .probabilityOverBudget, .probabilityEndsEarly]

    /// The metrics `summary.csv` reports for `scenario`, in its order: those of a budget
    /// only when the scenario has one.
    public static func reported(in scenario: Scenario) -> [SummaryMetric] {
        all.filter { $0.isReported(in: scenario) }
    }

    /// What a scenario needs for the metric to be reported, as the path of its field
    /// (`workload.monthlyBudget`); `nil` when every scenario has it.
    public var requiredField: String? {
        switch self {
        case .horizon(.monthsOverBudget), .probabilityOverBudget: return "workload.monthlyBudget"
        case .horizon(.dealMonths), .probabilityEndsEarly: return "workload.monthlyChurn"
        default: return nil
        }
    }

    /// Whether `summary.csv` reports the metric for `scenario`.
    public func isReported(in scenario: Scenario) -> Bool {
        switch self {
        case .horizon(let metric): return metric.isReported(in: scenario)
        case .probabilityOfLoss, .probabilityOfLossMonth: return true
        case .probabilityOverBudget: return scenario.workload.monthlyBudget != nil
        case .probabilityEndsEarly: return scenario.workload.monthlyChurn != nil
        }
    }

    /// The metric named `name` in `summary.csv`, or `nil`.
    public init?(name: String) {
        guard let metric = Self.all.first(where: { $0.name == name }) else { return nil }
        self = metric
    }

    /// The name in `summary.csv`: `vendor_profit`, `p_loss`.
    public var name: String {
        switch self {
        case .horizon(let metric): return metric.rawValue
        case .probabilityOfLoss: return "p_loss"
        case .probabilityOfLossMonth: return "p_any_loss_month"
        case .probabilityOverBudget: return "p_over_budget"
        case .probabilityEndsEarly: return "p_ends_early"
        }
    }

    /// ``name``.
    public var description: String { name }

    /// Whether the metric is a probability, which `summary.csv` gives without percentiles.
    public var isProbability: Bool {
        if case .horizon = self { return false }
        return true
    }
}

extension OfferResult {
    /// The metric's mean (for a probability, the probability) and its standard error: for a
    /// probability p over n trials, `√(p(1 − p)/n)`. Either is `nil` where the run has none.
    /// - Parameters:
    ///   - metric: the metric.
    ///   - trials: the run's number of trials (for a probability's standard error).
    public func estimate(of metric: SummaryMetric, trials: Int) -> (mean: Double?, standardError: Double?) {
        func probability(_ p: Double) -> (Double?, Double?) {
            (p, trials > 1 ? (p * (1 - p) / Double(trials)).squareRoot() : nil)
        }
        switch metric {
        case .horizon(let horizon): return (self[horizon].mean, self[horizon].standardError)
        case .probabilityOfLoss: return probability(probabilityOfLoss)
        case .probabilityOfLossMonth: return probability(probabilityOfLossMonth)
        case .probabilityOverBudget: return probability(probabilityOverBudget)
        case .probabilityEndsEarly: return probability(probabilityEndsEarly)
        }
    }
}
