import Foundation
import Testing

@testable import DealSim

/// The scenario format's `correlations` (ScenarioFormat article, "Correlations"): reading,
/// the exact message of each rule, paths stored by index, the round trip, and setting a
/// correlated parameter.
@Suite struct ScenarioCorrelationTests {
    /// A scenario with four uncertain parameters (the workload's human cost, the vendor's
    /// success rate and cost per attempt, the offer's buyer cost per task) and a fixed one
    /// (the vendor's cost per task), with `correlations` as given.
    static func scenario(_ correlations: String) -> String {
        ScenarioFixtures.scenario(
            top: #""correlations": "# + correlations + ", ",
            workload: #"{"tasksPerMonth": 1000, "humanCostPerTask": {"pert": [3, 5, 9]}}"#,
            vendors: #"""
                [{"id": "agent", "attemptSuccessRate": {"beta": [8, 2]}, "costPerAttempt": {"triangular": [0.1, 0.2, 0.4]},
                  "costPerTask": 0.02}]
                """#,
            offers: #"""
                [{"name": "Per resolution", "pricing": {"model": "perOutcome", "price": 1},
                  "buyerCosts": {"perTask": {"uniform": [0.1, 0.3]}}}]
                """#)
    }

    /// One element of `correlations`.
    static func pair(_ first: String, _ second: String, _ rank: String) -> String {
        #"{"between": ["\#(first)", "\#(second)"], "rank": \#(rank)}"#
    }

    static let human = "workload.humanCostPerTask"
    static let success = "vendors[0].attemptSuccessRate"
    static let attempt = "vendors[0].costPerAttempt"
    static let buyer = "offers[0].buyerCosts.perTask"

    static let cases: [InvalidScenario] = [
        InvalidScenario(
            "correlations not an array", scenario("{}"), "t.json: correlations: found {}; must be an array"),
        InvalidScenario(
            "correlation with an unknown key", scenario(#"[{"between": ["\#(success)", "\#(attempt)"], "rank": 0.5, "ranks": 1}]"#),
            "t.json: correlations[0].ranks: unknown key; did you mean 'rank'?"),
        InvalidScenario(
            "between of one path", scenario(#"[{"between": ["\#(success)"], "rank": 0.5}]"#),
            #"t.json: correlations[0].between: found ["vendors[0].attemptSuccessRate"]; must be an array of 2 parameter paths, such as ["vendors[0].attemptSuccessRate", "vendors[0].costPerAttempt"]"#
        ),
        InvalidScenario(
            "path not written as one", scenario("[" + pair(success, "vendors[0", "0.5") + "]"),
            #"t.json: correlations[0].between[1]: found "vendors[0"; not a parameter path: expected ']'; write a path as messages do, such as offers[0].pricing.price or vendors["agent"].reopenRate"#
        ),
        InvalidScenario(
            "unknown parameter, a near miss", scenario("[" + pair(success, "vendors[0].costPerAtempt", "0.5") + "]"),
            #"t.json: correlations[0].between[1]: found "vendors[0].costPerAtempt"; not a distribution-valued parameter of the scenario; did you mean 'vendors[0].costPerAttempt'?"#
        ),
        InvalidScenario(
            "unknown vendor name, a near miss",
            scenario("[" + pair(#"vendors[\"agnet\"].costPerAttempt"#, success, "0.5") + "]"),
            #"t.json: correlations[0].between[0]: found "vendors[\"agnet\"].costPerAttempt"; not a distribution-valued parameter of the scenario; did you mean 'vendors["agent"].costPerAttempt'?"#
        ),
        InvalidScenario(
            "unknown parameter, far from any", scenario("[" + pair("workload.volume", success, "0.5") + "]"),
            #"t.json: correlations[0].between[0]: found "workload.volume"; not a distribution-valued parameter of the scenario; its uncertain parameters: workload.humanCostPerTask, vendors[0].attemptSuccessRate, vendors[0].costPerAttempt, offers[0].buyerCosts.perTask"#
        ),
        InvalidScenario(
            "a price is not a distribution", scenario("[" + pair("offers[0].pricing.price", success, "0.5") + "]"),
            #"t.json: correlations[0].between[0]: found "offers[0].pricing.price"; not a distribution-valued parameter of the scenario; its uncertain parameters: workload.humanCostPerTask, vendors[0].attemptSuccessRate, vendors[0].costPerAttempt, offers[0].buyerCosts.perTask"#
        ),
        InvalidScenario(
            "fixed parameter", scenario("[" + pair(success, "vendors[0].costPerTask", "0.5") + "]"),
            #"t.json: correlations[0].between[1]: found "vendors[0].costPerTask"; a fixed number (0.02); only a parameter given as a distribution can be correlated"#
        ),
        InvalidScenario(
            "parameter not given", scenario("[" + pair(success, "vendors[0].trainingLag.initialAttemptSuccessRate", "0.5") + "]"),
            #"t.json: correlations[0].between[1]: found "vendors[0].trainingLag.initialAttemptSuccessRate"; not given in the scenario; only a parameter given as a distribution can be correlated"#
        ),
        InvalidScenario(
            "parameter with itself", scenario("[" + pair(attempt, #"vendors[\"agent\"].costPerAttempt"#, "0.5") + "]"),
            #"t.json: correlations[0].between: found ["vendors[0].costPerAttempt", "vendors[\"agent\"].costPerAt…; names vendors[0].costPerAttempt twice; a parameter cannot be correlated with itself"#
        ),
        InvalidScenario(
            "repeated pair in the other order",
            scenario("[" + pair(success, attempt, "0.5") + ", " + pair(human, buyer, "0.3") + ", " + pair(attempt, success, "-0.2") + "]"),
            #"t.json: correlations[2].between: found ["vendors[0].costPerAttempt", "vendors[0].attemptSuccessRat…; the same pair as correlations[0].between (in either order); give each pair once"#
        ),
        InvalidScenario(
            "rank 1", scenario("[" + pair(success, attempt, "1") + "]"),
            "t.json: correlations[0].rank: found 1; must be a number with −1 < rank < 1"),
        InvalidScenario(
            "rank -1", scenario("[" + pair(success, attempt, "-1") + "]"),
            "t.json: correlations[0].rank: found -1; must be a number with −1 < rank < 1"),
        InvalidScenario(
            "rank out of range", scenario("[" + pair(success, attempt, "-1.5") + "]"),
            "t.json: correlations[0].rank: found -1.5; must be a number with −1 < rank < 1"),
        InvalidScenario(
            "rank not a number", scenario("[" + pair(success, attempt, #""high""#) + "]"),
            #"t.json: correlations[0].rank: found "high"; must be a number with −1 < rank < 1"#),
        InvalidScenario(
            "ranks that cannot hold together",
            scenario("[" + pair(human, success, "0.9") + ", " + pair(human, attempt, "0.8") + ", " + pair(success, attempt, "0.1") + "]"),
            "t.json: correlations[2].rank: found 0.1; the ranks (workload.humanCostPerTask, vendors[0].attemptSuccessRate) 0.9, "
                + "(workload.humanCostPerTask, vendors[0].costPerAttempt) 0.8 and (vendors[0].attemptSuccessRate, "
                + "vendors[0].costPerAttempt) 0.1 cannot hold together (the matrix of 2·sin(π·rank/6) is not positive definite); "
                + "with the others as given, this rank must lie between 0.48 and 0.98"),
    ]

    @Test(arguments: cases)
    func reportsTheExactMessage(_ scenario: InvalidScenario) throws {
        let error = try #require(ScenarioFixtures.error(scenario.json))
        #expect(error.description == scenario.message)
        #expect(error.issues.count == 1)
    }

    @Test func pathsAreStoredByIndexInFileOrder() throws {
        let json = Self.scenario(
            "[" + Self.pair(#"vendors[\"agent\"].attemptSuccessRate"#, #"vendors[\"agent\"].costPerAttempt"#, "-0.6") + ", "
                + Self.pair(#"offers[\"Per resolution\"].buyerCosts.perTask"#, #"[\"workload\"].humanCostPerTask"#, "0.4") + "]")
        let scenario = try ScenarioFixtures.load(json)
        #expect(
            scenario.correlations == [
                RankCorrelation(first: Self.success, second: Self.attempt, rank: -0.6),
                RankCorrelation(first: Self.buyer, second: Self.human, rank: 0.4),
            ])
        let uncertain = Set(scenario.uncertainParameters.map(\.path))
        #expect(scenario.correlations.allSatisfy { uncertain.contains($0.first) && uncertain.contains($0.second) })
    }

    @Test func anEmptyListOrNullIsNone() throws {
        #expect(try ScenarioFixtures.load(Self.scenario("[]")).correlations.isEmpty)
        #expect(try ScenarioFixtures.load(Self.scenario("null")).correlations.isEmpty)
    }

    @Test func ranksThatHoldTogetherLoad() throws {
        // Inside the range the message of the inconsistent case gives: 0.5 for (B, C).
        let json = Self.scenario(
            "[" + Self.pair(Self.human, Self.success, "0.9") + ", " + Self.pair(Self.human, Self.attempt, "0.8") + ", "
                + Self.pair(Self.success, Self.attempt, "0.5") + "]")
        #expect(try ScenarioFixtures.load(json).correlations.count == 3)
    }

    @Test func roundTrip() throws {
        let json = Self.scenario(
            "[" + Self.pair(Self.success, Self.attempt, "-0.6") + ", " + Self.pair(Self.human, Self.buyer, "0.35") + "]")
        let scenario = try ScenarioFixtures.load(json)
        #expect(scenario.jsonText.contains(#""correlations""#))
        #expect(try ScenarioFixtures.load(scenario.jsonText) == scenario)
        let none = try ScenarioFixtures.load(Self.scenario("[]"))
        #expect(!none.jsonText.contains("correlations"))
    }

    @Test func theThrowingInitializerChecksAndNormalizesCorrelations() throws {
        let base = try ScenarioFixtures.load(Self.scenario("[]"))
        func make(_ correlations: [RankCorrelation]) throws(ScenarioLoadError) -> Scenario {
            try Scenario(
                name: base.name, horizonMonths: base.horizonMonths, workload: base.workload, vendors: base.vendors,
                offers: base.offers, correlations: correlations)
        }
        let made = try make([RankCorrelation(first: #"vendors["agent"].costPerAttempt"#, second: Self.human, rank: 0.3)])
        #expect(made.correlations == [RankCorrelation(first: Self.attempt, second: Self.human, rank: 0.3)])
        #expect(throws: ScenarioLoadError.self) { try make([RankCorrelation(first: Self.attempt, second: Self.attempt, rank: 0.3)]) }
        do {
            _ = try make([RankCorrelation(first: Self.success, second: Self.attempt, rank: 1)])
            Issue.record("a rank of 1 must not be accepted")
        } catch {
            #expect(error.description == "scenario: correlations[0].rank: found 1; must be a number with −1 < rank < 1")
        }
    }

    @Test func settingACorrelatedParameterDropsItsPairs() throws {
        let json = Self.scenario(
            "[" + Self.pair(Self.success, Self.attempt, "-0.6") + ", " + Self.pair(Self.human, Self.buyer, "0.35") + ", "
                + Self.pair(Self.attempt, Self.human, "0.2") + "]")
        let scenario = try ScenarioFixtures.load(json)
        let variant = try scenario.setting(#"vendors["agent"].costPerAttempt"#, to: 0.25)
        #expect(variant.vendors[0].costPerAttempt == .fixed(0.25))
        #expect(variant.correlations == [RankCorrelation(first: Self.human, second: Self.buyer, rank: 0.35)])
        // A parameter that is in no pair leaves them all.
        let other = try scenario.setting("offers[0].pricing.price", to: 2)
        #expect(other.correlations == scenario.correlations)
    }

    /// A training lag set to 0 months is none: its initial success rate leaves its pairs.
    @Test func noTrainingLagNoInitialRatePairs() throws {
        let lag = "vendors[0].trainingLag.initialAttemptSuccessRate"
        let json = ScenarioFixtures.scenario(
            top: #""correlations": ["# + Self.pair(lag, Self.attempt, "0.4") + ", " + Self.pair(Self.success, Self.attempt, "-0.5") + "], ",
            workload: #"{"tasksPerMonth": 1000}"#,
            vendors: #"""
                [{"id": "agent", "attemptSuccessRate": {"beta": [8, 2]}, "costPerAttempt": {"triangular": [0.1, 0.2, 0.4]},
                  "trainingLag": {"months": 3, "initialAttemptSuccessRate": {"uniform": [0.2, 0.4]}}}]
                """#,
            offers: #"[{"name": "p", "pricing": {"model": "perOutcome", "price": 1}}]"#)
        let scenario = try ScenarioFixtures.load(json)
        #expect(scenario.correlations.count == 2)
        let variant = try scenario.setting("vendors[0].trainingLag.months", to: 0)
        #expect(variant.vendors[0].trainingLag == nil)
        #expect(variant.correlations == [RankCorrelation(first: Self.success, second: Self.attempt, rank: -0.5)])
        #expect(try scenario.setting("vendors[0].trainingLag.months", to: 2).correlations == scenario.correlations)
    }

    @Test func correlationsCannotBeSetToANumber() {
        #expect(ScenarioSettingTests.message("correlations", 1)?.contains("not a number, so it cannot be set") == true)
    }
}
