/// A deal structure to compare: a vendor's agent under one pricing, with deal terms and the
/// buyer's own costs of running it.
public struct Offer: Sendable, Equatable {
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

    /// Whether any charge bills on outcomes; such an offer bears dispute costs.
    public var billsOnOutcomes: Bool { charges.contains { $0.billsOnOutcomes } }

    /// The fraction of month `month` the agent works, given the vendor's full accepted
    /// outcomes: the smallest over the offer's pausing charges, and 1 in a free month.
    public func workedFraction(acceptedOutcomes: Double, month: Int) -> Double {
        if terms.isFree(month: month) { return 1 }
        var fraction = 1.0
        for index in charges.indices {
            fraction = min(fraction, charges[index].workedFraction(acceptedOutcomes: acceptedOutcomes))
        }
        return fraction
    }

    /// The invoice for month `month`: the charges on `usage`, then the deal terms.
    public func invoice(for usage: MeteredUsage, month: Int) -> Double {
        var invoice = 0.0
        withUnsafePointer(to: usage) { usage in
            withUnsafeMutablePointer(to: &invoice) { invoice in
                self.invoice(
                    for: UnsafeBufferPointer(start: usage, count: 1), firstMonth: month,
                    into: UnsafeMutableBufferPointer(start: invoice, count: 1))
            }
        }
        return invoice
    }

    /// The invoices of consecutive months, `invoices[i]` for month `firstMonth + i` from
    /// `usages[i]`: each charge over all the months, then the deal terms month by month.
    /// - Precondition: `invoices.count ≥ usages.count`.
    public func invoice(
        for usages: UnsafeBufferPointer<MeteredUsage>, firstMonth: Int, into invoices: UnsafeMutableBufferPointer<Double>
    ) {
        for index in usages.indices { invoices[index] = 0 }
        for charge in charges { charge.addAmounts(for: usages, to: invoices) }
        for index in usages.indices { invoices[index] = terms.invoice(charges: invoices[index], month: firstMonth + index) }
    }

    /// Every line of the invoice for month `month`: each charge's lines, then each term
    /// applied. The amounts add up to ``invoice(for:month:)``.
    public func invoiceLines(for usage: MeteredUsage, month: Int) -> [InvoiceLine] {
        var lines: [InvoiceLine] = []
        var charges = 0.0
        for charge in self.charges {
            lines += charge.lines(for: usage)
            charges += charge.amount(for: usage)
        }
        return lines + terms.lines(charges: charges, month: month)
    }
}

/// The buyer's own costs of running an offer: infrastructure, review, dispute handling.
public struct BuyerCosts: Sendable, Equatable {
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
