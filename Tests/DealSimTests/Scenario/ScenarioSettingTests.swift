import Foundation
import Testing

@testable import DealSim

/// Setting one parameter of a scenario (ScenarioFormat article, "Parameter paths"): every path form, the same checks as a
/// file, and clear errors for a path that names no number.
@Suite struct ScenarioSettingTests {
    /// The scenario format's example.
    static let example = Scenario.valid { try ScenarioFixtures.load(ScenarioFixtures.modelExample) }
    /// A scenario with every construct of the format.
    static let everything = Scenario.valid { try ScenarioFixtures.load(ScenarioJSONTests.everyConstruct) }

    /// ``everything`` without the first vendor's training lag.
    static let withoutTrainingLag = Scenario.valid { try everything.setting("vendors[0].trainingLag.months", to: 0) }
    /// ``example`` with a monthly cap of 800 on its second offer.
    static let capped = Scenario.valid { try example.setting("offers[1].terms.monthlyCap", to: 800) }

    /// The message of the error setting `path` to `value` throws, or `nil` when it sets.
    static func message(_ path: String, _ value: Double, in scenario: Scenario = example) -> String? {
        do {
            _ = try scenario.setting(path, to: value)
            return nil
        } catch {
            return error.description
        }
    }

    /// `text` with `old` replaced by `new`, which must occur exactly once.
    static func edited(_ text: String, _ old: String, _ new: String) -> String {
        #expect(text.components(separatedBy: old).count == 2, "\(old) must occur once")
        return text.replacingOccurrences(of: old, with: new)
    }

    // MARK: Setting

    /// Setting then loading is editing the file by hand: a distribution replaced by a number,
    /// a price of a single charge and of an array of charges, a term left out.
    @Test(arguments: [
        ("workload.humanCostPerTask", 9.5, #""humanCostPerTask": {"ci90": [6, 15]}"#, #""humanCostPerTask": 9.5"#),
        ("vendors[0].attemptSuccessRate", 0.9, #""attemptSuccessRate": {"beta": [16, 4]}"#, #""attemptSuccessRate": 0.9"#),
        ("offers[0].pricing.price", 1.25, #""price": 0.99"#, #""price": 1.25"#),
        ("offers[1].pricing[0].monthly", 750, #""monthly": 500"#, #""monthly": 750"#),
        ("offers[1].pricing[1].price", 0.25, #""price": 0.5"#, #""price": 0.25"#),
        ("offers[1].terms.monthlyCap", 800, #""freeMonths": 2,"#, #""freeMonths": 2, "monthlyCap": 800,"#),
        (
            "offers[0].terms.monthlyCap", 600, #""pricing": {"model": "perOutcome", "price": 0.99}}"#,
            #""pricing": {"model": "perOutcome", "price": 0.99}, "terms": {"monthlyCap": 600}}"#
        ),
        ("workload.savingsPerOutcome", 4, #""savingsPerOutcome": null"#, #""savingsPerOutcome": 4"#),
        ("workload.tasksPerMonth", 12_345, #""tasksPerMonth": 20000"#, #""tasksPerMonth": 12345"#),
        ("horizonMonths", 36, #""horizonMonths": 24"#, #""horizonMonths": 36"#),
        ("seed", 7, #""seed": 2026"#, #""seed": 7"#),
        ("vendors[0].maxAttempts", 3, #""maxAttempts": 2"#, #""maxAttempts": 3"#),
        ("vendors[0].trainingLag.months", 0, #""months": 3"#, #""months": 0"#),
        ("offers[0].buyerCosts.perDispute", 2, #""price": 0.99}}"#, #""price": 0.99}, "buyerCosts": {"perDispute": 2}}"#),
    ])
    func settingIsEditingTheFile(path: String, value: Double, old: String, new: String) throws {
        let byHand = try ScenarioFixtures.load(Self.edited(ScenarioFixtures.modelExample, old, new))
        #expect(try Self.example.setting(path, to: value) == byHand)
        #expect(byHand != Self.example)
    }

    /// An index may be written as the vendor's id or the offer's (or tier's) name in quotes.
    @Test func elementsByName() throws {
        let example = Self.example
        #expect(
            try example.setting(#"offers["Per resolution"].pricing.price"#, to: 1.1)
                == example.setting("offers[0].pricing.price", to: 1.1))
        #expect(
            try example.setting(#"offers["Platform + outcome"].pricing[0].monthly"#, to: 1)
                == example.setting("offers[1].pricing[0].monthly", to: 1))
        #expect(try example.setting(#"vendors["agent"].reopenRate"#, to: 0.1) == example.setting("vendors[0].reopenRate", to: 0.1))
        let tiered = try Self.everything.setting(#"offers["Tiered, Enterprise"].pricing.tiers["Enterprise"].monthlyFee"#, to: 1)
        guard case .tiered(let charge) = tiered.offers[3].charges[0] else {
            Issue.record("not tiered")
            return
        }
        #expect(charge.tiers.map(\.monthlyFee) == [10_000, 1])
        #expect(charge.plan == .tier(1))
    }

    /// The single charge of a pricing is `pricing`, and `pricing[0]` names it too.
    @Test func aSingleChargeIsAlsoTheFirst() throws {
        #expect(try Self.example.setting("offers[0].pricing[0].price", to: 2) == Self.example.setting("offers[0].pricing.price", to: 2))
    }

    /// Every number of every pricing model can be set.
    @Test(arguments: [
        "offers[1].pricing.monthlyCap", "offers[2].pricing.overagePrice", "offers[2].pricing.tiers[0].includedOutcomes",
        "offers[4].pricing.brackets[1].flatFee", "offers[4].pricing.brackets[0].upTo", "offers[6].pricing.target",
        "offers[6].pricing.bonus", "offers[7].pricing[0].percent", "offers[7].pricing[1].monthlyCap",
        "offers[8].pricing[2].markup", "offers[8].pricing[3].seats", "offers[8].pricing[4].monthly",
        "offers[8].buyerCosts.perMonth", "offers[1].terms.freeMonths", "vendors[1].disputeCost", "trials",
    ])
    func everyModelsNumbers(path: String) throws {
        let variant = try Self.everything.setting(path, to: 5)
        #expect(variant != Self.everything)
        #expect(variant.jsonText != Self.everything.jsonText)
    }

    /// A variant is checked like a file: the file's message, at the path with indices.
    @Test func variantsAreChecked() {
        #expect(Self.message("vendors[0].reopenRate", 1.5) == "scenario: vendors[0].reopenRate: found 1.5; must be a number in 0…1")
        #expect(
            Self.message(#"vendors["agent"].attemptSuccessRate"#, -0.1)
                == "scenario: vendors[0].attemptSuccessRate: found -0.1; must be a number in 0…1")
        #expect(Self.message("horizonMonths", 2.5) == "scenario: horizonMonths: found 2.5; must be a whole number in 1…600")
        #expect(
            Self.message("vendors[0].maxAttempts", 101) == "scenario: vendors[0].maxAttempts: found 101; must be a whole number in 1…100")
        #expect(Self.message("seed", -1) == "scenario: seed: found -1; must be a whole number in 0…18446744073709551615")
        #expect(Self.message("offers[0].pricing.price", -1) == "scenario: offers[0].pricing.price: found -1; must be a number ≥ 0")
        #expect(
            Self.message("offers[1].terms.minimumMonthly", 900, in: Self.capped)
                == "scenario: offers[1].terms.minimumMonthly: found 900; must be ≤ monthlyCap (800)")
        #expect(
            Self.message("vendors[0].trainingLag.initialAttemptSuccessRate", 0.5, in: Self.withoutTrainingLag)
                == "scenario: vendors[0].trainingLag.months: missing; required")
        #expect(
            Self.message("workload.tasksPerMonth", 1e13)
                == "scenario: workload: the expected volume mean(tasksPerMonth) · (1 + mean(monthlyGrowth))^(month − 1) reaches "
                + "1.58e+13 tasks in month 24; must stay ≤ 1e12 tasks a month so that counts fit the engine")
        #expect(
            Self.message("offers[4].pricing.brackets[2].upTo", 30, in: Self.everything)
                == "scenario: offers[4].pricing.brackets[2].upTo: found 30; must be null: the last bracket has no limit")
        #expect(Self.message("offers[0].pricing.price", .nan) == "scenario: offers[0].pricing.price: found nan; must be a finite number")
        #expect(Self.message("horizonMonths", -.infinity) == "scenario: horizonMonths: found -inf; must be a finite number")
    }

    /// A training lag the vendor does not have can be started, and the validator asks for
    /// the rest of it.
    @Test func aTrainingLagLeftOut() throws {
        #expect(
            Self.message("vendors[1].trainingLag.months", 2, in: Self.everything)
                == "scenario: vendors[1].trainingLag.initialAttemptSuccessRate: missing; required when months > 0")
        let variant = try Self.everything.setting("vendors[1].trainingLag.months", to: 0)
        #expect(variant == Self.everything)
    }

    // MARK: Paths that name no number

    @Test func pathsThatNameNoNumber() {
        let messages: [(String, String)] = [
            ("workload.taskPerMonth", "scenario: workload.taskPerMonth: unknown parameter; did you mean 'tasksPerMonth'?"),
            ("offers[0].pricing.monthlyCap", "scenario: offers[0].pricing.monthlyCap: unknown parameter; allowed here: price"),
            ("colour", "scenario: colour: unknown parameter; allowed here: horizonMonths, trials, seed, workload, vendors, offers"),
            (
                "offers[1].terms.cap",
                "scenario: offers[1].terms.cap: unknown parameter; allowed here: freeMonths, minimumMonthly, monthlyCap, implementationFee, commitment, paymentTermsDays, minimumTermMonths, earlyTerminationFee"
            ),
            (
                "name",
                #"scenario: name: found "support-agent"; not a number, so it cannot be set; allowed here: horizonMonths, trials, seed, workload, vendors, offers"#
            ),
            (
                "offers[0].vendor",
                #"scenario: offers[0].vendor: found "agent"; not a number, so it cannot be set; allowed here: pricing, terms, buyerCosts"#
            ),
            (
                "workload",
                "scenario: workload: an object, not a number; continue with one of its keys: tasksPerMonth, monthlyGrowth, "
                    + "volumeVolatility, humanCostPerTask, revenuePerOutcome, savingsPerOutcome, monthlyBudget, seasonality, monthlyChurn"
            ),
            (
                "workload[0]",
                "scenario: workload: an object, not a number; continue with one of its keys: tasksPerMonth, monthlyGrowth, volumeVolatility, humanCostPerTask, revenuePerOutcome, savingsPerOutcome, monthlyBudget, seasonality, monthlyChurn"
            ),
            ("offers[0].pricing", "scenario: offers[0].pricing: an object, not a number; continue with one of its keys: price"),
            (
                "offers",
                #"scenario: offers: an array of 2 offers, not a number; continue with an element by index, offers[0] … offers[1], or by name, offers["…"]"#
            ),
            (
                "vendors.reopenRate",
                #"scenario: vendors: an array of 1 vendor, not a number; continue with an element by index, vendors[0], or by id, vendors["…"]"#
            ),
            (
                "offers[1].pricing",
                "scenario: offers[1].pricing: an array of 2 charges, not a number; continue with an element by index, "
                    + "offers[1].pricing[0] … offers[1].pricing[1]"
            ),
            ("offers[2].pricing.price", "scenario: offers[2]: no such offer; there are 2 offers: offers[0] … offers[1]"),
            ("vendors[1].reopenRate", "scenario: vendors[1]: no such vendor; there is 1 vendor: vendors[0]"),
            ("offers[0].pricing[1].price", "scenario: offers[0].pricing[1]: no such charge; there is 1 charge: offers[0].pricing[0]"),
            (
                "offers[1].pricing[2].price",
                "scenario: offers[1].pricing[2]: no such charge; there are 2 charges: offers[1].pricing[0] … offers[1].pricing[1]"
            ),
            (#"vendors["agnt"].reopenRate"#, #"scenario: vendors: found "agnt"; no vendor has this id; ids: agent; did you mean 'agent'?"#),
            (
                #"offers["Per outcome"].pricing.price"#,
                #"scenario: offers: found "Per outcome"; no offer has this name; names: Per resolution, Platform + outcome"#
            ),
            (
                #"offers[1].pricing["first"].monthly"#,
                "scenario: offers[1].pricing: an array of 2 charges, not a number; continue with an element by index, offers[1].pricing[0] … offers[1].pricing[1]"
            ),
            ("workload.humanCostPerTask.ci90", "scenario: workload.humanCostPerTask: a number parameter has no parts; set it as a whole"),
            ("workload.tasksPerMonth[0]", "scenario: workload.tasksPerMonth: a number parameter has no parts; set it as a whole"),
        ]
        for (path, message) in messages {
            #expect(Self.message(path, 1) == message, "\(path)")
        }
        #expect(
            Self.message("offers[1].pricing.atCap", 1, in: Self.everything)
                == #"scenario: offers[1].pricing.atCap: found "pause"; not a number, so it cannot be set; allowed here: price, monthlyCap"#)
        #expect(
            Self.message(#"offers[4].pricing.brackets["top"].upTo"#, 1, in: Self.everything)
                == "scenario: offers[4].pricing.brackets: an array of 3 brackets, not a number; continue with an element by index, "
                + "offers[4].pricing.brackets[0] … offers[4].pricing.brackets[2]")
        #expect(
            Self.message(#"offers[2].pricing.tiers["Team"].monthlyFee"#, 1, in: Self.everything)
                == #"scenario: offers[2].pricing.tiers: found "Team"; no tier has this name; names: Pro, Enterprise"#)
    }

    /// A path problem is one issue, kind invalidScenario, with the column of the step in
    /// the path's text where it fails.
    @Test func pathProblemsAreStructured() throws {
        do {
            _ = try Self.example.setting("offers[0].pricing.montlyCap", to: 1)
            Issue.record("no error")
        } catch {
            #expect(error.kind == .invalidScenario && error.fileName == "scenario")
            #expect(
                error.issues == [
                    ScenarioIssue(
                        path: ScenarioPath([.key("offers"), .index(0), .key("pricing"), .key("montlyCap")]),
                        problem: .parameter(.unknownKey(suggestion: nil, allowed: ["price"])), line: 1, column: 18)
                ])
        }
    }
}
