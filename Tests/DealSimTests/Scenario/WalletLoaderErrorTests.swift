import Foundation
import Testing

@testable import DealSim

/// The exact message for each class of bad input to the constructs of MODEL.md §6 and §7:
/// `package`, `credits`, `terms.commitment`, `terms.paymentTermsDays` and
/// `workload.monthlyBudget`, each file with exactly one issue.
@Suite struct WalletLoaderErrorTests {
    /// A wallet of one credit an outcome with these other members.
    static func wallet(_ members: String) -> String {
        F.scenario(pricing: #"{"model": "credits", "creditsPerOutcome": 1"# + members + "}")
    }

    /// An offer at $1 an outcome with these terms.
    static func terms(_ terms: String) -> String {
        F.scenario(pricing: #"{"model": "perOutcome", "price": 1}"#, offerExtra: #", "terms": "# + terms)
    }

    /// A workload of 1,000 tasks a month with these other members.
    static func workload(_ members: String) -> String {
        F.scenario(workload: #"{"tasksPerMonth": 1000"# + members + "}")
    }

    static let cases: [InvalidScenario] = [
        // credits: what the work consumes.
        InvalidScenario(
            "wallet consuming no credits",
            F.scenario(pricing: #"{"model": "credits", "creditsPerMonth": 1000, "overagePrice": 1}"#),
            "t.json: offers[0].pricing: the work consumes no credits; set creditsPerOutcome, creditsPerTask or creditsPerAttempt above 0"),
        InvalidScenario(
            "wallet consuming 0 credits of everything",
            F.scenario(
                pricing:
                    #"{"model": "credits", "creditsPerOutcome": 0, "creditsPerTask": 0, "creditsPerAttempt": 0, "overagePrice": 1}"#),
            "t.json: offers[0].pricing: the work consumes no credits; set creditsPerOutcome, creditsPerTask or creditsPerAttempt above 0"),
        InvalidScenario(
            "negative credits per task", wallet(#", "creditsPerTask": -1, "overagePrice": 1"#),
            "t.json: offers[0].pricing.creditsPerTask: found -1; must be a number ≥ 0"),

        // credits: the price of a shortfall, by mode.
        InvalidScenario(
            "overagePrice missing with overage", wallet(#", "whenExhausted": "overage""#),
            "t.json: offers[0].pricing.overagePrice: missing; required when whenExhausted is overage"),
        InvalidScenario(
            "overagePrice missing with the default mode", wallet(""),
            "t.json: offers[0].pricing.overagePrice: missing; required when whenExhausted is overage, its default"),
        InvalidScenario(
            "topUp without topUpCredits", wallet(#", "whenExhausted": "topUp", "topUpPrice": 200"#),
            "t.json: offers[0].pricing.topUpCredits: missing; required when whenExhausted is topUp"),
        InvalidScenario(
            "topUp without topUpPrice", wallet(#", "whenExhausted": "topUp", "topUpCredits": 250"#),
            "t.json: offers[0].pricing.topUpPrice: missing; required when whenExhausted is topUp"),
        InvalidScenario(
            "overagePrice given with topUp",
            wallet(#", "whenExhausted": "topUp", "topUpCredits": 250, "topUpPrice": 200, "overagePrice": 0.5"#),
            "t.json: offers[0].pricing.overagePrice: found 0.5; applies only when whenExhausted is overage; leave it out"),
        InvalidScenario(
            "topUpPrice given with the default mode", wallet(#", "overagePrice": 0.5, "topUpPrice": 200"#),
            "t.json: offers[0].pricing.topUpPrice: found 200; applies only when whenExhausted is topUp; leave it out"),
        InvalidScenario(
            "overagePrice given with pause", wallet(#", "whenExhausted": "pause", "overagePrice": 0.5"#),
            "t.json: offers[0].pricing.overagePrice: found 0.5; applies only when whenExhausted is overage; leave it out"),
        InvalidScenario(
            "misspelt whenExhausted", wallet(#", "whenExhausted": "topup", "topUpCredits": 250, "topUpPrice": 200"#),
            #"t.json: offers[0].pricing.whenExhausted: found "topup"; must be one of overage, topUp, pause; did you mean 'topUp'?"#),
        InvalidScenario(
            "topUpCredits 0", wallet(#", "whenExhausted": "topUp", "topUpCredits": 0, "topUpPrice": 200"#),
            "t.json: offers[0].pricing.topUpCredits: found 0; must be a whole number ≥ 1"),
        InvalidScenario(
            "fractional topUpCredits", wallet(#", "whenExhausted": "topUp", "topUpCredits": 2.5, "topUpPrice": 200"#),
            "t.json: offers[0].pricing.topUpCredits: found 2.5; must be a whole number ≥ 1"),

        // credits: rollover.
        InvalidScenario(
            "misspelt rollover", wallet(#", "overagePrice": 1, "rollover": "al""#),
            #"t.json: offers[0].pricing.rollover: found "al"; must be "none", "all" or the most credits carried, a number ≥ 0; did you mean 'all'?"#
        ),
        InvalidScenario(
            "rollover word far from any", wallet(#", "overagePrice": 1, "rollover": "monthly""#),
            #"t.json: offers[0].pricing.rollover: found "monthly"; must be "none", "all" or the most credits carried, a number ≥ 0"#),
        InvalidScenario(
            "rollover of another type", wallet(#", "overagePrice": 1, "rollover": true"#),
            #"t.json: offers[0].pricing.rollover: found true; must be "none", "all" or the most credits carried, a number ≥ 0"#),
        InvalidScenario(
            "negative rollover", wallet(#", "overagePrice": 1, "rollover": -5"#),
            "t.json: offers[0].pricing.rollover: found -5; must be a number ≥ 0"),

        // package.
        InvalidScenario(
            "package of 0 units",
            F.scenario(pricing: #"{"model": "package", "metric": "outcomes", "unitsPerPackage": 0, "pricePerPackage": 50}"#),
            "t.json: offers[0].pricing.unitsPerPackage: found 0; must be a whole number ≥ 1"),
        InvalidScenario(
            "package of fractional units",
            F.scenario(pricing: #"{"model": "package", "metric": "tasks", "unitsPerPackage": 10.5, "pricePerPackage": 50}"#),
            "t.json: offers[0].pricing.unitsPerPackage: found 10.5; must be a whole number ≥ 1"),
        InvalidScenario(
            "package of an unknown metric",
            F.scenario(pricing: #"{"model": "package", "metric": "outcome", "unitsPerPackage": 1000, "pricePerPackage": 50}"#),
            #"t.json: offers[0].pricing.metric: found "outcome"; must be one of outcomes, tasks, attempts; did you mean 'outcomes'?"#),
        InvalidScenario(
            "package without its price", F.scenario(pricing: #"{"model": "package", "metric": "attempts", "unitsPerPackage": 1000}"#),
            "t.json: offers[0].pricing.pricePerPackage: missing; required"),
        InvalidScenario(
            "package with negative free units",
            F.scenario(
                pricing: #"{"model": "package", "metric": "outcomes", "unitsPerPackage": 1000, "pricePerPackage": 50, "freeUnits": -1}"#),
            "t.json: offers[0].pricing.freeUnits: found -1; must be a whole number ≥ 0"),

        // terms.commitment.
        InvalidScenario(
            "commitment without an amount", terms(#"{"commitment": {"periodMonths": 3}}"#),
            "t.json: offers[0].terms.commitment.amount: missing; required"),
        InvalidScenario(
            "commitment of 0", terms(#"{"commitment": {"amount": 0, "periodMonths": 3}}"#),
            "t.json: offers[0].terms.commitment.amount: found 0; must be a number > 0"),
        InvalidScenario(
            "commitment over 0 months", terms(#"{"commitment": {"amount": 3000, "periodMonths": 0}}"#),
            "t.json: offers[0].terms.commitment.periodMonths: found 0; must be a whole number ≥ 1"),
        InvalidScenario(
            "commitment with an unknown key", terms(#"{"commitment": {"amount": 3000, "periodMonths": 3, "period": 3}}"#),
            "t.json: offers[0].terms.commitment.period: unknown key; allowed keys: amount, periodMonths"),
        InvalidScenario(
            "commitment with a misspelt key", terms(#"{"commitment": {"amount": 3000, "periodMonths": 3, "amont": 5}}"#),
            "t.json: offers[0].terms.commitment.amont: unknown key; did you mean 'amount'?"),
        InvalidScenario(
            "commitment as a number", terms(#"{"commitment": 3000}"#),
            "t.json: offers[0].terms.commitment: found 3000; must be an object"),

        // terms.paymentTermsDays.
        InvalidScenario(
            "payment terms of 400 days", terms(#"{"paymentTermsDays": 400}"#),
            "t.json: offers[0].terms.paymentTermsDays: found 400; must be a whole number in 0…365"),
        InvalidScenario(
            "payment terms of 30.5 days", terms(#"{"paymentTermsDays": 30.5}"#),
            "t.json: offers[0].terms.paymentTermsDays: found 30.5; must be a whole number in 0…365"),

        // workload.monthlyBudget.
        InvalidScenario(
            "budget of 0", workload(#", "monthlyBudget": 0"#), "t.json: workload.monthlyBudget: found 0; must be a number > 0"),
        InvalidScenario(
            "budget as a distribution", workload(#", "monthlyBudget": {"uniform": [1000, 2000]}"#),
            #"t.json: workload.monthlyBudget: found {"uniform": [1000, 2000]}; must be a plain number, not a distribution"#),
    ]

    @Test(arguments: cases)
    func reportsTheExactMessage(_ scenario: InvalidScenario) throws {
        let error = try #require(F.error(scenario.json))
        #expect(error.description == scenario.message)
        #expect(error.issues.count == 1)
        #expect(error.kind == .invalidScenario)
    }

    @Test func theCasesAreDistinct() {
        #expect(Set(Self.cases.map(\.name)).count == Self.cases.count)
        #expect(Set(Self.cases.map(\.json)).count == Self.cases.count)
    }

    @Test func topUpWithoutEitherKeyNamesBoth() throws {
        let error = try #require(F.error(Self.wallet(#", "whenExhausted": "topUp""#)))
        #expect(
            error.description == """
                t.json: offers[0].pricing.topUpCredits: missing; required when whenExhausted is topUp
                t.json: offers[0].pricing.topUpPrice: missing; required when whenExhausted is topUp
                """)
    }

    @Test func theValidConstructsLoad() throws {
        // The good counterparts of the cases above load: every mode with its keys, rollover
        // words and numbers, a package, a commitment, payment terms and a budget.
        for members in [
            #", "overagePrice": 0"#, #", "whenExhausted": "topUp", "topUpCredits": 1, "topUpPrice": 0"#,
            #", "whenExhausted": "pause", "rollover": "all""#, #", "overagePrice": 1, "rollover": 0"#,
            #", "overagePrice": 1, "rollover": "none""#, #", "overagePrice": 1, "rollover": 2.5"#,
        ] {
            #expect(F.error(Self.wallet(members)) == nil, "\(members)")
        }
        #expect(F.error(Self.terms(#"{"commitment": {"amount": 0.01, "periodMonths": 1}, "paymentTermsDays": 365}"#)) == nil)
        #expect(F.error(Self.terms(#"{"paymentTermsDays": 0}"#)) == nil)
        #expect(F.error(Self.workload(#", "monthlyBudget": 0.01"#)) == nil)
        #expect(
            F.error(
                F.scenario(pricing: #"{"model": "package", "metric": "tasks", "unitsPerPackage": 1, "pricePerPackage": 0, "freeUnits": 0}"#)
            )
                == nil)
    }
}
