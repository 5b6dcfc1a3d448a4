/// One trial's draw of the workload's uncertain parameters, held for the whole horizon.
struct WorkloadDraw: Sendable {
    var tasksPerMonth: Double
    var monthlyGrowth: Double
    var volumeVolatility: Double
    var humanCostPerTask: Double
    var revenuePerOutcome: Double
    var savingsPerOutcome: Double

    /// Draws every parameter once, in declaration order. `savingsPerOutcome` defaults to this
    /// trial's own draw of `humanCostPerTask`.
    init<G: RandomNumberGenerator>(_ workload: Workload, using rng: inout G) {
        tasksPerMonth = workload.tasksPerMonth.sample(using: &rng)
        monthlyGrowth = workload.monthlyGrowth.sample(using: &rng)
        volumeVolatility = workload.volumeVolatility.sample(using: &rng)
        humanCostPerTask = workload.humanCostPerTask.sample(using: &rng)
        revenuePerOutcome = workload.revenuePerOutcome.sample(using: &rng)
        savingsPerOutcome = workload.savingsPerOutcome?.sample(using: &rng) ?? humanCostPerTask
    }
}

/// One trial's draw of a vendor's uncertain parameters, held for the whole horizon.
struct VendorDraw: Sendable {
    var attemptSuccessRate: Double
    var maxAttempts: Int
    var costPerAttempt: Double
    var costPerTask: Double
    var fixedCostPerMonth: Double
    var trainingLagMonths: Int
    var initialAttemptSuccessRate: Double
    var reopenRate: Double
    var disputeRate: Double
    var disputeUpheldRate: Double
    var disputeCost: Double

    /// Draws every parameter once, in declaration order.
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
    func attemptSuccessRate(inMonth month: Int) -> Double {
        guard month <= trainingLagMonths else { return attemptSuccessRate }
        let progress = Double(month - 1) / Double(trainingLagMonths)
        return initialAttemptSuccessRate + (attemptSuccessRate - initialAttemptSuccessRate) * progress
    }
}

/// One trial's draw of an offer's buyer costs, held for the whole horizon.
struct BuyerCostDraw: Sendable {
    var perTask: Double
    var perMonth: Double
    var perDispute: Double

    /// Draws every cost once, in declaration order.
    init<G: RandomNumberGenerator>(_ costs: BuyerCosts, using rng: inout G) {
        perTask = costs.perTask.sample(using: &rng)
        perMonth = costs.perMonth.sample(using: &rng)
        perDispute = costs.perDispute.sample(using: &rng)
    }
}
