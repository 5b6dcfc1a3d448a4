import Foundation
import Testing

@testable import DealSim

/// Closed-form expectations of the month-by-month model (TheModel article) for fixed inputs.
struct ClosedForm {
    var tasksPerMonth: Double
    var monthlyGrowth = 0.0
    var attemptSuccessRate: Double
    var maxAttempts = 1
    var trainingLagMonths = 0
    var initialAttemptSuccessRate = 0.0
    var reopenRate = 0.0
    var disputeRate = 0.0
    var disputeUpheldRate = 0.0

    /// λₜ = tasksPerMonth · (1 + g)^(t−1); the gamma multiplier has mean 1.
    func tasks(_ month: Int) -> Double { tasksPerMonth * pow(1 + monthlyGrowth, Double(month - 1)) }

    /// qₜ with the training-lag ramp.
    func rate(_ month: Int) -> Double {
        guard month <= trainingLagMonths else { return attemptSuccessRate }
        return initialAttemptSuccessRate
            + (attemptSuccessRate - initialAttemptSuccessRate) * Double(month - 1) / Double(trainingLagMonths)
    }

    /// E[Aₜ] = E[N]·Σ_{r<k} (1 − q)^r.
    func attempts(_ month: Int) -> Double {
        (0..<maxAttempts).reduce(0) { $0 + pow(1 - rate(month), Double($1)) } * tasks(month)
    }

    /// E[Sₜ] = E[N]·(1 − (1 − q)^k).
    func successes(_ month: Int) -> Double { tasks(month) * (1 - pow(1 - rate(month), Double(maxAttempts))) }

    /// E[Dₜ] = E[S]·(1 − reopen)·dispute.
    func disputes(_ month: Int) -> Double { successes(month) * (1 - reopenRate) * disputeRate }

    /// E[Cₜ] = E[N]·(1−(1−q)^k)·(1−reopen)·(1−dispute·upheld).
    func accepted(_ month: Int) -> Double {
        successes(month) * (1 - reopenRate) * (1 - disputeRate * disputeUpheldRate)
    }

    /// Σ over months 1…horizon of a monthly expectation.
    func total(_ horizon: Int, _ monthly: (Int) -> Double) -> Double {
        (1...horizon).reduce(0) { $0 + monthly($1) }
    }
}

/// Expects `summary`'s mean within `standardErrors` of its standard errors of `expected`.
/// At 4 standard errors a correct engine fails one check with probability about 6·10⁻⁵.
func expectMean(
    _ summary: MetricSummary, equals expected: Double, within standardErrors: Double = 4,
    _ label: String, sourceLocation: SourceLocation = #_sourceLocation
) {
    guard let mean = summary.mean, let se = summary.standardError, se > 0 else {
        Issue.record("\(label): no mean or a zero standard error", sourceLocation: sourceLocation)
        return
    }
    let deviation = abs(mean - expected) / se
    #expect(
        deviation <= standardErrors,
        "\(label): mean \(mean), expected \(expected): \(deviation) standard errors (se \(se))",
        sourceLocation: sourceLocation)
}
