/// One trial's draw of the workload's uncertain parameters, held for the whole horizon.
public struct WorkloadDraw: Sendable, Equatable {
    /// Expected tasks in month 1.
    public var tasksPerMonth: Double
    /// Monthly growth of the expected volume.
    public var monthlyGrowth: Double
    /// Coefficient of variation of the monthly volume multiplier.
    public var volumeVolatility: Double
    /// What a human costs per task.
    public var humanCostPerTask: Double
    /// Revenue attributed to one accepted outcome.
    public var revenuePerOutcome: Double
    /// Savings from one accepted outcome.
    public var savingsPerOutcome: Double

    /// Draws every parameter once, in declaration order (``RandomPlan``). `savingsPerOutcome`
    /// defaults to this trial's own draw of `humanCostPerTask`.
    init<G: RandomNumberGenerator>(_ workload: Workload, using rng: inout G) {
        tasksPerMonth = workload.tasksPerMonth.sample(using: &rng)
        monthlyGrowth = workload.monthlyGrowth.sample(using: &rng)
        volumeVolatility = workload.volumeVolatility.sample(using: &rng)
        humanCostPerTask = workload.humanCostPerTask.sample(using: &rng)
        revenuePerOutcome = workload.revenuePerOutcome.sample(using: &rng)
        savingsPerOutcome = workload.savingsPerOutcome?.sample(using: &rng) ?? humanCostPerTask
    }
}
