/// A deal structure to compare: a vendor's agent under one pricing, with deal terms and the
/// buyer's own costs of running it.
public struct Offer: Sendable, Hashable {
    /// Unique name of the offer, e.g. "Per resolution".
    public var name: String
    /// The `id` of the vendor whose agent does the work.
    public var vendor: String
    /// The pricing: one or more charges whose amounts add.
    public var charges: [Charge]
    /// Free months, minimum, cap and implementation fee.
    public var terms: DealTerms
    /// What the buyer spends to run this offer besides the invoice.
    public var buyerCosts: BuyerCosts

    /// Creates an offer.
    public init(name: String, vendor: String, charges: [Charge], terms: DealTerms = DealTerms(), buyerCosts: BuyerCosts = BuyerCosts()) {
        self.name = name
        self.vendor = vendor
        self.charges = charges
        self.terms = terms
        self.buyerCosts = buyerCosts
    }
}

/// The buyer's own costs of running an offer: infrastructure, review, dispute handling.
public struct BuyerCosts: Sendable, Hashable {
    /// Per task the offer handles.
    public var perTask: Distribution
    /// Per month.
    public var perMonth: Distribution
    /// Per disputed outcome, when the offer bills on outcomes.
    public var perDispute: Distribution

    /// Creates buyer costs; all 0 by default.
    public init(perTask: Distribution = .fixed(0), perMonth: Distribution = .fixed(0), perDispute: Distribution = .fixed(0)) {
        self.perTask = perTask
        self.perMonth = perMonth
        self.perDispute = perDispute
    }
}
