/// `cappedPerOutcome`: a price per accepted outcome, the month's amount capped.
///
/// At the cap the agent either keeps working for free (`continue`) or stops and hands the
/// rest of the month's work to humans (`pause`). A pause is modelled proportionally: the
/// offer works the fraction `f = min(1, monthlyCap / (price · Cₜ))` of the month.
public struct CappedPerOutcome: Sendable, Hashable {
    /// What the agent does once the month's amount reaches the cap.
    public enum AtCap: String, Sendable, Hashable, CaseIterable {
        /// The agent keeps working; outcomes past the cap are free.
        case `continue`
        /// The agent stops; the rest of the month goes to humans.
        case pause
    }

    /// Price of one accepted outcome.
    public var price: Double
    /// The most the charge bills in a month (> 0).
    public var monthlyCap: Double
    /// What happens at the cap.
    public var atCap: AtCap

    /// Creates the charge.
    public init(price: Double, monthlyCap: Double, atCap: AtCap = .continue) {
        self.price = price
        self.monthlyCap = monthlyCap
        self.atCap = atCap
    }

    /// `min(price · Cₜ, monthlyCap)`.
    public func amount(for usage: MeteredUsage) -> Double {
        min(price * usage.acceptedOutcomes, monthlyCap)
    }

    /// The fraction of the month the agent works: 1 unless it pauses at the cap, where it is
    /// `min(1, monthlyCap / (price · acceptedOutcomes))`, computed on the vendor's full Cₜ.
    public func workedFraction(acceptedOutcomes: Double) -> Double {
        let uncapped = price * acceptedOutcomes
        // `case`, not `==`: the optimizer takes `==` on this String-backed enum for a call
        // with unknown side effects, which made it copy the whole offer every month.
        guard case .pause = atCap, uncapped > monthlyCap else { return 1 }
        return monthlyCap / uncapped
    }

    /// Accepted outcomes × price, then the cap as a negative adjustment when it binds by at
    /// least half a cent.
    ///
    /// An adjustment that rounds to 0.00, `|price · Cₜ − monthlyCap| < 0.005`, changes
    /// nothing on the invoice and gets no line of its own; the outcomes line then carries the
    /// capped amount, `min(price · Cₜ, monthlyCap)`, which its quantity × price equals to the
    /// cent. That is always the case under `pause`, whose offer is billed on the outcomes of
    /// the share of the month it worked: their price is the cap up to rounding. Either way the
    /// lines add up to ``amount(for:)`` exactly.
    public func lines(for usage: MeteredUsage) -> [InvoiceLine] {
        let uncapped = price * usage.acceptedOutcomes
        let amount = amount(for: usage)
        let adjustment = amount - uncapped
        guard (adjustment.magnitude * 100).rounded(.toNearestOrAwayFromZero) > 0 else {
            return [InvoiceLine(item: .acceptedOutcomes, quantity: usage.acceptedOutcomes, unitPrice: price, amount: amount)]
        }
        return [
            InvoiceLine(item: .acceptedOutcomes, quantity: usage.acceptedOutcomes, unitPrice: price, amount: uncapped),
            InvoiceLine(item: .monthlyCap, amount: adjustment),
        ]
    }
}
