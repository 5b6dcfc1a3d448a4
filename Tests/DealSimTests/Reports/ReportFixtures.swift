@testable import DealSim

/// Hand-made results for report tests: every statistic is chosen, so expected text is exact.
enum ReportFixtures {
    /// A summary with the given statistics, as if `included` trials entered it.
    static func stats(
        _ mean: Double?, se: Double? = nil, p5: Double? = nil, p50: Double? = nil, p95: Double? = nil,
        included: Int = 100, excluded: Int = 0
    ) -> MetricSummary {
        var none: [Double] = []
        var summary = MetricSummary(values: &none, excluded: excluded)
        summary.included = included
        summary.mean = mean
        summary.standardError = se
        summary.p5 = p5
        summary.p50 = p50
        summary.p95 = p95
        return summary
    }

    /// Monthly bands whose mean, P5, P50 and P95 are `values(month)`.
    static func bands(_ months: Int, _ values: (Int) -> (Double, Double, Double, Double)) -> [MonthlyBand] {
        (1...months).map { month in
            let (mean, p5, p50, p95) = values(month)
            return MonthlyBand(month: month, mean: mean, p5: p5, p50: p50, p95: p95)
        }
    }

    /// An offer result; horizon metrics not given are all-nil summaries (every trial left
    /// out), monthly metrics not given are flat bands of `flat`.
    static func offer(
        _ name: String, vendor: String = "agent", months: Int = 3,
        horizon: [HorizonMetric: MetricSummary] = [:],
        invoice: [MonthlyBand]? = nil, profit: [MonthlyBand]? = nil, buyerCost: [MonthlyBand]? = nil,
        accepted: MetricSummary = stats(1_000, p5: 900, p50: 1_000, p95: 1_100),
        pLoss: Double = 0, pLossMonth: Double = 0
    ) -> OfferResult {
        let flat = bands(months) { _ in (100, 90, 100, 110) }
        return OfferResult(
            name: name, vendor: vendor,
            horizon: HorizonMetric.allCases.map {
                horizon[$0] ?? ($0 == .acceptedOutcomes ? accepted : stats(nil, included: 0, excluded: 100))
            },
            monthly: [invoice ?? flat, profit ?? flat, buyerCost ?? flat],
            probabilityOfLoss: pLoss, probabilityOfLossMonth: pLossMonth, probabilityOverBudget: 0, probabilityEndsEarly: 0,
            meanTrueUps: 0)
    }

    /// A scenario of one vendor "agent" with the given offers (all `perOutcome` at $1 unless
    /// given), for results whose numbers are made by hand. Offers of other vendors get a
    /// vendor like "agent" of their own, so that the scenario is valid.
    static func scenario(
        name: String = "hand-made", title: String? = "Hand-made", months: Int = 3, offers: [Offer],
        vendor: Vendor = Vendor(id: "agent", attemptSuccessRate: .fixed(0.8), costPerAttempt: .fixed(0.1)),
        monthlyBudget: Double? = nil
    ) -> Scenario {
        var vendors = [vendor]
        for offer in offers where !vendors.contains(where: { $0.id == offer.vendor }) {
            var other = vendor
            other.id = offer.vendor
            vendors.append(other)
        }
        return .valid {
            try Scenario(
                name: name, title: title, horizonMonths: months, trials: 100, seed: 7,
                workload: Workload(tasksPerMonth: .fixed(1_000), humanCostPerTask: .fixed(5), monthlyBudget: monthlyBudget),
                vendors: vendors, offers: offers)
        }
    }

    /// Sets the summary of one horizon metric of `offer`.
    static func set(_ metric: HorizonMetric, _ summary: MetricSummary, of offer: inout OfferResult) {
        offer.horizon[HorizonMetric.allCases.firstIndex(of: metric)!] = summary
    }

    /// ``twoOffers`` over a scenario whose offers, "Per outcome" and "Flat" ($1 per outcome
    /// each), have the given terms, and whose workload has `monthlyBudget`.
    static func twoOffers(
        terms: DealTerms = DealTerms(), flatTerms: DealTerms = DealTerms(), monthlyBudget: Double? = nil
    ) -> SimulationResult {
        var result = twoOffers
        result.scenario = scenario(
            offers: [
                Offer(name: "Per outcome", vendor: "agent", charges: [.perOutcome(PerOutcome(price: 1))], terms: terms),
                Offer(name: "Flat", vendor: "agent", charges: [.perOutcome(PerOutcome(price: 1))], terms: flatTerms),
            ],
            monthlyBudget: monthlyBudget)
        return result
    }

    /// A result of `offers` over `scenario`, with a fixed baseline of $15,000.
    static func result(
        _ offers: [OfferResult], scenario: Scenario? = nil, trials: Int = 100,
        baseline: MetricSummary = stats(15_000, se: 0, p5: 15_000, p50: 15_000, p95: 15_000)
    ) -> SimulationResult {
        let months = offers.first.map { $0[.invoice].count } ?? 3
        let scenario =
            scenario
            ?? Self.scenario(
                months: months,
                offers: offers.map { Offer(name: $0.name, vendor: $0.vendor, charges: [.perOutcome(PerOutcome(price: 1))]) })
        return SimulationResult(scenario: scenario, seed: 7, trials: trials, offers: offers, baseline: baseline)
    }

    /// Two offers with every statistic set: "Per outcome" (risky, profitable) and "Flat"
    /// (safe, predictable), over 3 months.
    static var twoOffers: SimulationResult {
        let perOutcome = offer(
            "Per outcome",
            horizon: [
                .vendorRevenue: stats(3_000, se: 12.5, p5: 2_500, p50: 3_000, p95: 3_500),
                .vendorCost: stats(2_000, se: 4, p5: 1_900, p50: 2_000, p95: 2_100),
                .vendorProfit: stats(1_000, se: 10, p5: -200, p50: 1_000, p95: 1_600),
                .margin: stats(0.3, se: 0.01, p5: -0.05, p50: 0.33, p95: 0.45, included: 88, excluded: 12),
                .buyerCost: stats(9_000, se: 30, p5: 8_500, p50: 9_000, p95: 9_600),
                .buyerNetSavings: stats(6_000, se: 30, p5: 5_400, p50: 6_000, p95: 6_500),
                .invoicePerOutcome: stats(1, se: 0, p5: 1, p50: 1, p95: 1),
                .computePerOutcome: stats(0.25, se: 0.001, p5: 0.2, p50: 0.25, p95: 0.3),
                .maxDeficit: stats(400, se: 5, p5: 0, p50: 350, p95: 900),
            ],
            invoice: bands(3) { [(800.0, 600.0, 800.0, 1_000.0), (1_000, 800, 1_000, 1_200), (1_200, 1_100, 1_200, 1_300)][$0 - 1] },
            profit: bands(3) { [(-300.0, -500.0, -300.0, -100.0), (500, 200, 500, 800), (800, 600, 800, 1_000)][$0 - 1] },
            pLoss: 0.23, pLossMonth: 0.6)
        let flat = offer(
            "Flat",
            horizon: [
                .vendorRevenue: stats(1_500, se: 0, p5: 1_500, p50: 1_500, p95: 1_500),
                .vendorCost: stats(1_200, se: 4, p5: 1_100, p50: 1_200, p95: 1_300),
                .vendorProfit: stats(300, se: 4, p5: 200, p50: 300, p95: 400),
                .margin: stats(0.2, se: 0.002, p5: 0.13, p50: 0.2, p95: 0.27),
                .buyerCost: stats(16_500, se: 30, p5: 16_000, p50: 16_500, p95: 17_000),
                .buyerNetSavings: stats(-1_500, se: 30, p5: -2_000, p50: -1_500, p95: -1_000),
                .invoicePerOutcome: stats(0.5, se: 0.01, p5: 0.45, p50: 0.5, p95: 0.55),
                .computePerOutcome: stats(0.05, se: 0.001, p5: 0.04, p50: 0.05, p95: 0.06),
                .maxDeficit: stats(0, se: 0, p5: 0, p50: 0, p95: 0),
            ],
            invoice: bands(3) { _ in (500, 500, 500, 500) },
            profit: bands(3) { _ in (100, 60, 100, 140) },
            pLoss: 0, pLossMonth: 0.1)
        return result([perOutcome, flat])
    }
}
