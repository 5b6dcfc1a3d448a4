extension Offer {
    /// Whether any charge bills on outcomes; such an offer bears dispute costs.
    public var billsOnOutcomes: Bool { charges.contains { $0.billsOnOutcomes } }

    /// Whether any charge pauses the agent at its cap.
    public var pausesAtCap: Bool { charges.contains { $0.pausesAtCap } }

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

    /// The usage this offer meters in month `month` when the vendor's full usage is `full`:
    /// every quantity scaled by the ``workedFraction(acceptedOutcomes:month:)`` (<doc:PricingModels>,
    /// "pause at a cap"), and that fraction.
    public func meteredUsage(_ full: MeteredUsage, month: Int) -> (usage: MeteredUsage, workedFraction: Double) {
        let fraction = workedFraction(acceptedOutcomes: full.acceptedOutcomes, month: month)
        return (full.scaled(by: fraction), fraction)
    }

    /// The invoices of months 1, 2, … from each month's metered usage: each charge over all
    /// the months, then the deal terms month by month. A charge or a term that carries state
    /// from month to month (a balance, a period's spend) carries it through `usages` in order.
    /// - Returns: one invoice per element of `usages`, month 1 first.
    public func invoices(for usages: [MeteredUsage]) -> [Double] {
        var invoices = [Double](repeating: 0, count: usages.count)
        usages.withUnsafeBufferPointer { usages in
            invoices.withUnsafeMutableBufferPointer { fillInvoices($0, for: usages) }
        }
        return invoices
    }

    /// The invoice for month `month` when every month from 1 to `month` meters `usage`: how a
    /// quote prices a month whose amount may depend on the months before it.
    public func invoice(for usage: MeteredUsage, month: Int) -> Double {
        invoices(for: Array(repeating: usage, count: month))[month - 1]
    }

    /// Fills `invoices[i]` with the invoice of month `i + 1` from `usages[i]`, as
    /// ``invoices(for:)`` does, without allocating.
    /// - Precondition: `invoices.count ≥ usages.count`.
    func fillInvoices(_ invoices: UnsafeMutableBufferPointer<Double>, for usages: UnsafeBufferPointer<MeteredUsage>) {
        let invoices = UnsafeMutableBufferPointer(rebasing: invoices[..<usages.count])
        for index in invoices.indices { invoices[index] = 0 }
        for charge in charges { charge.addAmounts(for: usages, to: invoices) }
        terms.apply(to: invoices)
    }

    /// Every line of the invoice for month `month` with usage `usage`: each charge's lines,
    /// then each term applied. The amounts add up to ``invoice(for:month:)``.
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
