import Foundation
import Testing

@testable import DealSim

/// The Gaussian copula: each marginal exactly its own distribution, each pair's Spearman rank
/// correlation the one asked for, a correlated parameter drawing nothing from its stream.
///
/// Tolerances: a marginal's sample mean within 4 standard errors, σ/√n; its sample variance
/// within 4 · SE(s²), SE(s²) = σ²·√(2/(n − 1) + κ/n) with κ its excess kurtosis, bounded
/// here by the sample's own fourth moment; a pair's sample Spearman coefficient within
/// 4 · (1 − ρ²)/√(n − 1) of the rank asked for (the approximate standard error of a Spearman
/// coefficient under a Gaussian copula), plus 0.002 for the approximation at moderate ρ.
@Suite struct CopulaTests {
    static let trials = 200_000

    /// A scenario whose vendor and workload hold the given distributions, correlated as asked.
    static func scenario(
        _ fields: [(path: String, distribution: Distribution)], correlations: [RankCorrelation]
    ) -> Scenario {
        var workload = Workload(tasksPerMonth: .fixed(100))
        var vendor = Vendor(id: "agent", attemptSuccessRate: .fixed(0.5))
        var buyerCosts = BuyerCosts()
        for (path, distribution) in fields {
            switch path {
            case "workload.humanCostPerTask": workload.humanCostPerTask = distribution
            case "workload.monthlyGrowth": workload.monthlyGrowth = distribution
            case "vendors[0].attemptSuccessRate": vendor.attemptSuccessRate = distribution
            case "vendors[0].costPerAttempt": vendor.costPerAttempt = distribution
            case "vendors[0].disputeCost": vendor.disputeCost = distribution
            case "vendors[0].reopenRate": vendor.reopenRate = distribution
            case "offers[0].buyerCosts.perTask": buyerCosts.perTask = distribution
            default: preconditionFailure("no such field in the test: \(path)")
            }
        }
        return Scenario(
            unchecked: "copula", title: "copula", description: nil, currency: "USD", horizonMonths: 1, trials: trials, seed: 1,
            workload: workload, vendors: [vendor],
            offers: [Offer(name: "p", vendor: "agent", charges: [.perOutcome(PerOutcome(price: 1))], buyerCosts: buyerCosts)],
            correlations: correlations)
    }

    static func check(_ fields: [(path: String, distribution: Distribution)], _ correlations: [RankCorrelation]) throws {
        let scenario = Self.scenario(fields, correlations: correlations)
        let copula = try #require(Copula(scenario))
        var columns = Array(repeating: [Double](), count: copula.parameters.count)
        for trial in 0..<trials {
            for (index, value) in copula.values(seed: 9, trial: trial).enumerated() { columns[index].append(value) }
        }
        let n = Double(trials)
        for (parameter, values) in zip(copula.parameters, columns) {
            let distribution = parameter.distribution
            let mean = values.reduce(0, +) / n
            let variance = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / (n - 1)
            let fourth = values.reduce(0) { $0 + pow($1 - mean, 4) } / n
            #expect(abs(mean - distribution.mean) <= 4 * (distribution.variance / n).squareRoot(), "\(parameter.path) mean")
            let seVariance = ((fourth - variance * variance) / n).squareRoot()
            #expect(abs(variance - distribution.variance) <= 4 * seVariance, "\(parameter.path) variance")
        }
        for pair in correlations {
            let (i, j) = (
                copula.parameters.firstIndex { $0.path == pair.first }!, copula.parameters.firstIndex { $0.path == pair.second }!
            )
            let sample = try #require(SpearmanCorrelation.coefficient(columns[i], columns[j]))
            let tolerance = 4 * (1 - pair.rank * pair.rank) / (n - 1).squareRoot() + 0.002
            #expect(abs(sample - pair.rank) <= tolerance, "\(pair.first) ~ \(pair.second): \(sample) against \(pair.rank)")
        }
    }

    @Test func twoParameters() throws {
        try Self.check(
            [("vendors[0].attemptSuccessRate", .beta(alpha: 16, beta: 4)), ("vendors[0].costPerAttempt", .ci90(low: 0.02, high: 0.2))],
            [RankCorrelation(first: "vendors[0].attemptSuccessRate", second: "vendors[0].costPerAttempt", rank: -0.6)])
    }

    @Test func aRankOfMinus099() throws {
        try Self.check(
            [
                ("vendors[0].reopenRate", .pert(min: 0, mode: 0.05, max: 0.2)),
                ("vendors[0].disputeCost", .triangular(min: 5, mode: 10, max: 30)),
            ],
            [RankCorrelation(first: "vendors[0].reopenRate", second: "vendors[0].disputeCost", rank: -0.99)])
    }

    /// Three parameters, a workload one with vendor ones, and a rank of 0.99.
    @Test func threeParametersAcrossWorkloadAndVendor() throws {
        try Self.check(
            [
                ("workload.humanCostPerTask", .triangular(min: 3, mode: 5, max: 12)),
                ("vendors[0].attemptSuccessRate", .pert(min: 0.4, mode: 0.7, max: 0.95)),
                ("vendors[0].costPerAttempt", .uniform(0.02, 0.3)),
            ],
            [
                RankCorrelation(first: "workload.humanCostPerTask", second: "vendors[0].attemptSuccessRate", rank: 0.99),
                RankCorrelation(first: "vendors[0].attemptSuccessRate", second: "vendors[0].costPerAttempt", rank: 0.0001),
            ])
    }

    /// Five parameters of five families, an offer's buyer cost with the workload among them.
    @Test func fiveParameters() throws {
        try Self.check(
            [
                ("workload.humanCostPerTask", .ci90(low: 4, high: 14)),
                ("offers[0].buyerCosts.perTask", .uniform(0.1, 0.5)),
                ("vendors[0].attemptSuccessRate", .beta(alpha: 8, beta: 4)),
                ("vendors[0].disputeCost", .triangular(min: 5, mode: 10, max: 30)),
                ("workload.monthlyGrowth", .normal(mean: 0.02, sd: 0.01)),
            ],
            [
                RankCorrelation(first: "workload.humanCostPerTask", second: "offers[0].buyerCosts.perTask", rank: 0.5),
                RankCorrelation(first: "vendors[0].attemptSuccessRate", second: "vendors[0].disputeCost", rank: -0.9),
                RankCorrelation(first: "workload.monthlyGrowth", second: "workload.humanCostPerTask", rank: -0.3),
                RankCorrelation(first: "vendors[0].attemptSuccessRate", second: "workload.humanCostPerTask", rank: 0.2),
            ])
    }

    /// A world takes the copula's values for the correlated parameters, and the other
    /// parameters draw from their streams exactly as without the correlation.
    @Test func worldsTakeTheCopulasValues() throws {
        let fields: [(path: String, distribution: Distribution)] = [
            ("vendors[0].attemptSuccessRate", .beta(alpha: 16, beta: 4)), ("vendors[0].costPerAttempt", .ci90(low: 0.02, high: 0.2)),
            ("vendors[0].reopenRate", .uniform(0, 0.1)),
        ]
        let correlated = Self.scenario(
            fields, correlations: [RankCorrelation(first: "vendors[0].attemptSuccessRate", second: "vendors[0].costPerAttempt", rank: 0.4)])
        let copula = try #require(Copula(correlated))
        // Without the correlated two, the reopen rate is the stream's first draw.
        let alone = Self.scenario([("vendors[0].reopenRate", .uniform(0, 0.1))], correlations: [])
        for trial in 0..<50 {
            let world = World(of: correlated, seed: 4, trial: trial)
            let values = copula.values(seed: 4, trial: trial)
            #expect(world.vendors[0].attemptSuccessRate == values[0])
            #expect(world.vendors[0].costPerAttempt == values[1])
            #expect(world.vendors[0].reopenRate == World(of: alone, seed: 4, trial: trial).vendors[0].reopenRate)
        }
    }

    /// A run with correlations is the same whatever the threads.
    @Test func threadsDoNotMatter() {
        let scenario = Self.scenario(
            [("vendors[0].attemptSuccessRate", .beta(alpha: 16, beta: 4)), ("workload.humanCostPerTask", .ci90(low: 4, high: 9))],
            correlations: [RankCorrelation(first: "vendors[0].attemptSuccessRate", second: "workload.humanCostPerTask", rank: 0.7)])
        let one = Simulation(scenario: scenario, seed: 2, trials: 3_000).run(threads: 1)
        #expect(Simulation(scenario: scenario, seed: 2, trials: 3_000).run(threads: 3) == one)
    }
}
