import Testing

@testable import DealSim

/// Cash under payment terms and months over the buyer's budget (MODEL.md §7), computed by
/// hand: with exact counts (no tasks at all, so every month's counts are 0 and every trial
/// the same), and trial by trial from each trial's own counts.
@Suite struct CashAndBudgetTests {
    // MARK: Exact counts: no tasks

    /// A vendor whose only cost is $800 a month: with tasksPerMonth 0, Nₜ ~ Poisson(0) = 0
    /// exactly, so every count is 0 and the vendor's cost is exactly $800 in every month.
    static let idleVendor = Vendor(id: "agent", attemptSuccessRate: .fixed(1), fixedCostPerMonth: .fixed(800))

    static func idleScenario(horizonMonths: Int, budget: Double? = nil, offers: [Offer]) -> Scenario {
        .testScenario(
            horizonMonths: horizonMonths, trials: 10, workload: Workload(tasksPerMonth: .fixed(0), monthlyBudget: budget),
            vendors: [idleVendor], offers: offers)
    }

    /// $1,000 a month after one free month, paid `days` after each month's end.
    static func fee(paidAfter days: Int) -> Offer {
        .agent("net \(days)", .fixedFee(FixedFee(monthly: 1_000)), terms: DealTerms(freeMonths: 1, paymentTermsDays: days))
    }

    @Test(
        arguments: [
            // (days, months later ⌈days/30⌉, max cash deficit by hand). Over 4 months the
            // invoices are 0, 1,000, 1,000, 1,000 and the cost 800 every month.
            // Net 0 (paid in the month): flows −800, +200, +200, +200; cumulative −800, −600,
            //   −400, −200 → 800, the accrual max_deficit.
            (0, 0, 800.0),
            // Net 1 and net 30 (month t + 1): received 0, 0, 1,000, 1,000 → flows −800, −800,
            //   +200, +200; cumulative −800, −1,600, −1,400, −1,200 → 1,600.
            (1, 1, 1_600),
            (30, 1, 1_600),
            // Net 31, 45, 60 (t + 2): received 0, 0, 0, 1,000 → −800, −1,600, −2,400, −2,200 → 2,400.
            (31, 2, 2_400),
            (45, 2, 2_400),
            (60, 2, 2_400),
            // Net 61 (t + 3): only month 1's invoice of 0 is paid within the horizon → −3,200.
            (61, 3, 3_200),
            // Net 365 (t + 13): nothing is paid within the horizon → −3,200.
            (365, 13, 3_200),
        ] as [(Int, Int, Double)])
    func maxCashDeficitUnderPaymentTerms(days: Int, monthsLater: Int, deficit: Double) {
        let offer = Self.fee(paidAfter: days)
        #expect(offer.terms.paymentDelayMonths == monthsLater)
        let result = Simulation(scenario: Self.idleScenario(horizonMonths: 4, offers: [offer]), seed: 1).run()
        let cash = result.offers[0][.maxCashDeficit]
        #expect(cash.mean == deficit && cash.p5 == deficit && cash.p50 == deficit && cash.p95 == deficit)
        #expect(cash.standardError == 0)
        // The accrual deficit does not depend on when invoices are paid: 800 in every case.
        #expect(result.offers[0][.maxDeficit].mean == 800)
        #expect(result.offers[0][.vendorRevenue].mean == 3_000)  // 3 billed months × 1,000
    }

    @Test(
        arguments: [
            // (days, cumulative cash at the horizon by hand): revenue received less 4 × 800.
            (0, -200.0),  // 0 + 1,000 + 1,000 + 1,000 − 3,200
            (30, -1_200),  // months 2–4 receive months 1–3: 0 + 1,000 + 1,000 − 3,200; month 4's is paid after
            (45, -2_200),  // months 3–4 receive months 1–2: 0 + 1,000 − 3,200
            (61, -3_200),  // month 4 receives month 1's 0
        ] as [(Int, Double)])
    func invoicesPaidAfterTheHorizonAreNotReceived(days: Int, cash: Double) {
        let scenario = Self.idleScenario(horizonMonths: 4, offers: [Self.fee(paidAfter: days)])
        let (months, horizon) = OfferAccounts(offer: 0, of: scenario).compute(in: World(of: scenario, seed: 1, trial: 0))
        #expect(months.map(\.invoice) == [0, 1_000, 1_000, 1_000])
        #expect(months.map(\.vendorCost) == [800, 800, 800, 800])
        #expect(horizon.cumulativeCash == cash)
        #expect(horizon.cumulativeProfit == -200)  // accrual: 3,000 − 3,200, whatever the terms
    }

    @Test func paymentDelayIsTheDaysInMonthsRoundedUp() {
        // ⌈days / 30⌉: 0 → 0, 1 → 1, 29 → 1, 30 → 1, 31 → 2, 59 → 2, 60 → 2, 90 → 3, 91 → 4, 365 → 13.
        for (days, months) in [(0, 0), (1, 1), (29, 1), (30, 1), (31, 2), (59, 2), (60, 2), (90, 3), (91, 4), (365, 13)] {
            #expect(DealTerms(paymentTermsDays: days).paymentDelayMonths == months, "net \(days)")
        }
    }

    // MARK: Trial by trial

    /// 1,000 tasks a month, two attempts at 0.8; $0.50 an attempt and $900 a month to the
    /// vendor; $2 an outcome after one free month, with a $300 implementation fee.
    static let busyScenario: Scenario = .testScenario(
        horizonMonths: 6, trials: 200, workload: Workload(tasksPerMonth: .fixed(1_000)),
        vendors: [
            Vendor(
                id: "agent", attemptSuccessRate: .fixed(0.8), maxAttempts: 2, costPerAttempt: .fixed(0.5),
                fixedCostPerMonth: .fixed(900))
        ],
        offers: [0, 30, 45].map { days in
            .agent(
                "net \(days)", .perOutcome(PerOutcome(price: 2)),
                terms: DealTerms(freeMonths: 1, implementationFee: 300, paymentTermsDays: days))
        })

    /// The deepest cumulative deficit of `flows`, `max(0, −lowest cumulative sum)`, the
    /// lowest starting at 0 before month 1 (MODEL.md §5 and §7).
    static func deficit(_ flows: [Double]) -> Double {
        var (cumulative, lowest) = (0.0, 0.0)
        for flow in flows {
            cumulative += flow
            lowest = min(lowest, cumulative)
        }
        return max(0, -lowest)
    }

    @Test func cashDeficitOfEveryTrialFromItsOwnCounts() {
        let seed: UInt64 = 17
        let scenario = Self.busyScenario
        let run = Simulation(scenario: scenario, seed: seed).runKeepingTrials(keepingDraws: false)
        var sawLateCashDeeper = false
        for trial in 0..<scenario.trials {
            let counts = World(of: scenario, seed: seed, trial: trial).vendorMonths[0]
            // Invoice: month 1 free but for the $300 fee; then 2 · Cₜ. Cost: 0.5 · Aₜ + 900.
            let invoices = counts.indices.map { $0 == 0 ? 300 : 2 * Double(counts[$0].accepted) }
            let costs = counts.map { 0.5 * Double($0.attempts) + 900 }
            let profitDeficit = Self.deficit(zip(invoices, costs).map { $0 - $1 })
            for (offer, delay) in [(0, 0), (1, 1), (2, 2)] {
                // Month t receives month t − delay's invoice (none before month delay + 1).
                let flows = costs.indices.map { (($0 >= delay) ? invoices[$0 - delay] : 0) - costs[$0] }
                let cash = Self.deficit(flows)
                #expect(isClose(run.totals.values(.maxCashDeficit, offer: offer)[trial], cash, tolerance: 1e-7), "trial \(trial)")
                #expect(isClose(run.totals.values(.maxDeficit, offer: offer)[trial], profitDeficit, tolerance: 1e-7))
                if delay > 0, cash > profitDeficit + 1 { sawLateCashDeeper = true }
            }
        }
        #expect(sawLateCashDeeper)
        // Net 0: max_cash_deficit is max_deficit, summary for summary.
        #expect(run.result.offers[0][.maxCashDeficit] == run.result.offers[0][.maxDeficit])
    }

    // MARK: Budget with exact counts

    @Test func monthsOverBudgetWithExactCounts() {
        // Budget $1,000 a month, 6 months, no tasks: each invoice is exactly its terms'.
        let offers: [Offer] = [
            // Month 1: 900 + 500 fee = 1,400 > 1,000; months 2–6: 900. → 1 month.
            .agent("fee month", .fixedFee(FixedFee(monthly: 900)), terms: DealTerms(implementationFee: 500)),
            // 1,000 every month: equal to the budget is not over it. → 0.
            .agent("at budget", .fixedFee(FixedFee(monthly: 1_000))),
            // 600 a month, 2,400 committed a quarter: 1,800 → true-up 600 in months 3 and 6:
            // 1,200 > 1,000 in those. → 2.
            .agent(
                "true-ups", .fixedFee(FixedFee(monthly: 600)),
                terms: DealTerms(commitment: Commitment(amount: 2_400, periodMonths: 3))),
            // 1,200 a month after 2 free months: months 3–6. → 4.
            .agent("after free months", .fixedFee(FixedFee(monthly: 1_200)), terms: DealTerms(freeMonths: 2)),
            // 1,500 capped at 1,000: never over. → 0.
            .agent("capped", .fixedFee(FixedFee(monthly: 1_500)), terms: DealTerms(monthlyCap: 1_000)),
        ]
        let scenario = Self.idleScenario(horizonMonths: 6, budget: 1_000, offers: offers)
        let result = Simulation(scenario: scenario, seed: 2).run()
        for (offer, (months, probability)) in zip(result.offers, [(1.0, 1.0), (0, 0), (2, 1), (4, 1), (0, 0)]) {
            let summary = offer[.monthsOverBudget]
            #expect(summary.mean == months && summary.p5 == months && summary.p95 == months, "\(offer.name)")
            #expect(offer.probabilityOverBudget == probability, "\(offer.name)")
        }
        let csv = CSVReport.summary(result)
        #expect(csv.contains("\nfee month,months_over_budget,1,0,1,1,1\n"))
        #expect(csv.contains("\nfee month,p_over_budget,1,,,,\n"))
        #expect(csv.contains("\nat budget,p_over_budget,0,,,,\n"))
        #expect(csv.contains("\nafter free months,months_over_budget,4,0,4,4,4\n"))

        // Without a budget neither metric is reported.
        let noBudget = CSVReport.summary(Simulation(scenario: Self.idleScenario(horizonMonths: 6, offers: offers), seed: 2).run())
        #expect(!noBudget.contains("over_budget"))
    }

    // MARK: Budget trial by trial, and in expectation

    @Test func monthsOverBudgetFromEveryTrialsCounts() {
        // 100 tasks a month, every attempt succeeds: Cₜ = Nₜ ~ Poisson(100). $10 an outcome
        // against a budget of $1,050: a month is over when 10 · Cₜ > 1,050, i.e. Cₜ ≥ 106.
        let seed: UInt64 = 3
        let scenario = Scenario.testScenario(
            horizonMonths: 3, trials: 2_000, workload: Workload(tasksPerMonth: .fixed(100), monthlyBudget: 1_050),
            vendors: [Vendor(id: "agent", attemptSuccessRate: .fixed(1))],
            offers: [.agent("per outcome", .perOutcome(PerOutcome(price: 10)))])
        let run = Simulation(scenario: scenario, seed: seed).runKeepingTrials(keepingDraws: false)
        let recorded = run.totals.values(.monthsOverBudget, offer: 0)
        var (months, trialsOver) = (0, 0)
        for trial in 0..<scenario.trials {
            let over = World(of: scenario, seed: seed, trial: trial).vendorMonths[0].filter { 10 * $0.accepted > 1_050 }.count
            #expect(recorded[trial] == Double(over), "trial \(trial)")
            months += over
            trialsOver += over > 0 ? 1 : 0
        }
        let offer = run.result.offers[0]
        #expect(isClose(offer[.monthsOverBudget].mean ?? .nan, Double(months) / 2_000, tolerance: 1e-12))
        #expect(offer.probabilityOverBudget == Double(trialsOver) / 2_000)

        // And in expectation: p = P(C > 105) for C ~ Poisson(100); E[months] = 3p,
        // P(at least one) = 1 − (1 − p)³, each within 4 standard errors of the run.
        let p = PoissonSums.probabilityAbove(105, mean: 100)
        expectMean(offer[.monthsOverBudget], equals: 3 * p, "months over budget")
        let anyMonth = 1 - (1 - p) * (1 - p) * (1 - p)
        let se = (anyMonth * (1 - anyMonth) / 2_000).squareRoot()
        #expect(abs(offer.probabilityOverBudget - anyMonth) <= 4 * se, "p_over_budget \(offer.probabilityOverBudget), expected \(anyMonth)")
    }
}
