import Foundation
import Testing

@testable import DealSim

/// Golden digests: a small scenario, run with a fixed seed, gives the same `summary.csv` and
/// `monthly.csv`, byte for byte, as when the digests below were pinned. ``DeterminismTests``
/// compare a run with itself in one process; these catch a change of any simulated number
/// between builds, machines and refactorings, with the bundled reports as a slower second net.
///
/// The digests must not change in a refactoring. When numbers change on purpose (a new
/// sampler, a fixed formula), regenerate: run `swift test --filter GoldenDigestTests`, whose
/// failures print each new digest (`… == "<16 hex digits>"`), paste them below, regenerate
/// `reports/` with `scripts/make-reports`, and say in the commit why the numbers moved. The
/// digests were pinned on x86_64 Linux (glibc's `exp` and `log`), where CI runs.
@Suite struct GoldenDigestTests {
    /// 160 trials (two batches) over 12 months, two vendors, and seven offers that together
    /// use every pricing model, every deal term and the buyer's own costs.
    static let scenarioJSON = #"""
        {
          "name": "golden",
          "title": "Golden digest: every pricing model over 12 months",
          "currency": "USD",
          "horizonMonths": 12,
          "trials": 160,
          "seed": 20260101,
          "workload": {
            "tasksPerMonth": {"pert": [3000, 4000, 6000]},
            "monthlyGrowth": 0.02,
            "volumeVolatility": 0.15,
            "humanCostPerTask": {"ci90": [4, 12]},
            "revenuePerOutcome": {"triangular": [1, 2, 4]},
            "savingsPerOutcome": {"uniform": [3, 6]}
          },
          "vendors": [
            {
              "id": "agent",
              "attemptSuccessRate": {"beta": [16, 4]},
              "maxAttempts": 2,
              "costPerAttempt": {"triangular": [0.03, 0.06, 0.15]},
              "costPerTask": 0.01,
              "fixedCostPerMonth": 1500,
              "trainingLag": {"months": 2, "initialAttemptSuccessRate": {"uniform": [0.3, 0.5]}},
              "reopenRate": 0.05,
              "disputeRate": 0.02,
              "disputeUpheldRate": 0.5,
              "disputeCost": 12
            },
            {"id": "rival", "attemptSuccessRate": {"pert": [0.5, 0.6, 0.75]}, "costPerAttempt": 0.08}
          ],
          "offers": [
            {"name": "Per resolution", "vendor": "agent", "pricing": {"model": "perOutcome", "price": 0.99},
             "buyerCosts": {"perTask": 0.05, "perMonth": 200, "perDispute": 8}},
            {"name": "Capped, pause", "vendor": "agent",
             "pricing": {"model": "cappedPerOutcome", "price": 0.99, "monthlyCap": 3000, "atCap": "pause"}},
            {"name": "Tiered, cheapest", "vendor": "agent",
             "pricing": {"model": "tiered", "plan": "cheapest", "overagePrice": 0.99,
                         "tiers": [{"name": "Pro", "monthlyFee": 2000, "includedOutcomes": 2500},
                                   {"name": "Enterprise", "monthlyFee": 4000, "includedOutcomes": 6000}]}},
            {"name": "Graduated and volume", "vendor": "agent",
             "pricing": [{"model": "graduated", "metric": "outcomes", "mode": "graduated",
                          "brackets": [{"upTo": 1000, "unitPrice": 1.2, "flatFee": 0},
                                       {"upTo": 3000, "unitPrice": 0.9, "flatFee": 100},
                                       {"upTo": null, "unitPrice": 0.6, "flatFee": 200}]},
                         {"model": "graduated", "metric": "attempts", "mode": "volume",
                          "brackets": [{"upTo": 4000, "unitPrice": 0.05, "flatFee": 0},
                                       {"upTo": null, "unitPrice": 0.03, "flatFee": 50}]}],
             "terms": {"freeMonths": 1, "minimumMonthly": 1500, "implementationFee": 2000}},
            {"name": "Subscription + bonus", "vendor": "agent",
             "pricing": {"model": "subscriptionPlusBonus", "monthlyFee": 2500, "bonus": 1000, "target": 3000}},
            {"name": "Shares, seats and cost plus", "vendor": "agent",
             "pricing": [{"model": "revenueShare", "basis": "revenue", "percent": 5},
                         {"model": "revenueShare", "basis": "savings", "percent": 10, "monthlyCap": 1500},
                         {"model": "perSeat", "seats": 5, "pricePerSeat": 49},
                         {"model": "costPlus", "markup": 0.3},
                         {"model": "fixedFee", "monthly": 300}],
             "terms": {"monthlyCap": 5000}},
            {"name": "Rival per task and attempt", "vendor": "rival",
             "pricing": [{"model": "perTask", "price": 0.3}, {"model": "perAttempt", "price": 0.05}]}
          ]
        }
        """#

    /// The golden scenario's result, on `threads` threads.
    static func result(threads: Int) throws -> SimulationResult {
        let scenario = try ScenarioLoader.load(data: Data(scenarioJSON.utf8), fileName: "golden.json")
        return Simulation(scenario: scenario, seed: 20_260_101, trials: 160).run(threads: threads)
    }

    /// The pinned digests (FNV-1a, 64 bits, of the UTF-8 text; see ``Digest``).
    static let summaryDigest = "c86c9a05bc92fa53"
    /// The digest of `summary.csv` before it gained `max_cash_deficit`, `accepted_outcomes`
    /// and `human_tasks`: its rows of the other metrics are unchanged, bit for bit.
    static let summaryDigestOfTheFirstMetrics = "6f6e79850e5250e0"
    static let monthlyDigest = "0bf7eb3a70042c44"

    @Test(arguments: [1, 3])
    func summaryCSV(threads: Int) throws {
        let text = CSVReport.summary(try Self.result(threads: threads))
        #expect(text.split(separator: "\n").count == 1 + 7 * 14, "a row per offer and metric")
        #expect(Digest.hex(Digest.fnv1a64(text)) == Self.summaryDigest)
        let added = [",max_cash_deficit,", ",accepted_outcomes,", ",human_tasks,"]
        let first = text.split(separator: "\n").filter { line in !added.contains { line.contains($0) } }
        #expect(Digest.hex(Digest.fnv1a64(first.joined(separator: "\n") + "\n")) == Self.summaryDigestOfTheFirstMetrics)
    }

    @Test(arguments: [1, 3])
    func monthlyCSV(threads: Int) throws {
        let text = CSVReport.monthly(try Self.result(threads: threads))
        #expect(text.split(separator: "\n").count == 1 + 7 * 12 * 3, "a row per offer, month and metric")
        #expect(Digest.hex(Digest.fnv1a64(text)) == Self.monthlyDigest)
    }

    /// FNV-1a's published reference values, so that the digest itself is pinned.
    @Test func digestReferenceValues() {
        #expect(Digest.hex(Digest.fnv1a64("")) == "cbf29ce484222325")
        #expect(Digest.hex(Digest.fnv1a64("a")) == "af63dc4c8601ec8c")
        #expect(Digest.hex(Digest.fnv1a64("foobar")) == "85944171f73967e8")
    }
}
