import Foundation

/// Scenario files the end-to-end tests give `dealsim`.
enum Scenarios {
    /// The example of MODEL.md §1, with 200 trials instead of 10,000 so that a debug build
    /// runs it in a fraction of a second; without `"seed"` when `seed` is nil.
    static func supportAgent(seed: Int? = 2026) -> String {
        """
        {
          "name": "support-agent",
          "title": "AI support agent: per-resolution pricing against hybrids",
          "description": "Prices from public per-resolution list prices; costs are estimates.",
          "currency": "USD",
          "horizonMonths": 24,
          "trials": 200,\(seed.map { "\n  \"seed\": \($0)," } ?? "")
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

        """
    }

    /// MODEL.md's example with `monthlyGrowth` misspelt as `monthlyGrowht`.
    static let misspelt = supportAgent().replacingOccurrences(of: "\"monthlyGrowth\"", with: "\"monthlyGrowht\"")

    /// Three ways to cap a month's bill at $9,900 or $5,000: a capped price that keeps
    /// working, one that pauses the agent, and a spend cap in the terms with a minimum.
    static let caps = """
        {
          "name": "caps",
          "horizonMonths": 12,
          "trials": 200,
          "workload": {"tasksPerMonth": 20000, "humanCostPerTask": 5},
          "vendors": [{"id": "agent", "attemptSuccessRate": 0.8, "costPerAttempt": 0.05}],
          "offers": [
            {"name": "Capped", "pricing": {"model": "cappedPerOutcome", "price": 0.99, "monthlyCap": 9900}},
            {"name": "Capped, pause", "pricing": {"model": "cappedPerOutcome", "price": 0.99, "monthlyCap": 9900, "atCap": "pause"}},
            {"name": "Spend cap", "pricing": {"model": "perOutcome", "price": 0.5}, "terms": {"monthlyCap": 5000, "minimumMonthly": 1000}}
          ]
        }

        """

    /// A scenario with six errors at once, each reported by `validate`.
    static let manyErrors = """
        {
          "name": "bad name!",
          "horizonMonths": 0,
          "workload": {"tasksPerMonth": -5},
          "vendors": [{"id": "agent", "attemptSuccessRate": 1.5, "maxAtempts": 2}],
          "offers": [{"name": "A", "pricing": {"model": "perOutcome", "price": -1}}]
        }

        """

    /// The lines `validate` prints to standard error for ``manyErrors`` saved as `file`.
    static func manyErrorsMessages(_ file: String) -> String {
        """
        \(file): name: found "bad name!"; must be one or more letters, digits, '-' or '_'
        \(file): horizonMonths: found 0; must be a whole number in 1…600
        \(file): workload.tasksPerMonth: found -5; must be a number ≥ 0
        \(file): vendors[0].attemptSuccessRate: found 1.5; must be a number in 0…1
        \(file): vendors[0].maxAtempts: unknown key; did you mean 'maxAttempts'?
        \(file): offers[0].pricing.price: found -1; must be a number ≥ 0

        """
    }
}
