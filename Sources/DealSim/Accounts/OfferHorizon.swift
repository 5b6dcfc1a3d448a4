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
    /// The vendor's cumulative profit so far.
    public var cumulativeProfit = 0.0
    /// The lowest cumulative profit reached so far (0 before month 1).
    public var lowestCumulativeProfit = 0.0
    /// Whether any month so far lost money (profit strictly below 0).
    public var hadLossMonth = false

    /// Adds one month's accounts.
    public mutating func add(_ month: OfferMonth) {
        revenue += month.invoice
        vendorCost += month.vendorCost
        computeCost += month.computeCost
        buyerCost += month.buyerCost
        acceptedOutcomes += month.usage.acceptedOutcomes
        let profit = month.vendorProfit
        cumulativeProfit += profit
        lowestCumulativeProfit = min(lowestCumulativeProfit, cumulativeProfit)
        if profit < 0 { hadLossMonth = true }
    }

    /// Empty totals, before month 1.
    public init() {}

    /// The funding the vendor needs: `max(0, −lowest cumulative profit)`.
    public var maxDeficit: Double { max(0, -lowestCumulativeProfit) }
}
