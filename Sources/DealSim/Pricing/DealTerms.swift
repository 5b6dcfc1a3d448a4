/// An offer's deal terms, applied to the sum of its charges each month (<doc:TheModel>).
///
/// For month t, in this order:
/// ```
/// X = sum of the charges
/// X = 0                       if t ≤ freeMonths
/// X = max(X, minimumMonthly)  otherwise
/// X = min(X, monthlyCap)
/// X = X + implementationFee   if t = 1 (even when month 1 is free)
/// ```
public struct DealTerms: Sendable, Hashable {
    /// Months 1…freeMonths send no invoice: the training window.
    public var freeMonths: Int
    /// The least the recurring invoice bills in a month outside the free months.
    public var minimumMonthly: Double?
    /// Spend control on the recurring invoice; it never pauses the agent (≥ `minimumMonthly`).
    public var monthlyCap: Double?
    /// One-off fee billed in month 1.
    public var implementationFee: Double

    /// Creates deal terms; none apply by default.
    public init(freeMonths: Int = 0, minimumMonthly: Double? = nil, monthlyCap: Double? = nil, implementationFee: Double = 0) {
        self.freeMonths = freeMonths
        self.minimumMonthly = minimumMonthly
        self.monthlyCap = monthlyCap
        self.implementationFee = implementationFee
    }

    /// Whether month `month` (1-based) is free.
    public func isFree(month: Int) -> Bool { month <= freeMonths }

    /// The invoices of months 1, 2, … given each month's sum of the charges.
    public func invoices(charges: [Double]) -> [Double] {
        var invoices = charges
        invoices.withUnsafeMutableBufferPointer { apply(to: $0) }
        return invoices
    }

    /// Replaces each month's sum of the charges, `amounts[i]` for month `i + 1`, by its
    /// invoice, months in order: a term that carries state from month to month (a
    /// commitment's spend in its period) carries it in this loop.
    func apply(to amounts: UnsafeMutableBufferPointer<Double>) {
        for index in amounts.indices { amounts[index] = invoice(charges: amounts[index], month: index + 1) }
    }

    /// The invoice for month `month` given the sum of the charges, for terms that carry no
    /// state from month to month.
    func invoice(charges: Double, month: Int) -> Double {
        var amount = charges
        if isFree(month: month) {
            amount = 0
        } else if let minimum = minimumMonthly {
            amount = max(amount, minimum)
        }
        if let cap = monthlyCap { amount = min(amount, cap) }
        if month == 1 { amount += implementationFee }
        return amount
    }

    /// The adjustments the terms make to `charges` in month `month`, in the order applied.
    public func lines(charges: Double, month: Int) -> [InvoiceLine] {
        var lines: [InvoiceLine] = []
        var amount = charges
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
        if month == 1, implementationFee != 0 {
            lines.append(InvoiceLine(item: .implementationFee, amount: implementationFee))
        }
        return lines
    }
}
