/// A committed spend: the buyer commits to at least `amount` of invoices per period of
/// `periodMonths`, and a period that falls short is trued up in its last month
/// (<doc:PricingModels#Commitments>).
///
/// Periods are counted from the first month after the free months: with F free months,
/// period j covers months F + (j − 1)·P + 1 … F + j·P. A period's invoices are counted after
/// the monthly minimum and cap, before the implementation fee and true-ups; the monthly cap
/// does not apply to a true-up. A last period that the horizon (or the deal's end) cuts short
/// is trued up in its last month against `amount · (its months) / P`.
public struct Commitment: Sendable, Hashable {
    /// The least the buyer's invoices sum to in a period (> 0).
    public var amount: Double
    /// The months of a period (whole, ≥ 1).
    public var periodMonths: Int

    /// Creates a commitment.
    public init(amount: Double, periodMonths: Int) {
        self.amount = amount
        self.periodMonths = periodMonths
    }

    /// The period that holds month `month`, when `freeMonths` come first and the deal's last
    /// month is `lastMonth`; `nil` in a free month.
    public func period(containing month: Int, freeMonths: Int, lastMonth: Int) -> CommitmentPeriod? {
        guard month > freeMonths else { return nil }
        let index = (month - freeMonths - 1) / periodMonths
        let first = freeMonths + index * periodMonths + 1
        let last = min(first + periodMonths - 1, lastMonth)
        return CommitmentPeriod(
            first: first, last: last, committed: amount * Double(last - first + 1) / Double(periodMonths))
    }
}

/// One period of a ``Commitment`` within the deal.
public struct CommitmentPeriod: Sendable, Hashable {
    /// Its first month, 1-based.
    public var first: Int
    /// Its last month within the deal: where it is trued up.
    public var last: Int
    /// The spend it commits: the commitment's amount, pro rata when the deal cuts it short.
    public var committed: Double

    /// The true-up a period that invoiced `invoiced` adds in its last month.
    public func trueUp(invoiced: Double) -> Double { max(0, committed - invoiced) }
}
