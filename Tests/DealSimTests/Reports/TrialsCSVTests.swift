import Testing

@testable import DealSim

/// `trials.csv`: its columns, each row that trial's own numbers, and its number cells.
@Suite struct TrialsCSVTests {
    static let scenario = VariantTests.scenario(price: 0.99, cap: 700)

    @Test func columnsAndRows() throws {
        let run = Simulation(scenario: Self.scenario, seed: 4).runKeepingTrials(threads: 2)
        let text = CSVReport.trials(run, threads: 2)
        #expect(text == CSVReport.trials(run, threads: 1), "the threads change nothing")
        let rows = text.split(separator: "\n", omittingEmptySubsequences: false).map {
            $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        }
        #expect(rows.last == [""], "the file ends with a line feed")
        #expect(
            rows[0] == [
                "trial", "offer", "workload.tasksPerMonth", "workload.humanCostPerTask", "vendors[0].attemptSuccessRate",
                "vendors[0].costPerAttempt", "offers[0].buyerCosts.perTask", "vendor_revenue", "vendor_cost", "vendor_profit",
                "margin", "buyer_cost", "buyer_net_savings", "invoice_per_outcome", "compute_per_outcome", "max_deficit",
                "max_cash_deficit", "accepted_outcomes", "human_tasks",
            ])
        #expect(rows.count == 1 + 700 * 2 + 1)
        #expect(rows.dropFirst().dropLast().allSatisfy { $0.count == 19 })

        // A row is its trial's world and accounts, recomputed.
        for trial in [0, 1, 350, 699] {
            let world = World(of: Self.scenario, seed: 4, trial: trial)
            for offer in Self.scenario.offers.indices {
                let row = rows[1 + trial * 2 + offer]
                let h = OfferAccounts(offer: offer, of: Self.scenario).compute(in: world).horizon
                let profit = h.revenue - h.vendorCost
                let expected: [Double?] =
                    Self.scenario.uncertainParameters.map { $0.value(in: world) } + [
                        h.revenue, h.vendorCost, profit, h.revenue == 0 ? nil : profit / h.revenue, h.buyerCost,
                        world.baseline - h.buyerCost, h.acceptedOutcomes == 0 ? nil : h.revenue / h.acceptedOutcomes,
                        h.acceptedOutcomes == 0 ? nil : h.computeCost / h.acceptedOutcomes, h.maxDeficit,
                        h.maxCashDeficit, h.acceptedOutcomes, h.humanTasks,
                    ]
                #expect(row[0] == String(trial))
                #expect(row[1] == Self.scenario.offers[offer].name)
                #expect(Array(row.dropFirst(2)) == expected.map(CSVReport.number))
            }
        }
    }

    /// A ratio with a zero denominator (no accepted outcomes: nothing succeeds) is an empty cell.
    @Test func undefinedRatiosAreEmpty() {
        let scenario = Scenario.testScenario(
            horizonMonths: 2, trials: 3, workload: Workload(tasksPerMonth: .uniform(10, 20)),
            vendors: [Vendor(id: "agent", attemptSuccessRate: .fixed(0), maxAttempts: 1, costPerAttempt: .fixed(0.1))],
            offers: [.agent("per outcome", .perOutcome(PerOutcome(price: 1)))])
        let text = CSVReport.trials(Simulation(scenario: scenario, seed: 1).runKeepingTrials())
        let rows = text.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        #expect(rows[0][6] == "margin" && rows[0][9] == "invoice_per_outcome" && rows[0][10] == "compute_per_outcome")
        for row in rows.dropFirst() {
            #expect(row[3] == "0" && row[6] == "" && row[9] == "" && row[10] == "", "\(row)")
        }
    }

    /// The fast number cell is ``CSVReport/number(_:)``'s text, for every kind of double.
    @Test func fastNumbersMatchNumber() {
        var rng = RandomStream(seed: 5, trial: 0, substream: 0)
        var values: [Double] = [
            0, -0.0, 1, -1, 0.5, 41_000, 1e-5, 0.0001, 1e15, 1e16, 123_456_789_012_345_680, -2.5e-7, .leastNonzeroMagnitude,
            .greatestFiniteMagnitude, -.leastNormalMagnitude, 0.1 + 0.2, 1 / 3,
        ]
        for _ in 0..<20_000 { values.append(Double(bitPattern: rng.next())) }
        for _ in 0..<20_000 { values.append(Double(Int64(bitPattern: rng.next()) >> 20) / 1_000) }
        for value in values where value.isFinite {
            var bytes: [UInt8] = []
            CSVReport.appendNumber(value, to: &bytes)
            #expect(String(decoding: bytes, as: UTF8.self) == CSVReport.number(value), "\(value)")
        }
        var bytes: [UInt8] = []
        CSVReport.appendNumber(.nan, to: &bytes)
        CSVReport.appendNumber(.infinity, to: &bytes)
        #expect(bytes.isEmpty)
    }
}
