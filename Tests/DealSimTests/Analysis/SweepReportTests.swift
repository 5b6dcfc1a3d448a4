import Foundation
import Testing

@testable import DealSim

/// `sweep.csv` and `sweep.md`: the CSV's shape and numbers, and findings computed from the
/// sweep's numbers by linear interpolation, on sweeps where we know what crosses where.
@Suite struct SweepReportTests {
    /// Fixed inputs: the per-outcome offer breaks even near $0.49, its P(loss) falls to 5%
    /// near $0.53, and it costs the buyer what the per-task offer does near $0.64 (SolveTests).
    static let scenario = Scenario.testScenario(
        horizonMonths: 6, trials: 1_000,
        workload: Workload(
            tasksPerMonth: .fixed(2_000), monthlyGrowth: .fixed(0.05), volumeVolatility: .fixed(0.2), humanCostPerTask: .fixed(5)),
        vendors: [
            Vendor(
                id: "agent", attemptSuccessRate: .fixed(0.7), maxAttempts: 2, costPerAttempt: .fixed(0.05), costPerTask: .fixed(0.01),
                fixedCostPerMonth: .fixed(500), trainingLag: TrainingLag(months: 2, initialAttemptSuccessRate: .fixed(0.3)),
                reopenRate: .fixed(0.05), disputeRate: .fixed(0.02), disputeUpheldRate: .fixed(0.5), disputeCost: .fixed(5))
        ],
        offers: [
            .agent("per outcome", .perOutcome(PerOutcome(price: 0.99))),
            .agent("per task", .perTask(PerTask(price: 0.5))),
        ])
    static let seed: UInt64 = 13
    static let price = ScenarioParameter([.key("offers"), .index(0), .key("pricing"), .key("price")])
    static let successRate = ScenarioParameter([.key("vendors"), .index(0), .key("attemptSuccessRate")])
    static let metrics = [
        "vendor_revenue", "vendor_cost", "vendor_profit", "margin", "buyer_cost", "buyer_net_savings", "invoice_per_outcome",
        "compute_per_outcome", "max_deficit", "max_cash_deficit", "accepted_outcomes", "human_tasks", "p_loss", "p_any_loss_month",
    ]

    static func sweep(_ axes: [SweepAxis]) throws -> (Sweep, [SimulationResult]) {
        let sweep = try Sweep(scenario: scenario, axes: axes)
        return (sweep, sweep.run(seed: seed, trials: scenario.trials))
    }

    static func money(_ x: Double?) -> String { Format.money(x!, currency: "USD") }
    static func price(_ x: Double) -> String { Format.price(x, currency: "USD") }

    /// Where the line through (x₀, y₀) and (x₁, y₁) reaches `level`.
    static func interpolate(_ x0: Double, _ y0: Double, _ x1: Double, _ y1: Double, to level: Double) -> Double {
        x0 + (level - y0) / (y1 - y0) * (x1 - x0)
    }

    /// The bullets of the findings section.
    static func findings(_ markdown: String) throws -> [String] {
        let section = try #require(markdown.components(separatedBy: "## Findings\n\n").dropFirst().first)
        return section.components(separatedBy: "\n\n")[0].split(separator: "\n").map { String($0.dropFirst(2)) }
    }

    /// Without a human cost per task net savings are only the buyer cost negated: the tables
    /// leave them out, as the run's report does.
    @Test func noNetSavingsWithoutAHumanBaseline() throws {
        let scenario = try Self.scenario.editing { $0.workload.humanCostPerTask = .fixed(0) }
        let sweep = try Sweep(scenario: scenario, axes: [SweepAxis(parameter: Self.price, values: [0.5, 1])])
        let markdown = SweepReport.markdown(sweep, results: sweep.run(seed: Self.seed, trials: 200), command: "dealsim sweep t.json")
        #expect(markdown.contains("| Price | Expected profit | Margin | P(loss) | Funding needed (P95) | Buyer total cost |\n"))
        #expect(!markdown.contains("Net savings"))
    }

    @Test func csvOfOneParameter() throws {
        let (sweep, results) = try Self.sweep([SweepAxis(parameter: Self.price, values: [0.2, 0.45, 0.7])])
        let csv = SweepReport.csv(sweep, results: results)
        let lines = csv.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.first == "value,offer,metric,mean,se,p5,p50,p95")
        #expect(lines.last == "", "ends with a newline")
        #expect(lines.count == 1 + 3 * 2 * Self.metrics.count + 1, "a row per point, offer and metric")
        let rows = lines.dropFirst().dropLast().map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        #expect(rows.allSatisfy { $0.count == 8 })
        #expect(rows.map { $0[0] } == ["0.2", "0.45", "0.7"].flatMap { Array(repeating: $0, count: 2 * Self.metrics.count) })
        #expect(
            rows.map { $0[1] }
                == Array(
                    (0..<3).map { _ in
                        Array(repeating: "per outcome", count: Self.metrics.count) + Array(repeating: "per task", count: Self.metrics.count)
                    }.joined())
        )
        #expect(rows.map { $0[2] } == Array(repeatElement(Self.metrics, count: 6).joined()))
        // Each point's rows are its summary.csv, raw numbers, behind its value.
        for (point, result) in results.enumerated() {
            let summary = CSVReport.summary(result).split(separator: "\n").dropFirst().map(String.init)
            let mine = lines[(1 + 2 * Self.metrics.count * point)..<(1 + 2 * Self.metrics.count * (point + 1))].map {
                String($0.drop { $0 != "," }.dropFirst())
            }
            #expect(mine == summary, "point \(point)")
        }
        let profit = try #require(rows.first { $0[0] == "0.7" && $0[1] == "per outcome" && $0[2] == "vendor_profit" })
        #expect(Double(profit[3]) == results[2].offers[0][.vendorProfit].mean)
        #expect(Double(profit[4]) == results[2].offers[0][.vendorProfit].standardError)
    }

    @Test func csvOfTwoParameters() throws {
        let (sweep, results) = try Self.sweep([
            SweepAxis(parameter: Self.price, values: [0.5, 1]), SweepAxis(parameter: Self.successRate, values: [0.6, 0.7, 0.8]),
        ])
        let lines = SweepReport.csv(sweep, results: results).split(separator: "\n").map(String.init)
        #expect(lines.first == "value1,value2,offer,metric,mean,se,p5,p50,p95")
        #expect(lines.count == 1 + 6 * 2 * Self.metrics.count)
        let rows = lines.dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        #expect(rows.allSatisfy { $0.count == 9 })
        let points = stride(from: 0, to: rows.count, by: 2 * Self.metrics.count).map { [rows[$0][0], rows[$0][1]] }
        #expect(points == [["0.5", "0.6"], ["1", "0.6"], ["0.5", "0.7"], ["1", "0.7"], ["0.5", "0.8"], ["1", "0.8"]])
        for (point, result) in results.enumerated() {
            let summary = CSVReport.summary(result).split(separator: "\n").dropFirst().map(String.init)
            #expect(
                rows[(2 * Self.metrics.count * point)..<(2 * Self.metrics.count * (point + 1))].map {
                    $0.dropFirst(2).joined(separator: ",")
                } == summary)
        }
    }

    /// Upwards in price, between $0.45 and $0.70: the per-outcome offer breaks even, its
    /// P(loss) falls through 5%, and the per-task offer becomes the cheaper for the buyer;
    /// each place interpolated between the two points and stated with them.
    @Test func findingsUpwards() throws {
        let values = [0.2, 0.45, 0.7, 0.95]
        let (sweep, results) = try Self.sweep([SweepAxis(parameter: Self.price, values: values)])
        let (a, b) = (results[1].offers, results[2].offers)
        let (profitA, profitB) = (a[0][.vendorProfit].mean!, b[0][.vendorProfit].mean!)
        let (lossA, lossB) = (a[0].probabilityOfLoss, b[0].probabilityOfLoss)
        let (gapA, gapB) = (a[1][.buyerCost].mean! - a[0][.buyerCost].mean!, b[1][.buyerCost].mean! - b[0][.buyerCost].mean!)
        // What the sweep is known to do.
        #expect(
            results[0].offers[0][.vendorProfit].mean! < 0 && profitA < 0 && profitB > 0 && results[3].offers[0][.vendorProfit].mean! > 0)
        #expect(
            results[0].offers[0].probabilityOfLoss > 0.05 && lossA > 0.05 && lossB <= 0.05 && results[3].offers[0].probabilityOfLoss <= 0.05
        )
        #expect(gapA > 0 && gapB < 0 && results[0].offers[1][.buyerCost].mean! > results[0].offers[0][.buyerCost].mean!)
        #expect(results[3].offers[1][.buyerCost].mean! < results[3].offers[0][.buyerCost].mean!)
        #expect(results.allSatisfy { $0.offers[1] == results[0].offers[1] }, "the per-task offer is the same at every price")

        let breakEven = Self.interpolate(0.45, profitA, 0.7, profitB, to: 0)
        let lossAt5 = Self.interpolate(0.45, lossA, 0.7, lossB, to: 0.05)
        let sameCost = Self.interpolate(0.45, gapA, 0.7, gapB, to: 0)
        #expect(abs(breakEven - 0.4873) < 0.005, "profit is linear in the price: interpolation finds the break-even of SolveTests")
        let markdown = SweepReport.markdown(sweep, results: results, command: "dealsim sweep t.json")
        #expect(
            try Self.findings(markdown) == [
                "**per outcome** breaks even at a price of about \(Self.money(breakEven)) "
                    + "(\(Self.money(profitA)) at $0.45, \(Self.money(profitB)) at $0.70).",
                "**per outcome**'s P(loss) falls to 5% or below at a price of about \(Self.money(lossAt5)) "
                    + "(\(Format.percent(lossA)) at $0.45, \(Format.percent(lossB)) at $0.70).",
                "Between a price of $0.45 and $0.70, **per task** becomes cheaper for the buyer than **per outcome** "
                    + "(at about \(Self.money(sameCost)); expected total cost \(Self.money(b[1][.buyerCost].mean)) against "
                    + "\(Self.money(b[0][.buyerCost].mean)) at $0.70).",
            ])
    }

    /// Downwards in price the same places are crossed the other way.
    @Test func findingsDownwards() throws {
        let (sweep, results) = try Self.sweep([SweepAxis(parameter: Self.price, from: 0.95, to: 0.2, count: 4)])
        #expect(sweep.axes[0].values == [0.95, 0.7, 0.45, 0.2])
        let (a, b) = (results[1].offers, results[2].offers)
        let (profitA, profitB) = (a[0][.vendorProfit].mean!, b[0][.vendorProfit].mean!)
        let (lossA, lossB) = (a[0].probabilityOfLoss, b[0].probabilityOfLoss)
        let (gapA, gapB) = (a[0][.buyerCost].mean! - a[1][.buyerCost].mean!, b[0][.buyerCost].mean! - b[1][.buyerCost].mean!)
        let markdown = SweepReport.markdown(sweep, results: results, command: "dealsim sweep t.json")
        #expect(
            try Self.findings(markdown) == [
                "**per outcome** becomes a loss at a price of about \(Self.money(Self.interpolate(0.7, profitA, 0.45, profitB, to: 0))) "
                    + "(\(Self.money(profitA)) at $0.70, \(Self.money(profitB)) at $0.45).",
                "**per outcome**'s P(loss) rises above 5% at a price of about \(Self.money(Self.interpolate(0.7, lossA, 0.45, lossB, to: 0.05))) "
                    + "(\(Format.percent(lossA)) at $0.70, \(Format.percent(lossB)) at $0.45).",
                "Between a price of $0.70 and $0.45, **per outcome** becomes cheaper for the buyer than **per task** "
                    + "(at about \(Self.money(Self.interpolate(0.7, gapA, 0.45, gapB, to: 0))); expected total cost "
                    + "\(Self.money(b[0][.buyerCost].mean)) against \(Self.money(b[1][.buyerCost].mean)) at $0.45).",
            ])
    }

    /// Nothing crosses: the one sentence that says so, with each offer's expected profit at
    /// both ends; the rest of the page: title, what was swept, and a table per offer.
    @Test func noCrossings() throws {
        let (sweep, results) = try Self.sweep([SweepAxis(parameter: Self.price, values: [1.5, 1.75, 2])])
        let markdown = SweepReport.markdown(
            sweep, results: results, command: "dealsim sweep t.json --vary 'offers[0].pricing.price=1.5,1.75,2'")
        #expect(
            try Self.findings(markdown) == [
                "No offer's expected profit crosses zero, no P(loss) crosses 5% and the buyer's cheapest offer does not change over "
                    + "the sweep; expected profit goes from the first point to the last: **per outcome** "
                    + "\(Self.money(results[0].offers[0][.vendorProfit].mean)) to \(Self.money(results[2].offers[0][.vendorProfit].mean)) "
                    + "and **per task** \(Self.money(results[0].offers[1][.vendorProfit].mean)) to "
                    + "\(Self.money(results[2].offers[1][.vendorProfit].mean))."
            ])
        #expect(
            markdown.hasPrefix(
                """
                # Sweep: test

                1,000 trials a point over 6 months, seed 13, amounts in USD. The sweep sets `offers[0].pricing.price` (price) over 3 \
                values: $1.50, $1.75 and $2. Every point runs with the same seed and trials, so neighbouring points differ by the \
                parameter alone. Reproduce with `dealsim sweep t.json --vary 'offers[0].pricing.price=1.5,1.75,2'`.

                ## Findings

                - No offer's
                """))
        #expect(markdown.hasSuffix("|\n"))
        for (offer, name) in ["per outcome", "per task"].enumerated() {
            let table = try #require(markdown.components(separatedBy: "## \(name)\n\n").dropFirst().first).components(separatedBy: "\n\n")[
                0]
            let lines = table.split(separator: "\n").map(String.init)
            #expect(lines.first == "| Price | Expected profit | Margin | P(loss) | Funding needed (P95) | Buyer total cost | Net savings |")
            #expect(lines.count == 2 + 3)
            for (line, (value, result)) in zip(lines.dropFirst(2), zip(["$1.50", "$1.75", "$2"], results)) {
                let o = result.offers[offer]
                #expect(
                    line
                        == "| \(value) | \(Self.money(o[.vendorProfit].mean)) | \(Format.percent(o.expectedMargin!)) | "
                        + "\(Format.percent(o.probabilityOfLoss)) | \(Self.money(o[.maxDeficit].p95)) | \(Self.money(o[.buyerCost].mean)) | "
                        + "\(Self.money(o[.buyerNetSavings].mean)) |")
            }
        }
    }

    /// A grid: findings follow each row of the first parameter and name the second's value;
    /// the page says what both parameters go over.
    @Test func gridFindingsNameTheRow() throws {
        let (sweep, results) = try Self.sweep([
            SweepAxis(parameter: Self.price, values: [0.3, 1.2]), SweepAxis(parameter: Self.successRate, values: [0.7, 0.9]),
        ])
        let markdown = SweepReport.markdown(sweep, results: results, command: "c")
        #expect(
            markdown.contains(
                "The sweep sets `offers[0].pricing.price` (price) over 2 values: $0.30 and $1.20 and then "
                    + "`vendors[0].attemptSuccessRate` (attempt success rate) over 2 values: 70% and 90%."))
        let findings = try Self.findings(markdown)
        for (row, rate) in ["70%", "90%"].enumerated() {
            let (a, b) = (results[2 * row].offers[0], results[2 * row + 1].offers[0])
            let (ya, yb) = (a[.vendorProfit].mean!, b[.vendorProfit].mean!)
            #expect(ya < 0 && yb > 0)
            let sentence =
                "**per outcome** breaks even at a price of about \(Self.money(Self.interpolate(0.3, ya, 1.2, yb, to: 0))) "
                + "at an attempt success rate of \(rate) (\(Self.money(ya)) at $0.30, \(Self.money(yb)) at $1.20)."
            #expect(findings.contains(sentence), "\(sentence) not in \(findings)")
        }
        #expect(
            findings.allSatisfy { $0.contains(" at an attempt success rate of 70%") || $0.contains(" at an attempt success rate of 90%") })
        let table = try #require(markdown.components(separatedBy: "## per outcome\n\n").dropFirst().first)
        #expect(table.hasPrefix("| Price | Attempt success rate | Expected profit |"))
        #expect(table.contains("\n| $1.20 | 90% | "))
    }
}
