/// One trial's draw of an offer's buyer costs, held for the whole horizon.
public struct BuyerCostDraw: Sendable, Equatable {
    /// Per task the offer handles.
    public var perTask: Double
    /// Per month.
    public var perMonth: Double
    /// Per disputed outcome, when the offer bills on outcomes.
    public var perDispute: Double

    /// The uncertain fields, in the order they are drawn: a copula's values are given in it.
    static let fields = ["perTask", "perMonth", "perDispute"]

    /// Draws every cost once, in declaration order (``RandomPlan``); a cost whose value is
    /// `given` (by a copula, in ``fields`` order; empty when none is) draws nothing.
    init<G: RandomNumberGenerator>(_ costs: BuyerCosts, given: [Double?] = [], using rng: inout G) {
        func draw(_ field: Int, _ distribution: Distribution) -> Double {
            if !given.isEmpty, let value = given[field] { return value }
            return distribution.sample(using: &rng)
        }
        perTask = draw(0, costs.perTask)
        perMonth = draw(1, costs.perMonth)
        perDispute = draw(2, costs.perDispute)
    }

    /// The value of field `field`, by its position in ``fields``.
    func value(field: Int) -> Double {
        switch field {
        case 0: return perTask
        case 1: return perMonth
        case 2: return perDispute
        default: preconditionFailure("no field \(field)")
        }
    }
}
