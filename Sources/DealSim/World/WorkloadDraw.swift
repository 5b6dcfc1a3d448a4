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
    /// The probability that the buyer ends the deal at the end of a month; 0 without churn.
    public var monthlyChurn = 0.0

    /// The uncertain fields, in the order they are drawn (`monthlyChurn` from the churn's
    /// own stream, ``drawChurn(_:given:using:)``): a copula's values are given in it.
    static let fields = [
        "tasksPerMonth", "monthlyGrowth", "volumeVolatility", "humanCostPerTask", "revenuePerOutcome", "savingsPerOutcome",
        "monthlyChurn",
    ]

    /// Draws every parameter once, in declaration order (``RandomPlan``); a parameter whose
    /// value is `given` (by a copula, in ``fields`` order; empty when none is) draws nothing.
    /// `savingsPerOutcome` defaults to this trial's own draw of `humanCostPerTask`.
    init<G: RandomNumberGenerator>(_ workload: Workload, given: [Double?] = [], using rng: inout G) {
        func draw(_ field: Int, _ distribution: Distribution) -> Double {
            if !given.isEmpty, let value = given[field] { return value }
            return distribution.sample(using: &rng)
        }
        tasksPerMonth = draw(0, workload.tasksPerMonth)
        monthlyGrowth = draw(1, workload.monthlyGrowth)
        volumeVolatility = draw(2, workload.volumeVolatility)
        humanCostPerTask = draw(3, workload.humanCostPerTask)
        revenuePerOutcome = draw(4, workload.revenuePerOutcome)
        savingsPerOutcome = workload.savingsPerOutcome.map { draw(5, $0) } ?? humanCostPerTask
    }

    /// Draws the churn rate from `rng`, the churn's own stream, unless it is `given` (by a
    /// copula, in ``fields`` order; empty when none is); 0 without churn.
    mutating func drawChurn<G: RandomNumberGenerator>(_ churn: Distribution?, given: [Double?], using rng: inout G) {
        if !given.isEmpty, let value = given[6] {
            monthlyChurn = value
        } else {
            monthlyChurn = churn?.sample(using: &rng) ?? 0
        }
    }

    /// The value of field `field`, by its position in ``fields``.
    func value(field: Int) -> Double {
        switch field {
        case 0: return tasksPerMonth
        case 1: return monthlyGrowth
        case 2: return volumeVolatility
        case 3: return humanCostPerTask
        case 4: return revenuePerOutcome
        case 5: return savingsPerOutcome
        case 6: return monthlyChurn
        default: preconditionFailure("no field \(field)")
        }
    }
}
