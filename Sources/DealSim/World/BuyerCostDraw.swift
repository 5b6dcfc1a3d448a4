/// One trial's draw of an offer's buyer costs, held for the whole horizon.
public struct BuyerCostDraw: Sendable, Equatable {
    /// Per task the offer handles.
    public var perTask: Double
    /// Per month.
    public var perMonth: Double
    /// Per disputed outcome, when the offer bills on outcomes.
    public var perDispute: Double

    /// Draws every cost once, in declaration order (``RandomPlan``).
    init<G: RandomNumberGenerator>(_ costs: BuyerCosts, using rng: inout G) {
        perTask = costs.perTask.sample(using: &rng)
        perMonth = costs.perMonth.sample(using: &rng)
        perDispute = costs.perDispute.sample(using: &rng)
    }
}
