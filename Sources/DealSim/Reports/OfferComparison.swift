/// Which offer suits whom: the picks a report states, each by a fixed rule.
///
/// - **Best for the vendor**: the highest expected profit over the horizon among the offers
///   that lose money in at most ``acceptableProbabilityOfLoss`` of trials. When none is that
///   safe, the offer that loses money least often (ties: the higher expected profit).
/// - **Best for the buyer**: the lowest expected total cost of ownership (invoice, human work
///   left over, the buyer's own costs).
/// - **Most predictable for the buyer's budget**: the lowest bill spread, where an offer's
///   bill spread is the largest, over the months it bills (mean invoice > 0), of
///   `(P95 − P5) / mean` of that month's invoice. An offer that never bills has spread 0.
///   Ties go to the lower expected total cost.
///
/// Remaining ties go to the offer listed first. Offers without the statistic a rule needs
/// (no trial with a defined value) are not picked.
public struct OfferComparison: Sendable, Equatable {
    /// The largest probability of loss over the horizon at which an offer counts as safe for
    /// the vendor: 5%.
    public static let acceptableProbabilityOfLoss = 0.05

    /// The index in ``SimulationResult/offers`` of the best offer for the vendor.
    public var bestForVendor: Int?
    /// Whether ``bestForVendor`` loses money in at most ``acceptableProbabilityOfLoss`` of
    /// trials; `false` when no offer does.
    public var bestForVendorIsSafe: Bool
    /// The index of the best offer for the buyer.
    public var bestForBuyer: Int?
    /// The index of the offer whose monthly bill is most predictable.
    public var mostPredictable: Int?

    /// Compares the offers of `result`.
    /// - Parameter result: a run with any number of offers.
    public init(_ result: SimulationResult) {
        let offers = result.offers
        let profit = offers.map { $0[.vendorProfit].mean }
        let cost = offers.map { $0[.buyerCost].mean }
        let safe = offers.indices.filter { profit[$0] != nil && offers[$0].probabilityOfLoss <= Self.acceptableProbabilityOfLoss }
        if !safe.isEmpty {
            bestForVendor = Self.first(safe) { profit[$0]! > profit[$1]! }
            bestForVendorIsSafe = true
        } else {
            bestForVendor = Self.first(offers.indices.filter { profit[$0] != nil }) {
                offers[$0].probabilityOfLoss < offers[$1].probabilityOfLoss
                    || (offers[$0].probabilityOfLoss == offers[$1].probabilityOfLoss && profit[$0]! > profit[$1]!)
            }
            bestForVendorIsSafe = false
        }
        let costed = offers.indices.filter { cost[$0] != nil }
        bestForBuyer = Self.first(costed) { cost[$0]! < cost[$1]! }
        let spread = offers.map { $0.billSpread?.value ?? 0 }
        mostPredictable = Self.first(costed) { spread[$0] < spread[$1] || (spread[$0] == spread[$1] && cost[$0]! < cost[$1]!) }
    }

    /// The first index of `indices` that no later one beats.
    private static func first(_ indices: [Int], beats: (Int, Int) -> Bool) -> Int? {
        var best: Int?
        for index in indices where best == nil || beats(index, best!) { best = index }
        return best
    }
}
