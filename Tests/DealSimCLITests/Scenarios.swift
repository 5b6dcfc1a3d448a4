import Foundation

/// Scenario files the end-to-end tests give `dealsim`.
enum Scenarios {
    /// The scenario format's example as the engine's tests read it, from
    /// `Tests/Fixtures/model-example.json`.
    static let modelExample: String = {
        let url = URL(fileURLWithPath: #filePath)  // Tests/DealSimCLITests/Scenarios.swift
            .deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures").appendingPathComponent("model-example.json")
        guard let data = FileManager.default.contents(atPath: url.path) else { fatalError("cannot read the fixture \(url.path)") }
        return String(decoding: data, as: UTF8.self)
    }()

    /// The scenario format's example with 200 trials instead of 10,000, so that a debug build
    /// runs it in a fraction of a second, and `seed` instead of 2026; without `"seed"` when
    /// `seed` is nil.
    static func supportAgent(seed: Int? = 2026) -> String {
        let fewerTrials = replacing("\n  \"trials\": 10000,", with: "\n  \"trials\": 200,", in: modelExample)
        return replacing("\n  \"seed\": 2026,", with: seed.map { "\n  \"seed\": \($0)," } ?? "", in: fewerTrials)
    }

    /// `text` with its one occurrence of `old` replaced by `new`.
    private static func replacing(_ old: String, with new: String, in text: String) -> String {
        precondition(text.components(separatedBy: old).count == 2, "the fixture holds \(old.debugDescription) once")
        return text.replacingOccurrences(of: old, with: new)
    }

    /// the scenario format's example with `monthlyGrowth` misspelt as `monthlyGrowht`.
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

    /// The smallest scenario: one offer over one month, one trial, and no human cost per task
    /// (the buyer has no all-human baseline).
    static let oneOfEach = """
        {
          "name": "one-of-each",
          "horizonMonths": 1,
          "trials": 1,
          "seed": 1,
          "workload": {"tasksPerMonth": 1000},
          "vendors": [{"id": "agent", "attemptSuccessRate": 0.5, "costPerAttempt": 0.05}],
          "offers": [{"name": "Per outcome", "pricing": {"model": "perOutcome", "price": 1}}]
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
