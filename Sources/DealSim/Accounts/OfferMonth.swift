/// One offer's accounts for one month of one trial (<doc:TheModel>, "Pause at a cap" and "The accounts").
///
/// If the offer pauses at a cap it works the fraction `f` of the month and sees every count
/// scaled by `f`; its charges and variable costs use the scaled counts, fixed costs do not
/// scale. Then, with invoice `I`:
/// ```
/// vendor cost  = f·A·costPerAttempt + f·N·costPerTask + fixedCostPerMonth
///                + f·D·disputeCost                      (if the offer bills on outcomes)
/// profit       = I − vendor cost
/// human tasks  = N − f·C                                (full N)
/// buyer cost   = I + human tasks·humanCostPerTask + buyerCosts.perTask·f·N
///                + buyerCosts.perMonth + buyerCosts.perDispute·f·D   (last if on outcomes)
/// ```
public struct OfferMonth: Sendable, Equatable {
    /// The fraction of the month the agent worked, 1 unless it paused at a cap.
    public var workedFraction: Double
    /// The offer's (possibly scaled) metered quantities.
    public var usage: MeteredUsage
    /// The invoice Iₜ, after deal terms.
    public var invoice: Double
    /// The vendor's compute cost f·Aₜ·costPerAttempt.
    public var computeCost: Double
    /// The vendor's total cost.
    public var vendorCost: Double
    /// Tasks left to humans, Hₜ = Nₜ − f·Cₜ.
    public var humanTasks: Double
    /// The buyer's total cost of ownership this month.
    public var buyerCost: Double

    /// The vendor's profit Iₜ − vendor cost.
    public var vendorProfit: Double { invoice - vendorCost }
}
