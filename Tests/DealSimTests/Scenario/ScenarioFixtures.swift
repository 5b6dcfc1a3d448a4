import Foundation
import Testing

@testable import DealSim

/// Scenario texts shared by the scenario tests.
enum ScenarioFixtures {
    /// MODEL.md §1's example, verbatim.
    static let modelExample = #"""
        {
          "name": "support-agent",
          "title": "AI support agent: per-resolution pricing against hybrids",
          "description": "Prices from public per-resolution list prices; costs are estimates.",
          "currency": "USD",
          "horizonMonths": 24,
          "trials": 10000,
          "seed": 2026,
          "workload": {
            "tasksPerMonth": 20000,
            "monthlyGrowth": 0.02,
            "volumeVolatility": 0.15,
            "humanCostPerTask": {"ci90": [6, 15]},
            "revenuePerOutcome": 0,
            "savingsPerOutcome": null
          },
          "vendors": [
            {
              "id": "agent",
              "attemptSuccessRate": {"beta": [16, 4]},
              "maxAttempts": 2,
              "costPerAttempt": {"triangular": [0.03, 0.06, 0.15]},
              "costPerTask": 0,
              "fixedCostPerMonth": 2000,
              "trainingLag": {"months": 3, "initialAttemptSuccessRate": 0.35},
              "reopenRate": 0.05,
              "disputeRate": 0.02,
              "disputeUpheldRate": 0.5,
              "disputeCost": 12
            }
          ],
          "offers": [
            {"name": "Per resolution", "vendor": "agent",
             "pricing": {"model": "perOutcome", "price": 0.99}},
            {"name": "Platform + outcome", "vendor": "agent",
             "pricing": [{"model": "fixedFee", "monthly": 500}, {"model": "perOutcome", "price": 0.5}],
             "terms": {"freeMonths": 2, "implementationFee": 5000}}
          ]
        }
        """#

    /// A small valid scenario; each part can be replaced to make one invalid.
    static func scenario(
        top: String = "",
        horizon: String = "12",
        workload: String = #"{"tasksPerMonth": 1000}"#,
        vendors: String = #"[{"id": "agent", "attemptSuccessRate": 0.8}]"#,
        offers: String = #"[{"name": "A", "pricing": {"model": "perOutcome", "price": 1}}]"#
    ) -> String {
        """
        {"name": "t", \(top)"horizonMonths": \(horizon),
         "workload": \(workload),
         "vendors": \(vendors),
         "offers": \(offers)}
        """
    }

    /// A small valid scenario whose only offer has this pricing (and these other members).
    static func scenario(pricing: String, offerExtra: String = "") -> String {
        scenario(offers: #"[{"name": "A", "pricing": "# + pricing + offerExtra + "}]")
    }

    /// A small valid scenario whose only vendor has these members besides its id.
    static func scenario(vendor: String) -> String {
        scenario(vendors: #"[{"id": "agent", "# + vendor + "}]")
    }

    /// Loads `json` as the file `t.json`.
    static func load(_ json: String) throws(ScenarioLoadError) -> Scenario {
        try ScenarioLoader.load(data: Data(json.utf8), fileName: "t.json")
    }

    /// The error loading `json` as `t.json` throws, or `nil` when it loads.
    static func error(_ json: String) -> ScenarioLoadError? {
        do {
            _ = try load(json)
            return nil
        } catch {
            return error
        }
    }
}
