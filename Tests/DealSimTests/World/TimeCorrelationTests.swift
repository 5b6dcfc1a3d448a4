import Foundation
import Testing

@testable import DealSim

/// Correlations naming the model's §9 parameters (the churn, the trends) are drawn by the
/// copula: the per-trial draws a run keeps have the rank correlation asked for, each
/// marginal stays its own, and a world takes the copula's value, drawing nothing for it from
/// the churn's or the trends' streams.
///
/// Tolerances as in ``CopulaTests``: a sample Spearman coefficient within 4 · (1 − ρ²)/√(n − 1)
/// of the rank asked for, plus 0.002 for that approximation at moderate ρ; a mean within 4
/// standard errors σ/√n of the distribution's.
@Suite struct TimeCorrelationTests {
    static let trials = 20_000
    static let churn = "workload.monthlyChurn", human = "workload.humanCostPerTask"
    static let costTrend = "vendors[0].costPerAttemptTrend", failureTrend = "vendors[0].failureRateTrend"

    static let scenario = Scenario.valid {
        try Scenario(
            name: "time-correlations", horizonMonths: 6, trials: trials,
            workload: Workload(
                tasksPerMonth: .fixed(10), humanCostPerTask: .pert(min: 3, mode: 5, max: 9), monthlyChurn: .beta(alpha: 2, beta: 50)),
            vendors: [
                Vendor(
                    id: "agent", attemptSuccessRate: .fixed(0.7), costPerAttempt: .fixed(0.05),
                    costPerAttemptTrend: .uniform(-0.05, 0), failureRateTrend: .pert(min: -0.1, mode: -0.04, max: 0.02))
            ],
            offers: [.agent("per outcome", .perOutcome(PerOutcome(price: 1)))],
            correlations: [
                RankCorrelation(first: churn, second: costTrend, rank: 0.6),
                RankCorrelation(first: failureTrend, second: human, rank: -0.4),
            ])
    }

    @Test func theDrawsHaveTheRanksAskedFor() throws {
        let run = Simulation(scenario: Self.scenario, seed: 31).runKeepingTrials(keepingDraws: true, threads: 2)
        let draws = try #require(run.draws)
        func column(_ path: String) throws -> [Double] {
            try draws.values(ofParameter: #require(draws.parameters.firstIndex { $0.path == path }))
        }
        let n = Double(Self.trials)
        for pair in Self.scenario.correlations {
            let sample = try #require(SpearmanCorrelation.coefficient(column(pair.first), column(pair.second)))
            let tolerance = 4 * (1 - pair.rank * pair.rank) / (n - 1).squareRoot() + 0.002
            #expect(abs(sample - pair.rank) <= tolerance, "\(pair.first) ~ \(pair.second): \(sample) against \(pair.rank)")
        }
        // The marginals stay their own: the churn's beta(2, 50) has mean 2/52 = 0.038462 and sd
        // √(2 · 50 / (52² · 53)) = 0.026416; the cost trend's uniform(−0.05, 0) mean −0.025, sd 0.05/√12.
        for (path, mean, sd) in [
            (Self.churn, 2.0 / 52, (100 / (52.0 * 52 * 53)).squareRoot()), (Self.costTrend, -0.025, 0.05 / 12.squareRoot()),
        ] {
            let values = try column(path)
            let sampleMean = values.reduce(0, +) / n
            #expect(abs(sampleMean - mean) <= 4 * sd / n.squareRoot(), "\(path): mean \(sampleMean), expected \(mean)")
        }
    }

    /// A world's churn rate and trends are the copula's values, and the churn's stream draws
    /// no rate: the deal ends in the first month t < 6 whose uniform from that stream, the
    /// stream's t-th, is below the copula's rate.
    @Test func worldsTakeTheCopulasValues() throws {
        let copula = try #require(Copula(Self.scenario))
        #expect(copula.parameters.map(\.path) == [Self.churn, Self.costTrend, Self.failureTrend, Self.human])
        for trial in 0..<300 {
            let world = World(of: Self.scenario, seed: 8, trial: trial)
            let values = copula.values(seed: 8, trial: trial)
            #expect(world.workload.monthlyChurn == values[0])
            #expect(world.vendors[0].costPerAttemptTrend == values[1])
            #expect(world.vendors[0].failureRateTrend == values[2])
            #expect(world.workload.humanCostPerTask == values[3])
            var stream = RandomPlan.stream(.churn, seed: 8, trial: trial)
            let end = (1..<6).first { _ in stream.nextUnit() < values[0] } ?? 6
            #expect(world.dealMonths == end)
        }
    }
}
