import Testing

@testable import DealSim

extension ReportTests {
    /// A small run through ``Simulation``, checked for structure only: the numbers depend on the
    /// samplers, which have their own tests.
    @Suite struct ReportEndToEndTests {
        /// The MODEL.md example at a small scale: 200 tasks a month, 12 months, 200 trials.
        static let scenario = Scenario(
            name: "support-agent", title: "AI support agent: per-resolution pricing against hybrids",
            description: "Prices from public per-resolution list prices; costs are estimates.",
            horizonMonths: 12, trials: 200, seed: 2026,
            workload: Workload(
                tasksPerMonth: .fixed(200), monthlyGrowth: .fixed(0.02), volumeVolatility: .fixed(0.15),
                humanCostPerTask: .ci90(low: 6, high: 15)),
            vendors: [
                Vendor(
                    id: "agent", attemptSuccessRate: .beta(alpha: 16, beta: 4), maxAttempts: 2,
                    costPerAttempt: .triangular(min: 0.03, mode: 0.06, max: 0.15), fixedCostPerMonth: .fixed(100),
                    trainingLag: TrainingLag(months: 3, initialAttemptSuccessRate: .fixed(0.35)),
                    reopenRate: .fixed(0.05), disputeRate: .fixed(0.02), disputeUpheldRate: .fixed(0.5), disputeCost: .fixed(12))
            ],
            offers: [
                .agent("Per resolution", .perOutcome(PerOutcome(price: 0.99))),
                Offer(
                    name: "Platform + outcome", vendor: "agent",
                    charges: [.fixedFee(FixedFee(monthly: 50)), .perOutcome(PerOutcome(price: 0.5))],
                    terms: DealTerms(freeMonths: 2, implementationFee: 500)),
                .agent("Capped", .cappedPerOutcome(CappedPerOutcome(price: 0.99, monthlyCap: 150))),
                .agent("Per conversation", .perTask(PerTask(price: 0.5)), buyerCosts: BuyerCosts(perTask: .fixed(0.05))),
            ])

        static let result = Simulation(scenario: scenario, seed: 2026, trials: 200).run(threads: 2)

        @Test func printSample() {
            print(MarkdownReport.render(Self.result))
        }
    }
}
