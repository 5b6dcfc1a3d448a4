extension Offer {
    /// Whether any charge bills on outcomes; such an offer bears dispute costs.
    public var billsOnOutcomes: Bool { charges.contains { $0.billsOnOutcomes } }

    /// Whether the agent may stop: at a cap that pauses, or when a pausing wallet runs out.
    public var pauses: Bool { charges.contains { $0.pauses } }

    /// What the offer meters in each month, month 1 first, when the vendor's full usage of
    /// each month is `full`: every quantity scaled by the month's worked fraction
    /// (<doc:TheModel#Pause-at-a-cap>), and those fractions.
    ///
    /// The fraction is the smallest over the offer's pausing charges, on the vendor's full
    /// counts: `monthlyCap / (price · Cₜ)` at a cap, `available / needed` credits for a
    /// wallet, whose balance follows the months in order. Nothing pauses in a free month.
    public func meteredUsages(_ full: [MeteredUsage]) -> (usages: [MeteredUsage], workedFractions: [Double]) {
        var usages = full
        var fractions = [Double](repeating: 1, count: full.count)
        usages.withUnsafeMutableBufferPointer { usages in
            fractions.withUnsafeMutableBufferPointer { meter(usages, workedFractions: $0) }
        }
        return (usages, fractions)
    }

    /// Replaces each month's full usage in `usages` by what the offer meters, and writes the
    /// month's worked fraction, as ``meteredUsages(_:)`` does, without allocating unless a
    /// wallet pauses.
    /// - Precondition: `workedFractions.count ≥ usages.count`.
    func meter(_ usages: UnsafeMutableBufferPointer<MeteredUsage>, workedFractions: UnsafeMutableBufferPointer<Double>) {
        var wallets: [CreditWallet] = charges.compactMap {
            guard case .credits(let credits) = $0, credits.pauses else { return nil }
            return CreditWallet(credits)
        }
        for index in usages.indices {
            let full = usages[index]
            let isFree = terms.isFree(month: index + 1)
            var fraction = 1.0
            if !isFree {
                for charge in charges.indices {
                    fraction = min(fraction, charges[charge].workedFraction(acceptedOutcomes: full.acceptedOutcomes))
                }
                for wallet in wallets {
                    fraction = min(
                        fraction,
                        wallet.credits.workedFraction(needing: wallet.credits.creditsNeeded(for: full), available: wallet.available))
                }
            }
            let usage = fraction < 1 ? full.scaled(by: fraction) : full
            for index in wallets.indices { wallets[index].run(usage, isFree: isFree) }
            usages[index] = usage
            workedFractions[index] = fraction
        }
    }

    /// The invoices of months 1, 2, … from each month's metered usage: each charge over all
    /// the months, then the deal terms month by month. A charge or a term that carries state
    /// from month to month (a balance, a period's spend) carries it through `usages` in order.
    /// - Parameters:
    ///   - usages: the usage the offer meters in each month, month 1 first.
    ///   - horizonMonths: the deal's last month, where a commitment period it cuts is trued
    ///     up; `nil` for the last of `usages`.
    ///   - endsEarly: whether the buyer ends the deal in the last of `usages`, before the
    ///     horizon: that month bills the early termination fee, if due.
    /// - Returns: one invoice per element of `usages`, month 1 first.
    public func invoices(for usages: [MeteredUsage], horizonMonths: Int? = nil, endsEarly: Bool = false) -> [Double] {
        var invoices = [Double](repeating: 0, count: usages.count)
        usages.withUnsafeBufferPointer { usages in
            invoices.withUnsafeMutableBufferPointer {
                fillInvoices($0, for: usages, horizonMonths: horizonMonths ?? usages.count, endsEarly: endsEarly)
            }
        }
        return invoices
    }

    /// Fills `invoices[i]` with the invoice of month `i + 1` from `usages[i]`, as
    /// ``invoices(for:horizonMonths:endsEarly:)`` does, without allocating; and `trueUps[i]`, if given,
    /// with the commitment's true-up in it (left alone without a commitment).
    /// - Precondition: `invoices.count ≥ usages.count`, and `trueUps` too if given.
    func fillInvoices(
        _ invoices: UnsafeMutableBufferPointer<Double>, for usages: UnsafeBufferPointer<MeteredUsage>, horizonMonths: Int,
        endsEarly: Bool = false, trueUps: UnsafeMutableBufferPointer<Double>? = nil
    ) {
        let invoices = UnsafeMutableBufferPointer(rebasing: invoices[..<usages.count])
        fillCharges(invoices, for: usages)
        terms.apply(to: invoices, horizonMonths: horizonMonths, endsEarly: endsEarly, trueUps: trueUps)
    }

    /// Fills `amounts[i]` with the sum of the charges of month `i + 1`.
    private func fillCharges(_ amounts: UnsafeMutableBufferPointer<Double>, for usages: UnsafeBufferPointer<MeteredUsage>) {
        for index in amounts.indices { amounts[index] = 0 }
        // By index: iterating the charges would copy each, retaining its arrays, every trial.
        for charge in charges.indices { charges[charge].addAmounts(for: usages, to: amounts, freeMonths: terms.freeMonths) }
    }

    /// Every line of the invoice of the last month of `usages`, after the months before it:
    /// each charge's lines (a wallet's after its balance so far), then each term applied (a
    /// commitment's period to date). The amounts add up to that month's invoice.
    /// - Parameters:
    ///   - usages: the usage the offer meters in each month from month 1 to the month billed.
    ///   - horizonMonths: the deal's last month.
    ///   - endsEarly: whether the buyer ends the deal in the month billed, before the horizon.
    public func invoiceLines(for usages: [MeteredUsage], horizonMonths: Int, endsEarly: Bool = false) -> [InvoiceLine] {
        guard let usage = usages.last else { return [] }
        let month = usages.count
        var lines: [InvoiceLine] = []
        for charge in charges {
            guard case .credits(let credits) = charge else {
                lines += charge.lines(for: usage)
                continue
            }
            var wallet = CreditWallet(credits)
            for earlier in usages.dropLast() { wallet.run(earlier, isFree: terms.isFree(month: wallet.month)) }
            let isFree = terms.isFree(month: month)
            lines += credits.lines(for: wallet.run(usage, isFree: isFree), isFree: isFree)
        }
        var charges = [Double](repeating: 0, count: usages.count)
        usages.withUnsafeBufferPointer { usages in charges.withUnsafeMutableBufferPointer { fillCharges($0, for: usages) } }
        return lines + terms.lines(charges: charges, horizonMonths: horizonMonths, endsEarly: endsEarly)
    }

    /// The invoice for month `month` when the vendor's full usage is `usage` in every month
    /// from 1 to `month`: how a quote prices a month whose amount may depend on the months
    /// before it (a wallet's balance, a commitment's period).
    /// - Parameters:
    ///   - usage: the vendor's full usage of each month, before any pause.
    ///   - month: the month quoted, 1-based.
    ///   - horizonMonths: the deal's last month (≥ `month`), where a commitment period it
    ///     cuts is trued up; `nil` when the deal runs on past the quoted month.
    public func quote(_ usage: MeteredUsage, month: Int, horizonMonths: Int? = nil) -> InvoiceQuote {
        let lastMonth = horizonMonths ?? Int.max
        let (usages, fractions) = meteredUsages(Array(repeating: usage, count: month))
        let lines = invoiceLines(for: usages, horizonMonths: lastMonth)
        let total = invoices(for: usages, horizonMonths: lastMonth)[month - 1]
        return InvoiceQuote(month: month, usage: usages[month - 1], workedFraction: fractions[month - 1], lines: lines, total: total)
    }

    /// The total of ``quote(_:month:horizonMonths:)``: the invoice for month `month` when the
    /// vendor's full usage is `usage` in every month from 1 to `month`.
    public func invoice(for usage: MeteredUsage, month: Int, horizonMonths: Int? = nil) -> Double {
        quote(usage, month: month, horizonMonths: horizonMonths).total
    }
}

/// One month's invoice of an offer for given quantities, as `dealsim quote` prints it.
public struct InvoiceQuote: Sendable, Equatable {
    /// The month quoted, 1-based.
    public var month: Int
    /// What the offer metered that month: the quantities scaled when the agent paused.
    public var usage: MeteredUsage
    /// The fraction of the month the agent worked: below 1 when it paused.
    public var workedFraction: Double
    /// The invoice's lines, adding up to `total`.
    public var lines: [InvoiceLine]
    /// The invoice.
    public var total: Double
}
