/// Which offer suits whom: the picks a report states, each by a fixed rule.
///
/// - **Best for the vendor**, for each vendor with at least two offers (``vendorPicks``): the
///   highest expected profit over the horizon among that vendor's offers that lose money in
///   at most ``acceptableProbabilityOfLoss`` of trials. When none is that safe, the vendor's
///   offer that loses money least often (ties: the higher expected profit). Offers of
///   different vendors are never ranked against each other: their profits belong to
///   different companies. A vendor with a single offer has no pick: it has no choice.
/// - **Best for the buyer**: the lowest expected total cost of ownership (invoice, human work
///   left over, the buyer's own costs).
/// - **Most predictable bill** (``mostPredictable``): the lowest bill spread, where an
///   offer's bill spread is the largest, over the months it bills (mean invoice > 0), of
///   `(P95 − P5) / mean` of that month's invoice. An offer that never bills has spread 0.
///   Ties go to the lower expected total cost. The bill is the vendor's invoice only: it is
///   what the pricing decides, what the buyer's budget approves each month and what a
///   contract can fix, so the pick stays on it.
/// - **Most predictable total monthly cost** (``mostPredictableTotalCost``): the same rule on
///   the buyer's total monthly cost (invoice, human work left over, the buyer's own costs).
///   Where the buyer's own costs and human work are a large part of what it pays, the
///   invoice alone misleads the budget: when the invoice of the most predictable bill is
///   under ``smallInvoiceShare`` of the buyer's expected total cost under that offer, the
///   report also gives the spread of that offer's total monthly cost, and names this pick
///   when its total is more predictable.
///
/// Remaining ties go to the offer listed first. Offers without the statistic a rule needs
/// (no trial with a defined value) are not picked.
public struct OfferComparison: Sendable, Equatable {
    /// The largest probability of loss over the horizon at which an offer counts as safe for
    /// the vendor: 5%.
    public static let acceptableProbabilityOfLoss = 0.05

    /// The share of the buyer's expected total cost below which the invoice is too small a
    /// part of the buyer's budget to speak for it alone: one half.
    public static let smallInvoiceShare = 0.5

    /// The best offer for one vendor.
    public struct VendorPick: Sendable, Equatable {
        /// The vendor's id.
        public var vendor: String
        /// The index in ``SimulationResult/offers`` of the vendor's best offer.
        public var offer: Int
        /// Whether the offer loses money in at most ``acceptableProbabilityOfLoss`` of
        /// trials; `false` when none of the vendor's offers does.
        public var isSafe: Bool
    }

    /// The best offer of each vendor that has at least two offers, in the order of the
    /// vendors' first offers.
    public var vendorPicks: [VendorPick]
    /// The index of the best offer for the buyer.
    public var bestForBuyer: Int?
    /// The index of the offer whose monthly bill (the vendor's invoice) is most predictable.
    public var mostPredictable: Int?
    /// The index of the offer whose total monthly cost to the buyer is most predictable.
    public var mostPredictableTotalCost: Int?

    /// Compares the offers of `result`.
    /// - Parameter result: a run with any number of offers.
    public init(_ result: SimulationResult) {
        let offers = result.offers
        let profit = offers.map { $0[.vendorProfit].mean }
        let cost = offers.map { $0[.buyerCost].mean }
        var vendors: [String] = []
        for offer in offers where !vendors.contains(offer.vendor) { vendors.append(offer.vendor) }
        vendorPicks = vendors.compactMap { vendor in
            let own = offers.indices.filter { offers[$0].vendor == vendor }
            guard own.count > 1 else { return nil }
            let candidates = own.filter { profit[$0] != nil }
            let safe = candidates.filter { offers[$0].probabilityOfLoss <= Self.acceptableProbabilityOfLoss }
            if let pick = Self.first(safe, beats: { profit[$0]! > profit[$1]! }) {
                return VendorPick(vendor: vendor, offer: pick, isSafe: true)
            }
            let pick = Self.first(candidates) {
                offers[$0].probabilityOfLoss < offers[$1].probabilityOfLoss
                    || (offers[$0].probabilityOfLoss == offers[$1].probabilityOfLoss && profit[$0]! > profit[$1]!)
            }
            return pick.map { VendorPick(vendor: vendor, offer: $0, isSafe: false) }
        }
        let costed = offers.indices.filter { cost[$0] != nil }
        bestForBuyer = Self.first(costed) { cost[$0]! < cost[$1]! }
        func steadiest(_ spread: [Double]) -> Int? {
            Self.first(costed) { spread[$0] < spread[$1] || (spread[$0] == spread[$1] && cost[$0]! < cost[$1]!) }
        }
        mostPredictable = steadiest(offers.map { $0.billSpread?.value ?? 0 })
        mostPredictableTotalCost = steadiest(offers.map { $0.totalCostSpread?.value ?? 0 })
    }

    /// The pick for `vendor`; `nil` when it has fewer than two offers.
    public func bestForVendor(_ vendor: String) -> VendorPick? {
        vendorPicks.first { $0.vendor == vendor }
    }

    /// The first index of `indices` that no later one beats.
    private static func first(_ indices: [Int], beats: (Int, Int) -> Bool) -> Int? {
        var best: Int?
        for index in indices where best == nil || beats(index, best!) { best = index }
        return best
    }
}
