/// One trial's draw of a vendor's uncertain parameters, held for the whole horizon.
public struct VendorDraw: Sendable, Equatable {
    /// The attempt success rate once trained.
    public var attemptSuccessRate: Double
    /// Attempts per task at most.
    public var maxAttempts: Int
    /// Compute cost of one attempt.
    public var costPerAttempt: Double
    /// Cost of handling one task.
    public var costPerTask: Double
    /// The fixed cost of serving this buyer, per month.
    public var fixedCostPerMonth: Double
    /// Months of training lag, 0 for none.
    public var trainingLagMonths: Int
    /// The attempt success rate in month 1 of the lag (the trained rate without a lag).
    public var initialAttemptSuccessRate: Double
    /// Share of apparent successes reopened.
    public var reopenRate: Double
    /// Share of billable outcomes disputed.
    public var disputeRate: Double
    /// Share of disputes upheld for the buyer.
    public var disputeUpheldRate: Double
    /// The vendor's cost of handling one dispute.
    public var disputeCost: Double

    /// Draws every parameter once, in declaration order (``RandomPlan``).
    init<G: RandomNumberGenerator>(_ vendor: Vendor, using rng: inout G) {
        attemptSuccessRate = vendor.attemptSuccessRate.sample(using: &rng)
        maxAttempts = vendor.maxAttempts
        costPerAttempt = vendor.costPerAttempt.sample(using: &rng)
        costPerTask = vendor.costPerTask.sample(using: &rng)
        fixedCostPerMonth = vendor.fixedCostPerMonth.sample(using: &rng)
        trainingLagMonths = vendor.trainingLag?.months ?? 0
        initialAttemptSuccessRate = vendor.trainingLag?.initialAttemptSuccessRate.sample(using: &rng) ?? attemptSuccessRate
        reopenRate = vendor.reopenRate.sample(using: &rng)
        disputeRate = vendor.disputeRate.sample(using: &rng)
        disputeUpheldRate = vendor.disputeUpheldRate.sample(using: &rng)
        disputeCost = vendor.disputeCost.sample(using: &rng)
    }

    /// The attempt success rate in month `month` (1-based): for t ≤ L,
    /// `qₜ = q₀ + (q − q₀)·(t − 1)/L`; afterwards `q`.
    public func attemptSuccessRate(inMonth month: Int) -> Double {
        guard month <= trainingLagMonths else { return attemptSuccessRate }
        let progress = Double(month - 1) / Double(trainingLagMonths)
        return initialAttemptSuccessRate + (attemptSuccessRate - initialAttemptSuccessRate) * progress
    }
}
