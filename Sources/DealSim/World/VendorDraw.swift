import Foundation

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
    /// The monthly change of the cost per attempt.
    public var costPerAttemptTrend = 0.0
    /// The monthly change of the failure rate after the training lag.
    public var failureRateTrend = 0.0

    /// The uncertain fields, in the order they are drawn: a copula's values are given in it.
    static let fields = [
        "attemptSuccessRate", "costPerAttempt", "costPerTask", "fixedCostPerMonth", "trainingLag.initialAttemptSuccessRate",
        "reopenRate", "disputeRate", "disputeUpheldRate", "disputeCost", "costPerAttemptTrend", "failureRateTrend",
    ]

    /// Draws every parameter once, in declaration order (``RandomPlan``); a parameter whose
    /// value is `given` (by a copula, in ``fields`` order; empty when none is) draws nothing.
    init<G: RandomNumberGenerator>(_ vendor: Vendor, given: [Double?] = [], using rng: inout G) {
        func draw(_ field: Int, _ distribution: Distribution) -> Double {
            if !given.isEmpty, let value = given[field] { return value }
            return distribution.sample(using: &rng)
        }
        attemptSuccessRate = draw(0, vendor.attemptSuccessRate)
        maxAttempts = vendor.maxAttempts
        costPerAttempt = draw(1, vendor.costPerAttempt)
        costPerTask = draw(2, vendor.costPerTask)
        fixedCostPerMonth = draw(3, vendor.fixedCostPerMonth)
        trainingLagMonths = vendor.trainingLag?.months ?? 0
        initialAttemptSuccessRate = vendor.trainingLag.map { draw(4, $0.initialAttemptSuccessRate) } ?? attemptSuccessRate
        reopenRate = draw(5, vendor.reopenRate)
        disputeRate = draw(6, vendor.disputeRate)
        disputeUpheldRate = draw(7, vendor.disputeUpheldRate)
        disputeCost = draw(8, vendor.disputeCost)
    }

    /// Draws the trends from `rng`, the vendor's trend stream, unless they are `given` (by a
    /// copula, in ``fields`` order; empty when none is).
    mutating func drawTrends<G: RandomNumberGenerator>(_ vendor: Vendor, given: [Double?], using rng: inout G) {
        func draw(_ field: Int, _ distribution: Distribution) -> Double {
            if !given.isEmpty, let value = given[field] { return value }
            return distribution.sample(using: &rng)
        }
        costPerAttemptTrend = draw(9, vendor.costPerAttemptTrend)
        failureRateTrend = draw(10, vendor.failureRateTrend)
    }

    /// The attempt success rate in month `month` (1-based): for t ≤ L,
    /// `qₜ = q₀ + (q − q₀)·(t − 1)/L`; afterwards `q`, or with a failure-rate trend g,
    /// `1 − qₜ = min(1, (1 − q) · (1 + g)^(t − L − 1))`.
    public func attemptSuccessRate(inMonth month: Int) -> Double {
        guard month <= trainingLagMonths else {
            guard failureRateTrend != 0 else { return attemptSuccessRate }
            let failure = (1 - attemptSuccessRate) * pow(1 + failureRateTrend, Double(month - trainingLagMonths - 1))
            return 1 - min(1, failure)
        }
        let progress = Double(month - 1) / Double(trainingLagMonths)
        return initialAttemptSuccessRate + (attemptSuccessRate - initialAttemptSuccessRate) * progress
    }

    /// The cost of one attempt in month `month` (1-based):
    /// `costPerAttempt · (1 + costPerAttemptTrend)^(t − 1)`.
    public func costPerAttempt(inMonth month: Int) -> Double {
        guard costPerAttemptTrend != 0 else { return costPerAttempt }
        return costPerAttempt * pow(1 + costPerAttemptTrend, Double(month - 1))
    }

    /// The value of field `field`, by its position in ``fields``.
    func value(field: Int) -> Double {
        switch field {
        case 0: return attemptSuccessRate
        case 1: return costPerAttempt
        case 2: return costPerTask
        case 3: return fixedCostPerMonth
        case 4: return initialAttemptSuccessRate
        case 5: return reopenRate
        case 6: return disputeRate
        case 7: return disputeUpheldRate
        case 8: return disputeCost
        case 9: return costPerAttemptTrend
        case 10: return failureRateTrend
        default: preconditionFailure("no field \(field)")
        }
    }
}
