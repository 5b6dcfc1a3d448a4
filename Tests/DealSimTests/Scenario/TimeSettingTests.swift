import Testing

@testable import DealSim

/// Setting the numbers of the model's §9 as an analysis does (§8, "a parameter is named by
/// its JSON path as in error messages"): the churn, the trends, the minimum term and its fee,
/// and one seasonality multiplier, `workload.seasonality[3]`, a plain number of the file like
/// a tier's fee; each out-of-range value gets the file's message at its path.
@Suite struct TimeSettingTests {
    static let scenario: Scenario = {
        let json = ScenarioFixtures.scenario(
            top: #""correlations": [{"between": ["workload.monthlyChurn", "workload.humanCostPerTask"], "rank": 0.5}], "#,
            workload: #"""
                {"tasksPerMonth": 1000, "humanCostPerTask": {"pert": [3, 5, 9]}, "monthlyChurn": {"beta": [2, 50]},
                 "seasonality": [1, 1, 1, 0.5, 1, 1, 1, 1, 1, 1, 1, 1.5]}
                """#,
            vendors: #"[{"id": "agent", "attemptSuccessRate": 0.8, "costPerAttemptTrend": {"uniform": [-0.05, 0]}}]"#,
            offers: #"""
                [{"name": "A", "pricing": {"model": "perOutcome", "price": 1},
                  "terms": {"minimumTermMonths": 6, "earlyTerminationFee": 1000}}]
                """#)
        do { return try ScenarioFixtures.load(json) } catch { preconditionFailure("\(error)") }
    }()

    static func message(_ path: String, _ value: Double) -> String? {
        ScenarioSettingTests.message(path, value, in: scenario)
    }

    @Test func theNumbersOfSection9CanBeSet() throws {
        let s = Self.scenario
        // A churn set to a number is fixed and leaves its correlation.
        let churn = try s.setting("workload.monthlyChurn", to: 0.1)
        #expect(churn.workload.monthlyChurn == .fixed(0.1) && churn.correlations.isEmpty)
        #expect(try s.setting(#"vendors["agent"].costPerAttemptTrend"#, to: -0.03).vendors[0].costPerAttemptTrend == .fixed(-0.03))
        #expect(try s.setting("vendors[0].failureRateTrend", to: -0.05).vendors[0].failureRateTrend == .fixed(-0.05))
        #expect(try s.setting("offers[0].terms.minimumTermMonths", to: 12).offers[0].terms.minimumTermMonths == 12)
        #expect(try s.setting(#"offers["A"].terms.earlyTerminationFee"#, to: 2_500).offers[0].terms.earlyTerminationFee == 2_500)
        // One multiplier: month 4's 0.5 becomes 2, the others stay.
        let seasonal = try s.setting("workload.seasonality[3]", to: 2)
        #expect(seasonal.workload.seasonality == [1, 1, 1, 2, 1, 1, 1, 1, 1, 1, 1, 1.5])
        // Setting a term shares the worlds; setting the churn or a multiplier does not.
        #expect(try s.setting("offers[0].terms.earlyTerminationFee", to: 0).sharesWorlds(with: s))
        #expect(!churn.sharesWorlds(with: s) && !seasonal.sharesWorlds(with: s))
    }

    static let cases: [(String, Double, String)] = [
        ("workload.monthlyChurn", 1.5, "scenario: workload.monthlyChurn: found 1.5; must be a number in 0…1"),
        ("vendors[0].costPerAttemptTrend", -2, "scenario: vendors[0].costPerAttemptTrend: found -2; must be a number ≥ -1"),
        (
            "offers[0].terms.minimumTermMonths", 2.5,
            "scenario: offers[0].terms.minimumTermMonths: found 2.5; must be a whole number ≥ 0"
        ),
        ("offers[0].terms.earlyTerminationFee", -1, "scenario: offers[0].terms.earlyTerminationFee: found -1; must be a number ≥ 0"),
        ("workload.seasonality[3]", -1, "scenario: workload.seasonality[3]: found -1; must be a number ≥ 0"),
        (
            "workload.seasonality[12]", 1,
            "scenario: workload.seasonality[12]: no such multiplier; there are 12 multipliers: "
                + "workload.seasonality[0] … workload.seasonality[11]"
        ),
        (
            "workload.seasonality", 1,
            "scenario: workload.seasonality: an array of 12 multipliers, not a number; continue with an element by index, "
                + "workload.seasonality[0] … workload.seasonality[11]"
        ),
    ]

    @Test(arguments: cases)
    func anOutOfRangeValueGetsTheFilesMessage(path: String, value: Double, message: String) {
        #expect(Self.message(path, value) == message)
    }
}
