import Testing

@testable import DealSim

/// Packages and wallets in the simulation against their exact expectations over a Poisson
/// count, each within 4 of the run's own standard errors.
///
/// Fixed inputs, no volatility, one attempt, no lag, reopening or disputes: Nₜ ~ Poisson(λ)
/// and the accepted Cₜ ~ Binomial(Nₜ, q), which is Poisson(λq) (a thinned Poisson count).
/// The months are independent and alike (no growth; no rollover, so no balance carries), so
/// the horizon's revenue has mean H · E[amount of one month].
@Suite struct WalletClosedFormTests {
    static let horizon = 3
    static let tasks = 200.0, rate = 0.5
    /// E[Cₜ] = λ·q = 200 · 0.5 = 100.
    static let outcomes = tasks * rate

    static let result: SimulationResult = {
        let scenario = Scenario.testScenario(
            horizonMonths: horizon, trials: 10_000, workload: Workload(tasksPerMonth: .fixed(tasks)),
            vendors: [Vendor(id: "agent", attemptSuccessRate: .fixed(rate))],
            offers: [
                .agent("package of outcomes", .package(Package(metric: .outcomes, unitsPerPackage: 30, pricePerPackage: 7, freeUnits: 20))),
                .agent(
                    "wallet of outcomes",
                    .credits(Credits(monthlyFee: 50, creditsPerMonth: 90, creditsPerOutcome: 1, whenExhausted: .overage(price: 0.4)))),
                .agent("package of tasks", .package(Package(metric: .tasks, unitsPerPackage: 50, pricePerPackage: 3))),
                .agent(
                    "top-ups of tasks",
                    .credits(
                        Credits(monthlyFee: 20, creditsPerMonth: 180, creditsPerTask: 1, whenExhausted: .topUp(credits: 25, price: 6)))),
                .agent(
                    "pausing wallet", .credits(Credits(monthlyFee: 50, creditsPerMonth: 90, creditsPerOutcome: 1, whenExhausted: .pause))),
            ])
        return Simulation(scenario: scenario, seed: 2_026).run()
    }()

    /// H · E[f(K)] for K ~ Poisson(`mean`).
    func horizonTotal(mean: Double, _ f: (Int) -> Double) -> Double {
        Double(Self.horizon) * PoissonSums.expectation(mean: mean, f)
    }

    @Test func packageOfOutcomes() {
        // E[7 · ⌈max(0, C − 20) / 30⌉], C ~ Poisson(100).
        let expected = horizonTotal(mean: Self.outcomes) { 7 * (Double(max(0, $0 - 20)) / 30).rounded(.up) }
        expectMean(Self.result.offers[0][.vendorRevenue], equals: expected, "package of outcomes")
    }

    @Test func walletOfOutcomesWithOverage() {
        // E[50 + 0.4 · max(0, C − 90)], C ~ Poisson(100): no rollover, so every month starts at 90.
        let expected = horizonTotal(mean: Self.outcomes) { 50 + 0.4 * Double(max(0, $0 - 90)) }
        expectMean(Self.result.offers[1][.vendorRevenue], equals: expected, "wallet of outcomes")
    }

    @Test func packageOfTasks() {
        // E[3 · ⌈N / 50⌉], N ~ Poisson(200).
        let expected = horizonTotal(mean: Self.tasks) { 3 * (Double($0) / 50).rounded(.up) }
        expectMean(Self.result.offers[2][.vendorRevenue], equals: expected, "package of tasks")
    }

    @Test func topUpsOfTasks() {
        // E[20 + 6 · ⌈max(0, N − 180) / 25⌉], N ~ Poisson(200): a pack's rest lapses.
        let expected = horizonTotal(mean: Self.tasks) { 20 + 6 * (Double(max(0, $0 - 180)) / 25).rounded(.up) }
        expectMean(Self.result.offers[3][.vendorRevenue], equals: expected, "top-ups of tasks")
    }

    @Test func pausingWalletStopsAtItsCredits() {
        // The fee alone every month, exactly: 3 · 50 = 150 in every trial.
        #expect(Self.result.offers[4][.vendorRevenue].mean == 150)
        #expect(Self.result.offers[4][.vendorRevenue].p5 == 150)
        // The agent stops at 90 credits: f = min(1, 90 / C), so it delivers f · C = min(C, 90).
        let accepted = horizonTotal(mean: Self.outcomes) { Double(min($0, 90)) }
        expectMean(Self.result.offers[4][.acceptedOutcomes], equals: accepted, "accepted outcomes under pause")
        // Humans take Nₜ − f·Cₜ: E = 3 · (200 − E[min(C, 90)]).
        expectMean(
            Self.result.offers[4][.humanTasks], equals: Double(Self.horizon) * Self.tasks - accepted, "human tasks under pause")
    }

    @Test func theExpectationsAreNotTrivial() {
        // Guard against a test that would pass on a constant: the amounts vary from month to
        // month, so the run has a positive standard error for every priced offer.
        for offer in Self.result.offers.prefix(4) { #expect((offer[.vendorRevenue].standardError ?? 0) > 0, "\(offer.name)") }
        // And the exact sums are what a rough hand estimate gives: E[max(0, C − 90)] for
        // C ~ Poisson(100) is about 10.9 (mean 10 above 90, plus the tail below it).
        let overage = PoissonSums.expectation(mean: 100) { Double(max(0, $0 - 90)) }
        #expect(overage > 10 && overage < 12)
    }
}
