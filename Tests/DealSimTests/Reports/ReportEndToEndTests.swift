import Testing

@testable import DealSim

extension ReportTests {
    /// A small run through ``Simulation``, checked for structure only: the numbers depend on the
    /// samplers, which have their own tests.
    @Suite struct ReportEndToEndTests {
        /// The scenario format's example at a small scale: 200 tasks a month, 12 months, 200 trials.
        static let scenario = Scenario.valid {
            try Scenario(
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
        }

        static let result = Simulation(scenario: scenario, seed: 2026, trials: 200).run(threads: 2)

        @Test func summaryCSVHasOneRowPerOfferAndMetric() {
            let lines = CSVReport.summary(Self.result).split(separator: "\n", omittingEmptySubsequences: false)
            let offers = Self.scenario.offers
            // The scenario has no budget and no churn: no months_over_budget, no deal_months.
            let metrics =
                HorizonMetric.allCases.filter { $0 != .monthsOverBudget && $0 != .dealMonths }.map(\.rawValue)
                + ["p_loss", "p_any_loss_month"]
            #expect(lines.count == 1 + offers.count * metrics.count + 1)  // + the final ""
            #expect(lines.first == "offer,metric,mean,se,p5,p50,p95")
            #expect(lines.last == "")
            for (row, line) in lines.dropFirst().dropLast().enumerated() {
                let cells = line.split(separator: ",", omittingEmptySubsequences: false)
                #expect(cells.count == 7)
                #expect(cells[0] == Substring(offers[row / metrics.count].name))
                #expect(cells[1] == Substring(metrics[row % metrics.count]))
                for cell in cells.dropFirst(2) where !cell.isEmpty { #expect(Double(cell)?.isFinite == true, "\(line)") }
            }
        }

        @Test func monthlyCSVHasOneRowPerOfferMonthAndMetric() {
            let lines = CSVReport.monthly(Self.result).split(separator: "\n")
            let months = Self.scenario.horizonMonths
            #expect(lines.count == 1 + Self.scenario.offers.count * months * MonthlyMetric.allCases.count)
            #expect(lines.first == "offer,month,metric,mean,p5,p50,p95")
            let rows = lines.dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false) }
            for (index, cells) in rows.enumerated() {
                #expect(cells.count == 7)
                #expect(cells[1] == Substring(String(index / MonthlyMetric.allCases.count % months + 1)))
                #expect(cells[2] == Substring(MonthlyMetric.allCases[index % MonthlyMetric.allCases.count].rawValue))
                for cell in cells.dropFirst(3) { #expect(Double(cell)?.isFinite == true) }
            }
        }

        @Test func markdownHasEverySection() {
            let text = MarkdownReport.render(Self.result)
            for heading in [
                "# AI support agent: per-resolution pricing against hybrids\n", "\n## Which offer\n", "\n## Findings\n",
                "\n## For the vendor\n", "\n## For the buyer\n", "\n## Assumptions\n", "\n### Workload\n",
                "\n### Vendor\n", "\n### Offers\n",
            ] {
                #expect(text.contains(heading), "\(heading)")
            }
            #expect(text.contains("`dealsim run scenarios/support-agent.json --seed 2026 --trials 200`"))
            #expect(
                text.contains(
                    "| Platform + outcome | agent | $50 a month plus $0.50 per accepted outcome | first 2 months free; implementation fee $500 | none |"
                ))
            #expect(MarkdownReportTests.tablesAreWellFormed(text))
            #expect(!MarkdownReportTests.holdsNonFinite(text))
        }

        @Test func sameRunGivesSameBytes() {
            let again = Simulation(scenario: Self.scenario, seed: 2026, trials: 200).run(threads: 1)
            #expect(MarkdownReport.render(again) == MarkdownReport.render(Self.result))
            #expect(CSVReport.summary(again) == CSVReport.summary(Self.result))
            #expect(CSVReport.monthly(again) == CSVReport.monthly(Self.result))
        }
    }
}
