/// An offer's deal terms, applied to the sum of its charges each month (<doc:TheModel>).
///
/// For month t, in this order:
/// ```
/// X = sum of the charges
/// X = 0                       if t ≤ freeMonths
/// X = max(X, minimumMonthly)  otherwise
/// X = min(X, monthlyCap)
/// X = X + true-up             if t ends a commitment period
/// X = X + implementationFee   if t = 1 (even when month 1 is free)
/// X = X + earlyTerminationFee if the buyer ends the deal in month t, before the horizon
///                             and before minimumTermMonths
/// ```
/// `paymentTermsDays` does not change the invoice, only when it is paid (<doc:TheModel#Cash>).
public struct DealTerms: Sendable, Hashable {
    /// Months 1…freeMonths send no invoice: the training window.
    public var freeMonths: Int
    /// The least the recurring invoice bills in a month outside the free months.
    public var minimumMonthly: Double?
    /// Spend control on the recurring invoice; it never pauses the agent (≥ `minimumMonthly`).
    public var monthlyCap: Double?
    /// One-off fee billed in month 1.
    public var implementationFee: Double
    /// A minimum spend per period, trued up at each period's end.
    public var commitment: Commitment?
    /// Days after a month's end that its invoice is paid (whole, 0…365).
    public var paymentTermsDays: Int
    /// The months the buyer commits to stay; ending the deal earlier costs the early
    /// termination fee.
    public var minimumTermMonths: Int
    /// What the buyer pays for ending the deal in a month before `minimumTermMonths`.
    public var earlyTerminationFee: Double

    /// Creates deal terms; none apply by default.
    public init(
        freeMonths: Int = 0, minimumMonthly: Double? = nil, monthlyCap: Double? = nil, implementationFee: Double = 0,
        commitment: Commitment? = nil, paymentTermsDays: Int = 0, minimumTermMonths: Int = 0, earlyTerminationFee: Double = 0
    ) {
        self.freeMonths = freeMonths
        self.minimumMonthly = minimumMonthly
        self.monthlyCap = monthlyCap
        self.implementationFee = implementationFee
        self.commitment = commitment
        self.paymentTermsDays = paymentTermsDays
        self.minimumTermMonths = minimumTermMonths
        self.earlyTerminationFee = earlyTerminationFee
    }

    /// The early termination fee when the buyer ends the deal in month `month`: the fee
    /// before the minimum term, 0 from it on.
    public func terminationFee(endingIn month: Int) -> Double {
        month < minimumTermMonths ? earlyTerminationFee : 0
    }

    /// Whether month `month` (1-based) is free.
    public func isFree(month: Int) -> Bool { month <= freeMonths }

    /// The months after its own month that an invoice is paid: ⌈paymentTermsDays / 30⌉, so
    /// net 30 is paid the month after, net 45 two months after, net 0 in the same month.
    public var paymentDelayMonths: Int { (paymentTermsDays + 29) / 30 }

    /// The invoices of months 1, 2, … given each month's sum of the charges.
    /// - Parameters:
    ///   - charges: the sum of the charges of each month, month 1 first.
    ///   - horizonMonths: the deal's last month, where a commitment period it cuts is trued
    ///     up; `nil` for the last of `charges`.
    ///   - endsEarly: whether the buyer ends the deal in the last of `charges`, before the
    ///     horizon: that month bills the early termination fee, if due.
    public func invoices(charges: [Double], horizonMonths: Int? = nil, endsEarly: Bool = false) -> [Double] {
        var invoices = charges
        invoices.withUnsafeMutableBufferPointer {
            apply(to: $0, horizonMonths: horizonMonths ?? charges.count, endsEarly: endsEarly)
        }
        return invoices
    }

    /// Replaces each month's sum of the charges, `amounts[i]` for month `i + 1`, by its
    /// invoice, months in order, carrying a commitment's spend in its period from month to
    /// month.
    /// - Parameters:
    ///   - horizonMonths: the deal's last month (≥ `amounts.count`).
    ///   - endsEarly: whether the buyer ends the deal in the last of `amounts`, before the
    ///     horizon.
    ///   - trueUps: where to write each month's true-up, if anywhere (room for
    ///     `amounts.count` months; left alone without a commitment).
    func apply(
        to amounts: UnsafeMutableBufferPointer<Double>, horizonMonths: Int, endsEarly: Bool = false,
        trueUps: UnsafeMutableBufferPointer<Double>? = nil
    ) {
        if let commitment {
            apply(commitment, to: amounts, horizonMonths: horizonMonths, trueUps: trueUps)
        } else {
            for index in amounts.indices { amounts[index] = invoice(charges: amounts[index], month: index + 1) }
        }
        if endsEarly, let last = amounts.indices.last { amounts[last] += terminationFee(endingIn: last + 1) }
    }

    /// ``apply(to:horizonMonths:endsEarly:trueUps:)`` with a commitment, before any
    /// termination fee: a period's spend carried from month to month, its true-up in its
    /// last month.
    private func apply(
        _ commitment: Commitment, to amounts: UnsafeMutableBufferPointer<Double>, horizonMonths: Int,
        trueUps: UnsafeMutableBufferPointer<Double>?
    ) {
        var invoiced = 0.0
        for index in amounts.indices {
            let month = index + 1
            var amount = recurring(charges: amounts[index], month: month)
            if let period = commitment.period(containing: month, freeMonths: freeMonths, lastMonth: horizonMonths) {
                if month == period.first { invoiced = 0 }
                invoiced += amount
                let trueUp = month == period.last ? period.trueUp(invoiced: invoiced) : 0
                amount += trueUp
                trueUps?[index] = trueUp
            } else {
                trueUps?[index] = 0
            }
            if month == 1 { amount += implementationFee }
            amounts[index] = amount
        }
    }

    /// The invoice for month `month` given the sum of the charges, for terms without a
    /// commitment, which carry no state from month to month.
    func invoice(charges: Double, month: Int) -> Double {
        recurring(charges: charges, month: month) + (month == 1 ? implementationFee : 0)
    }

    /// The recurring invoice: the charges, 0 in a free month, raised to the minimum otherwise,
    /// lowered to the cap.
    private func recurring(charges: Double, month: Int) -> Double {
        var amount = charges
        if isFree(month: month) {
            amount = 0
        } else if let minimum = minimumMonthly {
            amount = max(amount, minimum)
        }
        if let cap = monthlyCap { amount = min(amount, cap) }
        return amount
    }

    /// The adjustments the terms make in the last month of `charges`, in the order applied,
    /// given the sum of the charges of every month from month 1 to it: a free month, the
    /// minimum, the cap, the commitment's period to date and its true-up, the implementation
    /// fee.
    /// - Parameters:
    ///   - charges: the sum of the charges of each month from month 1 to the month billed.
    ///   - horizonMonths: the deal's last month, where a commitment period it cuts is trued
    ///     up.
    ///   - endsEarly: whether the buyer ends the deal in the last of `charges`, before the
    ///     horizon: the early termination fee follows, if due.
    public func lines(charges: [Double], horizonMonths: Int, endsEarly: Bool = false) -> [InvoiceLine] {
        guard let last = charges.last else { return [] }
        let month = charges.count
        var lines: [InvoiceLine] = []
        var amount = last
        if isFree(month: month) {
            if amount != 0 { lines.append(InvoiceLine(item: .freeMonth(month: month, of: freeMonths), amount: -amount)) }
            amount = 0
        } else if let minimum = minimumMonthly, amount < minimum {
            lines.append(InvoiceLine(item: .monthlyMinimum, amount: minimum - amount))
            amount = minimum
        }
        if let cap = monthlyCap, amount > cap {
            lines.append(InvoiceLine(item: .monthlyCap, amount: cap - amount))
        }
        if let commitment, let period = commitment.period(containing: month, freeMonths: freeMonths, lastMonth: horizonMonths) {
            var invoiced = 0.0
            for earlier in period.first...month { invoiced += recurring(charges: charges[earlier - 1], month: earlier) }
            let trueUp = month == period.last ? period.trueUp(invoiced: invoiced) : 0
            if trueUp > 0 {
                lines.append(InvoiceLine(item: .trueUp(invoiced: invoiced, committed: period.committed), amount: trueUp))
            } else {
                let item = InvoiceItem.commitmentToDate(
                    invoiced: invoiced, committed: period.committed, month: month - period.first + 1,
                    periodMonths: period.last - period.first + 1)
                lines.append(InvoiceLine(item: item, amount: 0))
            }
        }
        if month == 1, implementationFee != 0 {
            lines.append(InvoiceLine(item: .implementationFee, amount: implementationFee))
        }
        if endsEarly, terminationFee(endingIn: month) != 0 {
            lines.append(
                InvoiceLine(item: .earlyTerminationFee(minimumTermMonths: minimumTermMonths), amount: terminationFee(endingIn: month)))
        }
        return lines
    }
}
