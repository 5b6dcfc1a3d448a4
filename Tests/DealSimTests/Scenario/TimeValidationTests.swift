import Foundation
import Testing

@testable import DealSim

/// The scenario format's fields of the model's §9 (seasonality, the trends, churn, the
/// minimum term and its fee): the exact message of each class of bad input, what loads,
/// the round trip, and correlations naming the new distribution-valued parameters.
@Suite struct TimeValidationTests {
    typealias F = ScenarioFixtures

    static func workload(_ members: String) -> String { F.scenario(workload: #"{"tasksPerMonth": 1000, "# + members + "}") }
    static func vendor(_ members: String) -> String { F.scenario(vendor: #""attemptSuccessRate": 0.8, "# + members) }
    static func terms(_ members: String) -> String {
        F.scenario(pricing: #"{"model": "perOutcome", "price": 1}"#, offerExtra: #", "terms": {"# + members + "}")
    }

    static let seasonalityRule = "must be an array of 12 numbers ≥ 0, the volume's multipliers from the horizon's month 1 on"

    static let cases: [InvalidScenario] = [
        // Seasonality: 12 plain numbers ≥ 0.
        InvalidScenario(
            "seasonality of 11 numbers", workload(#""seasonality": [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]"#),
            "t.json: workload.seasonality: found [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]; " + seasonalityRule),
        InvalidScenario(
            "seasonality of 13 numbers", workload(#""seasonality": [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]"#),
            "t.json: workload.seasonality: found [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]; " + seasonalityRule),
        InvalidScenario(
            "seasonality with a negative entry", workload(#""seasonality": [1, 1, 1, -0.5, 1, 1, 1, 1, 1, 1, 1, 1]"#),
            "t.json: workload.seasonality[3]: found -0.5; must be a number ≥ 0"),
        InvalidScenario(
            "seasonality with a distribution entry",
            workload(#""seasonality": [1, 1, {"uniform": [0.8, 1.2]}, 1, 1, 1, 1, 1, 1, 1, 1, 1]"#),
            #"t.json: workload.seasonality[2]: found {"uniform": [0.8, 1.2]}; must be a plain number, not a distribution"#),
        InvalidScenario(
            "seasonality with a string entry", workload(#""seasonality": [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, "1"]"#),
            #"t.json: workload.seasonality[11]: found "1"; must be a number"#),
        InvalidScenario(
            "seasonality not an array", workload(#""seasonality": 1.2"#),
            "t.json: workload.seasonality: found 1.2; " + seasonalityRule),
        InvalidScenario(
            "seasonality an object", workload(#""seasonality": {"jan": 1.2}"#),
            #"t.json: workload.seasonality: found {"jan": 1.2}; "# + seasonalityRule),
        // 10¹¹ · 20 = 2·10¹² in month 5, the seasonality's peak.
        InvalidScenario(
            "seasonal volume too large",
            F.scenario(workload: #"{"tasksPerMonth": 1e11, "seasonality": [1, 1, 1, 1, 20, 1, 1, 1, 1, 1, 1, 1]}"#),
            "t.json: workload: the expected volume mean(tasksPerMonth) · (1 + mean(monthlyGrowth))^(month − 1) · seasonality "
                + "reaches 2e+12 tasks in month 5; must stay ≤ 1e12 tasks a month so that counts fit the engine"),
        // 30 months growing 10%, a peak of 10 in every month 1 of a year: month 25 expects
        // 2·10¹⁰ · 1.1²⁴ · 10 = 2·10¹⁰ · 9.8497 · 10 = 1.97·10¹², above month 30's 2·10¹⁰ · 1.1²⁹ = 3.17·10¹¹.
        InvalidScenario(
            "seasonal volume too large in a later year",
            F.scenario(
                horizon: "30",
                workload: #"{"tasksPerMonth": 2e10, "monthlyGrowth": 0.1, "seasonality": [10, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]}"#),
            "t.json: workload: the expected volume mean(tasksPerMonth) · (1 + mean(monthlyGrowth))^(month − 1) · seasonality "
                + "reaches 1.97e+12 tasks in month 25; must stay ≤ 1e12 tasks a month so that counts fit the engine"),

        // The trends: ≥ −1, like monthlyGrowth.
        InvalidScenario(
            "cost trend below -1", vendor(#""costPerAttemptTrend": -1.5"#),
            "t.json: vendors[0].costPerAttemptTrend: found -1.5; must be a number ≥ -1"),
        InvalidScenario(
            "cost trend as a normal", vendor(#""costPerAttemptTrend": {"normal": [-0.03, 0.02]}"#),
            #"t.json: vendors[0].costPerAttemptTrend: found {"normal": [-0.03, 0.02]}; every draw must be ≥ -1, so a normal distribution needs sd = 0"#
        ),
        InvalidScenario(
            "failure trend drawn below -1", vendor(#""failureRateTrend": {"triangular": [-1.2, -0.05, 0]}"#),
            #"t.json: vendors[0].failureRateTrend: found {"triangular": [-1.2, -0.05, 0]}; every draw must be ≥ -1"#),
        InvalidScenario(
            "failure trend not a number", vendor(#""failureRateTrend": "-5%""#),
            #"t.json: vendors[0].failureRateTrend: found "-5%"; must be a number or a distribution such as {"pert": [min, mode, max]}"#),

        // Churn: a rate.
        InvalidScenario(
            "churn above 1", workload(#""monthlyChurn": 1.5"#), "t.json: workload.monthlyChurn: found 1.5; must be a number in 0…1"),
        // normal(0.1, 0.03): α + β = 0.1 · 0.9 / 0.03² − 1 = 99, α = 9.9, β = 89.1 → 89 at 2 digits;
        // beta(9.9, 89) has mean 0.1001 and sd 0.03003, both within 2% of the sd 0.03.
        InvalidScenario(
            "churn as a normal", workload(#""monthlyChurn": {"normal": [0.1, 0.03]}"#),
            #"t.json: workload.monthlyChurn: found {"normal": [0.1, 0.03]}; a rate is never normal or ci90: every draw must be in 0…1; "#
                + #"use {"beta": [9.9, 89]} instead, a beta with about the same mean and sd"#),
        InvalidScenario(
            "churn drawn above 1", workload(#""monthlyChurn": {"uniform": [0, 1.5]}"#),
            #"t.json: workload.monthlyChurn: found {"uniform": [0, 1.5]}; every draw must be in 0…1"#),
        InvalidScenario(
            "misspelt churn", workload(#""monthlyChrun": 0.05"#), "t.json: workload.monthlyChrun: unknown key; did you mean 'monthlyChurn'?"
        ),

        // The minimum term and its fee: plain numbers of the contract.
        InvalidScenario(
            "minimum term of 2.5 months", terms(#""minimumTermMonths": 2.5"#),
            "t.json: offers[0].terms.minimumTermMonths: found 2.5; must be a whole number ≥ 0"),
        InvalidScenario(
            "negative minimum term", terms(#""minimumTermMonths": -3"#),
            "t.json: offers[0].terms.minimumTermMonths: found -3; must be a whole number ≥ 0"),
        InvalidScenario(
            "uncertain minimum term", terms(#""minimumTermMonths": {"uniform": [6, 12]}"#),
            #"t.json: offers[0].terms.minimumTermMonths: found {"uniform": [6, 12]}; must be a plain whole number; the contract is not uncertain"#
        ),
        InvalidScenario(
            "negative termination fee", terms(#""minimumTermMonths": 12, "earlyTerminationFee": -1"#),
            "t.json: offers[0].terms.earlyTerminationFee: found -1; must be a number ≥ 0"),
        InvalidScenario(
            "uncertain termination fee", terms(#""earlyTerminationFee": {"ci90": [1000, 5000]}"#),
            #"t.json: offers[0].terms.earlyTerminationFee: found {"ci90": [1000, 5000]}; must be a plain number; the contract is not uncertain"#
        ),
    ]

    @Test(arguments: cases)
    func reportsTheExactMessage(_ scenario: InvalidScenario) throws {
        let error = try #require(F.error(scenario.json))
        #expect(error.description == scenario.message)
        #expect(error.issues.count == 1)
    }

    /// Every §9 field at an edge of what it allows loads, and a scenario survives its round
    /// trip through JSON.
    @Test func theEdgesLoadAndRoundTrip() throws {
        let json = F.scenario(
            workload: #"{"tasksPerMonth": 1000, "seasonality": [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], "monthlyChurn": 1}"#,
            vendors: #"[{"id": "agent", "attemptSuccessRate": 0.8, "costPerAttemptTrend": -1, "failureRateTrend": {"uniform": [-1, 2]}}]"#,
            offers:
                #"[{"name": "A", "pricing": {"model": "perOutcome", "price": 1}, "terms": {"minimumTermMonths": 0, "earlyTerminationFee": 0}}]"#
        )
        let scenario = try F.load(json)
        #expect(scenario.workload.seasonality == Array(repeating: 0, count: 12))
        #expect(scenario.workload.monthlyChurn == .fixed(1))
        #expect(scenario.vendors[0].costPerAttemptTrend == .fixed(-1))
        #expect(scenario.vendors[0].failureRateTrend == .uniform(-1, 2))
        #expect(try F.load(scenario.jsonText) == scenario)
        // A churn of 0 is a churn (deal_months and p_ends_early are reported), not none.
        let still = try F.load(Self.workload(#""monthlyChurn": 0"#))
        #expect(still.workload.monthlyChurn == .fixed(0))
        #expect(try F.load(still.jsonText).workload.monthlyChurn == .fixed(0))
        #expect(SummaryMetric.reported(in: still).contains(.probabilityEndsEarly))
        let full = try F.load(TimeDeterminismTests.json)
        #expect(try F.load(full.jsonText) == full)
        #expect(full.offers[0].terms.minimumTermMonths == 12 && full.offers[0].terms.earlyTerminationFee == 4_000)
        // Without the fields, nothing of §9: no seasonality, no churn, trends of 0, no term.
        let plain = try F.load(F.scenario())
        #expect(plain.workload.seasonality == nil && plain.workload.monthlyChurn == nil)
        #expect(plain.vendors[0].costPerAttemptTrend == .fixed(0) && plain.vendors[0].failureRateTrend == .fixed(0))
        #expect(plain.offers[0].terms == DealTerms())
        #expect(!plain.jsonText.contains("seasonality") && !plain.jsonText.contains("Trend") && !plain.jsonText.contains("Churn"))
    }

    // MARK: Correlations

    static func correlated(_ correlations: String, churn: String = #"{"beta": [2, 50]}"#) -> String {
        F.scenario(
            top: #""correlations": "# + correlations + ", ",
            workload: #"{"tasksPerMonth": 1000, "humanCostPerTask": {"pert": [3, 5, 9]}, "monthlyChurn": "# + churn + "}",
            vendors: #"[{"id": "agent", "attemptSuccessRate": 0.8, "costPerAttemptTrend": {"uniform": [-0.05, 0]}}]"#)
    }

    static let pair = ScenarioCorrelationTests.pair

    /// A correlation may name the churn and the trends when they are distributions.
    @Test func correlationsNameTheNewParameters() throws {
        let json = Self.correlated(
            "[" + Self.pair("workload.monthlyChurn", #"vendors[\"agent\"].costPerAttemptTrend"#, "0.6") + ", "
                + Self.pair("workload.humanCostPerTask", "workload.monthlyChurn", "-0.3") + "]")
        let scenario = try F.load(json)
        #expect(
            scenario.correlations == [
                RankCorrelation(first: "workload.monthlyChurn", second: "vendors[0].costPerAttemptTrend", rank: 0.6),
                RankCorrelation(first: "workload.humanCostPerTask", second: "workload.monthlyChurn", rank: -0.3),
            ])
        #expect(
            scenario.uncertainParameters.map(\.path) == [
                "workload.humanCostPerTask", "workload.monthlyChurn", "vendors[0].costPerAttemptTrend",
            ])
    }

    static let correlationCases: [InvalidScenario] = [
        InvalidScenario(
            "a fixed churn", correlated("[" + pair("workload.monthlyChurn", "workload.humanCostPerTask", "0.5") + "]", churn: "0.05"),
            #"t.json: correlations[0].between[0]: found "workload.monthlyChurn"; a fixed number (0.05); only a parameter given as a distribution can be correlated"#
        ),
        InvalidScenario(
            "a failure trend not given", correlated("[" + pair("workload.monthlyChurn", "vendors[0].failureRateTrend", "0.5") + "]"),
            #"t.json: correlations[0].between[1]: found "vendors[0].failureRateTrend"; a fixed number (0); only a parameter given as a distribution can be correlated"#
        ),
        InvalidScenario(
            "a near miss", correlated("[" + pair("workload.monthlyChurn", "vendors[0].costPerAttemptTrnd", "0.5") + "]"),
            #"t.json: correlations[0].between[1]: found "vendors[0].costPerAttemptTrnd"; not a distribution-valued parameter of the scenario; did you mean 'vendors[0].costPerAttemptTrend'?"#
        ),
    ]

    @Test(arguments: correlationCases)
    func correlationMessages(_ scenario: InvalidScenario) throws {
        let error = try #require(F.error(scenario.json))
        #expect(error.description == scenario.message)
    }
}
