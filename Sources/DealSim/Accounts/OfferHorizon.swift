/// One offer's running totals over the horizon of one trial.
public struct OfferHorizon: Sendable {
    /// Σ invoices: the vendor's revenue.
    public var revenue = 0.0
    /// Σ vendor cost.
    public var vendorCost = 0.0
    /// Σ compute cost f·Aₜ·costPerAttempt.
    public var computeCost = 0.0
    /// Σ buyer cost.
    public var buyerCost = 0.0
    /// Σ accepted outcomes f·Cₜ.
    public var acceptedOutcomes = 0.0
    /// Σ tasks left to humans Hₜ.
    public var humanTasks = 0.0
    /// Σ a commitment's true-ups, part of the revenue.
    public var trueUps = 0.0
    /// The early termination fee billed when the buyer left before the minimum term, part
    /// of the revenue.
    public var terminationFee = 0.0
    /// The compute cost of the horizon's first 12 months; 0 unless the vendor's cost per
    /// attempt has a trend and the horizon has two years.
    public var computeCostFirstYear = 0.0
    /// The accepted outcomes of the first 12 months, as ``computeCostFirstYear``.
    public var acceptedOutcomesFirstYear = 0.0
    /// The compute cost of the horizon's last 12 months, as ``computeCostFirstYear``.
    public var computeCostLastYear = 0.0
    /// The accepted outcomes of the last 12 months, as ``computeCostFirstYear``.
    public var acceptedOutcomesLastYear = 0.0
    /// What the compute would have cost at month 1's cost per attempt, on the same attempts:
    /// Σ f·Aₜ·costPerAttempt; 0 unless the vendor's cost per attempt has a trend. Less
    /// ``computeCost``, what the trend saved the vendor (negative when costs rise).
    public var computeCostWithoutTrend = 0.0
    /// The vendor's cumulative profit so far.
    public var cumulativeProfit = 0.0
    /// The lowest cumulative profit reached so far (0 before month 1).
    public var lowestCumulativeProfit = 0.0
    /// Whether any month so far lost money (profit strictly below 0).
    public var hadLossMonth = false
    /// The vendor's cumulative cash flow so far: payments received less costs.
    public var cumulativeCash = 0.0
    /// The lowest cumulative cash flow reached so far (0 before month 1).
    public var lowestCumulativeCash = 0.0
    /// The months so far whose invoice exceeded the buyer's monthly budget.
    public var monthsOverBudget = 0

    /// Adds one month's accounts: everything but the cash flow, the months over budget and
    /// the true-ups, which depend on terms beyond the month (``addCashFlow(received:cost:)``,
    /// ``monthsOverBudget``, ``trueUps``).
    public mutating func add(_ month: OfferMonth) {
        revenue += month.invoice
        vendorCost += month.vendorCost
        computeCost += month.computeCost
        buyerCost += month.buyerCost
        acceptedOutcomes += month.usage.acceptedOutcomes
        humanTasks += month.humanTasks
        let profit = month.vendorProfit
        cumulativeProfit += profit
        lowestCumulativeProfit = min(lowestCumulativeProfit, cumulativeProfit)
        if profit < 0 { hadLossMonth = true }
    }

    /// Adds one month's cash flow: the payments the vendor receives in the month (invoices
    /// of earlier months under payment terms) less its cost in the month.
    public mutating func addCashFlow(received: Double, cost: Double) {
        cumulativeCash += received - cost
        lowestCumulativeCash = min(lowestCumulativeCash, cumulativeCash)
    }

    /// Empty totals, before month 1.
    public init() {}

    /// The funding the vendor needs: `max(0, −lowest cumulative profit)`.
    public var maxDeficit: Double { max(0, -lowestCumulativeProfit) }

    /// The funding the vendor needs when it is paid under its payment terms:
    /// `max(0, −lowest cumulative cash flow)`.
    public var maxCashDeficit: Double { max(0, -lowestCumulativeCash) }
}
