/// `revenueShare`: a percentage of the revenue attributed to accepted outcomes, or of the
/// savings they bring, raised to a monthly minimum and then lowered to a monthly cap.
public struct RevenueShare: Sendable, Hashable {
    /// What the percentage is taken of.
    public enum Basis: String, Sendable, Hashable, CaseIterable {
        /// Attributed revenue Revₜ.
        case revenue
        /// Savings Savₜ.
        case savings
    }

    /// The share, 0…100.
    public var percent: Double
    /// Revenue or savings.
    public var basis: Basis
    /// The most billed in a month, if any.
    public var monthlyCap: Double?
    /// The least billed in a month, if any (≤ `monthlyCap`).
    public var monthlyMinimum: Double?

    /// Creates the charge.
    public init(percent: Double, basis: Basis, monthlyCap: Double? = nil, monthlyMinimum: Double? = nil) {
        self.percent = percent
        self.basis = basis
        self.monthlyCap = monthlyCap
        self.monthlyMinimum = monthlyMinimum
    }

    func share(of usage: MeteredUsage) -> (base: Double, share: Double) {
        // A `switch`, not `==`: the optimizer takes `==` on this String-backed enum for a call
        // with unknown side effects, which made it copy the whole offer every month.
        let base: Double
        switch basis {
        case .revenue: base = usage.revenue
        case .savings: base = usage.savings
        }
        return (base, percent / 100 * base)
    }

    /// `min(max(percent/100 · basis, monthlyMinimum), monthlyCap)`.
    public func amount(for usage: MeteredUsage) -> Double {
        var amount = share(of: usage).share
        if let minimum = monthlyMinimum { amount = max(amount, minimum) }
        if let cap = monthlyCap { amount = min(amount, cap) }
        return amount
    }

    /// The share, then the minimum or the cap as an adjustment when one applies.
    public func lines(for usage: MeteredUsage) -> [InvoiceLine] {
        let (base, share) = share(of: usage)
        var lines = [
            InvoiceLine(item: .share(percent: percent, basis: basis), quantity: base, unitPrice: percent / 100, amount: share)
        ]
        let total = amount(for: usage)
        if total > share {
            lines.append(InvoiceLine(item: .monthlyMinimum, amount: total - share))
        } else if total < share {
            lines.append(InvoiceLine(item: .monthlyCap, amount: total - share))
        }
        return lines
    }
}
