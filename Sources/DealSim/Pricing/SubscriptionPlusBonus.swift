/// `subscriptionPlusBonus`: a monthly fee, plus a bonus in any month where accepted
/// outcomes reach a target.
public struct SubscriptionPlusBonus: Sendable, Hashable {
    /// The monthly subscription.
    public var monthlyFee: Double
    /// Paid on top in a month that reaches `target`.
    public var bonus: Double
    /// Accepted outcomes that earn the bonus.
    public var target: Int

    /// Creates the charge.
    public init(monthlyFee: Double, bonus: Double, target: Int) {
        self.monthlyFee = monthlyFee
        self.bonus = bonus
        self.target = target
    }

    func earnsBonus(_ usage: MeteredUsage) -> Bool { usage.acceptedOutcomes >= Double(target) }

    /// `monthlyFee + (bonus if Cₜ ≥ target)`.
    public func amount(for usage: MeteredUsage) -> Double {
        monthlyFee + (earnsBonus(usage) ? bonus : 0)
    }

    /// The subscription, then the bonus when it is earned.
    public func lines(for usage: MeteredUsage) -> [InvoiceLine] {
        var lines = [InvoiceLine(item: .subscription, amount: monthlyFee)]
        if earnsBonus(usage) {
            lines.append(InvoiceLine(item: .bonus(target: target), amount: bonus))
        }
        return lines
    }
}
