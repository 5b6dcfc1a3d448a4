/// One month's metered quantities for one offer: what its charges are computed from.
///
/// Counts are `Double` because an offer that pauses, at a cap or when its credits run out,
/// sees every count scaled by the fraction of the month it worked
/// (<doc:TheModel#Pause-at-a-cap>).
public struct MeteredUsage: Sendable, Equatable {
    /// Accepted outcomes Cₜ: billable outcomes less upheld disputes.
    public var acceptedOutcomes: Double
    /// Tasks Nₜ handled by the offer.
    public var tasks: Double
    /// Attempts Aₜ made on those tasks.
    public var attempts: Double
    /// Attributed revenue Revₜ = Cₜ · revenuePerOutcome.
    public var revenue: Double
    /// Savings Savₜ = Cₜ · savingsPerOutcome.
    public var savings: Double
    /// The vendor's compute cost Aₜ · costPerAttempt, the basis of `costPlus`.
    public var computeCost: Double

    /// Creates a month's usage; unspecified quantities are 0.
    public init(
        acceptedOutcomes: Double, tasks: Double = 0, attempts: Double = 0,
        revenue: Double = 0, savings: Double = 0, computeCost: Double = 0
    ) {
        self.acceptedOutcomes = acceptedOutcomes
        self.tasks = tasks
        self.attempts = attempts
        self.revenue = revenue
        self.savings = savings
        self.computeCost = computeCost
    }
}
