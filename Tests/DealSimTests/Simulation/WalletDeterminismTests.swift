import Testing

@testable import DealSim

/// MODEL.md §5: the same scenario and seed give the same numbers whatever the number of
/// threads, and offers are evaluated on common random numbers — for a scenario that uses
/// every construct of §6 and §7 (packages, every wallet mode and rollover, a pause of a
/// wallet beside a cap, commitments, payment terms, a budget).
@Suite struct WalletDeterminismTests {
    static let workload = Workload(
        tasksPerMonth: .pert(min: 800, mode: 1_000, max: 1_500), monthlyGrowth: .fixed(0.03), volumeVolatility: .fixed(0.2),
        humanCostPerTask: .ci90(low: 3, high: 9), monthlyBudget: 1_200)
    static let agent = Vendor(
        id: "agent", attemptSuccessRate: .beta(alpha: 16, beta: 4), maxAttempts: 2,
        costPerAttempt: .triangular(min: 0.03, mode: 0.06, max: 0.15), fixedCostPerMonth: .fixed(500),
        trainingLag: TrainingLag(months: 2, initialAttemptSuccessRate: .uniform(0.2, 0.4)), reopenRate: .fixed(0.05),
        disputeRate: .fixed(0.02), disputeUpheldRate: .fixed(0.5), disputeCost: .fixed(12))

    static let offers: [Offer] = [
        Offer(
            name: "package", vendor: "agent",
            charges: [
                .fixedFee(FixedFee(monthly: 200)),
                .package(Package(metric: .outcomes, unitsPerPackage: 250, pricePerPackage: 180, freeUnits: 100)),
            ],
            terms: DealTerms(monthlyCap: 1_000, commitment: Commitment(amount: 3_600, periodMonths: 3), paymentTermsDays: 61)),
        .agent(
            "top-up wallet",
            .credits(
                Credits(
                    monthlyFee: 500, creditsPerMonth: 700, creditsPerOutcome: 1, rollover: .upTo(300),
                    whenExhausted: .topUp(credits: 250, price: 200))),
            terms: DealTerms(freeMonths: 1, commitment: Commitment(amount: 5_000, periodMonths: 4), paymentTermsDays: 45)),
        Offer(
            name: "pausing wallet and cap", vendor: "agent",
            charges: [
                .credits(Credits(monthlyFee: 300, creditsPerMonth: 600, creditsPerTask: 1, rollover: .all, whenExhausted: .pause)),
                .cappedPerOutcome(CappedPerOutcome(price: 1.5, monthlyCap: 1_000, atCap: .pause)),
            ],
            terms: DealTerms(paymentTermsDays: 30)),
        .agent(
            "pilot",
            .credits(Credits(initialCredits: 3_000, creditsPerOutcome: 1, rollover: .all, whenExhausted: .overage(price: 0.99))),
            terms: DealTerms(implementationFee: 2_000)),
        .agent(
            "tasks and attempts",
            .credits(
                Credits(
                    monthlyFee: 100, creditsPerMonth: 1_500, creditsPerTask: 0.5, creditsPerAttempt: 0.75,
                    whenExhausted: .overage(price: 0.2))),
            terms: DealTerms(minimumMonthly: 400)),
    ]

    /// A pausing wallet on attempts with a package on tasks: appended after the others.
    static let appended = Offer(
        name: "appended", vendor: "agent",
        charges: [
            .credits(Credits(creditsPerMonth: 900, creditsPerAttempt: 1, rollover: .upTo(100), whenExhausted: .pause)),
            .package(Package(metric: .tasks, unitsPerPackage: 100, pricePerPackage: 40)),
        ],
        terms: DealTerms(freeMonths: 2, commitment: Commitment(amount: 1_000, periodMonths: 2), paymentTermsDays: 90))

    /// 640 trials: 10 batches of 64, enough for threads to take them in different orders.
    static func scenario(_ offers: [Offer], trials: Int = 640) -> Scenario {
        .testScenario(horizonMonths: 8, trials: trials, workload: workload, vendors: [agent], offers: offers)
    }

    @Test(arguments: [2, 3, 8])
    func summaryIsTheSameWhateverTheThreads(threads: Int) {
        let scenario = Self.scenario(Self.offers)
        let one = Simulation(scenario: scenario, seed: 9).run(threads: 1)
        let many = Simulation(scenario: scenario, seed: 9).run(threads: threads)
        #expect(CSVReport.summary(many) == CSVReport.summary(one))
        #expect(CSVReport.monthly(many) == CSVReport.monthly(one))
        #expect(many == one)
    }

    @Test func theScenarioExercisesEveryConstruct() {
        // Not a degenerate run: wallets pause, commitments true up, payment terms deepen the
        // deficit, some months go over the budget.
        let result = Simulation(scenario: Self.scenario(Self.offers, trials: 500), seed: 9).run()
        let summary = CSVReport.summary(result)
        for metric in ["max_cash_deficit", "accepted_outcomes", "human_tasks", "months_over_budget", "p_over_budget"] {
            #expect(summary.contains(",\(metric),"), "\(metric)")
        }
        #expect(result.offers[0].meanTrueUps > 0)
        #expect(result.offers[1].meanTrueUps > 0)
        #expect((result.offers[1][.maxCashDeficit].mean ?? 0) > (result.offers[1][.maxDeficit].mean ?? 0))
        #expect(result.offers.contains { $0.probabilityOverBudget > 0 && $0.probabilityOverBudget < 1 })
        // The pausing offer hands work to humans beyond the failures: fewer accepted outcomes
        // than the per-task wallet, which never pauses, on the same worlds.
        #expect((result.offers[2][.acceptedOutcomes].mean ?? 0) < (result.offers[4][.acceptedOutcomes].mean ?? 0))
    }

    @Test func appendingAnOfferChangesNoOtherOffer() {
        let before = Simulation(scenario: Self.scenario(Self.offers), seed: 5).run()
        let after = Simulation(scenario: Self.scenario(Self.offers + [Self.appended]), seed: 5).run()
        #expect(Array(after.offers.prefix(Self.offers.count)) == before.offers)
        #expect(after.baseline == before.baseline)
        // In summary.csv: the rows of the first offers are the same bytes.
        let beforeRows = CSVReport.summary(before).split(separator: "\n")
        let afterRows = CSVReport.summary(after).split(separator: "\n")
        #expect(Array(afterRows.prefix(beforeRows.count)) == beforeRows)
        #expect(afterRows.count > beforeRows.count)
    }
}
