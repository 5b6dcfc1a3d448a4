import DealSim

/// The benchmark scenario: 36 months, 8 offers covering every pricing model, 20,000 tasks a
/// month with volumeVolatility 0.2, and a 3-month training lag.
enum BenchmarkScenario {
    static let scenario: Scenario = {
        do {
            return try make()
        } catch {
            preconditionFailure("the benchmark scenario is invalid:\n\(error)")
        }
    }()

    private static func make() throws(ScenarioLoadError) -> Scenario {
        let brackets = [
            Graduated.Bracket(upTo: 5_000, unitPrice: 1.2, flatFee: 0),
            Graduated.Bracket(upTo: 15_000, unitPrice: 0.9, flatFee: 500),
            Graduated.Bracket(upTo: nil, unitPrice: 0.6, flatFee: 1_000),
        ]
        let tiers = [
            Tiered.Tier(name: "Pro", monthlyFee: 10_000, includedOutcomes: 15_000),
            Tiered.Tier(name: "Enterprise", monthlyFee: 20_000, includedOutcomes: 50_000),
        ]
        func offer(_ name: String, _ charges: [Charge], terms: DealTerms = DealTerms(), buyerCosts: BuyerCosts = BuyerCosts()) -> Offer {
            Offer(name: name, vendor: "agent", charges: charges, terms: terms, buyerCosts: buyerCosts)
        }
        return try Scenario(
            name: "bench", title: "Benchmark: every pricing model over 36 months", horizonMonths: 36, trials: 100_000,
            workload: Workload(
                tasksPerMonth: .fixed(20_000), monthlyGrowth: .fixed(0.01), volumeVolatility: .fixed(0.2),
                humanCostPerTask: .ci90(low: 6, high: 15)),
            vendors: [
                Vendor(
                    id: "agent", attemptSuccessRate: .beta(alpha: 16, beta: 4), maxAttempts: 2,
                    costPerAttempt: .triangular(min: 0.03, mode: 0.06, max: 0.15), fixedCostPerMonth: .fixed(2_000),
                    trainingLag: TrainingLag(months: 3, initialAttemptSuccessRate: .fixed(0.35)),
                    reopenRate: .fixed(0.05), disputeRate: .fixed(0.02), disputeUpheldRate: .fixed(0.5), disputeCost: .fixed(12))
            ],
            offers: [
                offer("Per resolution", [.perOutcome(PerOutcome(price: 0.99))]),
                offer("Capped, pause", [.cappedPerOutcome(CappedPerOutcome(price: 0.99, monthlyCap: 15_000, atCap: .pause))]),
                offer("Tiered, cheapest", [.tiered(Tiered(tiers: tiers, plan: .cheapest, overagePrice: 0.99))]),
                offer("Graduated", [.graduated(Graduated(metric: .outcomes, mode: .graduated, brackets: brackets))]),
                offer(
                    "Subscription + bonus", [.subscriptionPlusBonus(SubscriptionPlusBonus(monthlyFee: 8_000, bonus: 4_000, target: 15_000))]
                ),
                offer(
                    "Per conversation + savings share",
                    [.perTask(PerTask(price: 0.5)), .revenueShare(RevenueShare(percent: 15, basis: .savings, monthlyCap: 40_000))],
                    buyerCosts: BuyerCosts(perTask: .fixed(0.05))),
                offer(
                    "Per attempt + outcome, volume on tasks",
                    [
                        .perAttempt(PerAttempt(price: 0.1)), .perOutcome(PerOutcome(price: 0.5)),
                        .graduated(Graduated(metric: .tasks, mode: .volume, brackets: brackets)),
                    ],
                    terms: DealTerms(freeMonths: 2, minimumMonthly: 5_000, implementationFee: 10_000)),
                offer(
                    "Cost plus, seats and platform",
                    [.costPlus(CostPlus(markup: 0.3)), .perSeat(PerSeat(seats: 10, pricePerSeat: 99)), .fixedFee(FixedFee(monthly: 500))],
                    terms: DealTerms(monthlyCap: 12_000)),
            ])
    }
}
