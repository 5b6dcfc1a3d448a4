import Foundation
import Testing

@testable import DealSim

/// One scenario file that breaks the format, and the exact message it must give.
struct InvalidScenario: Sendable, CustomTestStringConvertible {
    var name: String
    var json: String
    var message: String
    var testDescription: String { name }

    init(_ name: String, _ json: String, _ message: String) {
        self.name = name
        self.json = json
        self.message = message
    }
}

typealias F = ScenarioFixtures

@Suite struct ScenarioLoaderErrorTests {
    static let cases: [InvalidScenario] = [
        // Types and presence.
        InvalidScenario(
            "wrong type for a count", F.scenario(horizon: #""24""#),
            #"t.json: horizonMonths: found "24"; must be a whole number in 1…600"#),
        InvalidScenario(
            "wrong type for a distribution", F.scenario(workload: #"{"tasksPerMonth": 1000, "humanCostPerTask": "abc"}"#),
            #"t.json: workload.humanCostPerTask: found "abc"; must be a number or a distribution such as {"pert": [min, mode, max]}"#),
        InvalidScenario(
            "wrong type for a price", F.scenario(pricing: #"{"model": "perOutcome", "price": "abc"}"#),
            #"t.json: offers[0].pricing.price: found "abc"; must be a number"#),
        InvalidScenario(
            "wrong type for an object", F.scenario(workload: "[1000]"),
            "t.json: workload: found [1000]; must be an object"),
        InvalidScenario(
            "missing field", F.scenario(vendors: #"[{"id": "agent", "maxAttempts": 2}]"#),
            "t.json: vendors[0].attemptSuccessRate: missing; required"),
        InvalidScenario(
            "missing name",
            #"{"horizonMonths": 12, "workload": {"tasksPerMonth": 1}, "vendors": [{"id": "a", "attemptSuccessRate": 1}], "offers": [{"name": "A", "pricing": {"model": "fixedFee", "monthly": 1}}]}"#,
            "t.json: name: missing; required"),
        InvalidScenario(
            "top level not an object", "[1, 2]", "t.json: found [1, 2]; must be an object"),
        InvalidScenario(
            "name with a space", F.scenario().replacingOccurrences(of: #""name": "t""#, with: #""name": "support agent""#),
            #"t.json: name: found "support agent"; must be one or more letters, digits, '-' or '_'"#),
        InvalidScenario(
            "lowercase currency", F.scenario(top: #""currency": "usd", "#),
            #"t.json: currency: found "usd"; must be 3 uppercase letters, an ISO 4217 code such as USD"#),

        // Rates and supports.
        InvalidScenario(
            "rate above 1", F.scenario(vendor: #""attemptSuccessRate": 0.8, "reopenRate": 1.5"#),
            "t.json: vendors[0].reopenRate: found 1.5; must be a number in 0…1"),
        InvalidScenario(
            "rate drawn above 1", F.scenario(vendor: #""attemptSuccessRate": {"uniform": [0.5, 1.2]}"#),
            #"t.json: vendors[0].attemptSuccessRate: found {"uniform": [0.5, 1.2]}; every draw must be in 0…1"#),
        InvalidScenario(
            "normal rate", F.scenario(vendor: #""attemptSuccessRate": {"normal": [0.8, 0.1]}"#),
            #"t.json: vendors[0].attemptSuccessRate: found {"normal": [0.8, 0.1]}; a rate is never normal or ci90: every draw must be "#
                + #"in 0…1; use {"beta": [12, 3]} instead, a beta with about the same mean and sd"#),
        InvalidScenario(
            "ci90 rate", F.scenario(vendor: #""attemptSuccessRate": 0.8, "disputeRate": {"ci90": [0.01, 0.05]}"#),
            #"t.json: vendors[0].disputeRate: found {"ci90": [0.01, 0.05]}; a rate is never normal or ci90: every draw must be in 0…1; "#
                + #"use {"beta": [4.48, 163]} instead, a beta with about the same 5th and 95th percentiles"#),
        InvalidScenario(
            "normal rate without a beta", F.scenario(vendor: #""attemptSuccessRate": 0.8, "reopenRate": {"normal": [0.5, 0.6]}"#),
            #"t.json: vendors[0].reopenRate: found {"normal": [0.5, 0.6]}; a rate is never normal or ci90: every draw must be in 0…1; "#
                + #"use {"pert": [min, mode, max]} within 0…1 or {"beta": [alpha, beta]} instead"#),
        InvalidScenario(
            "ci90 rate above 1",
            F.scenario(vendor: #""attemptSuccessRate": 0.8, "disputeRate": 0.1, "disputeUpheldRate": {"ci90": [0.5, 1.5]}"#),
            #"t.json: vendors[0].disputeUpheldRate: found {"ci90": [0.5, 1.5]}; a rate is never normal or ci90: every draw must be in 0…1; "#
                + #"use {"pert": [min, mode, max]} within 0…1 or {"beta": [alpha, beta]} instead"#),
        InvalidScenario(
            "ci90 initial rate",
            F.scenario(
                vendor: #""attemptSuccessRate": 0.8, "trainingLag": {"months": 3, "initialAttemptSuccessRate": {"ci90": [0.2, 0.6]}}"#),
            #"t.json: vendors[0].trainingLag.initialAttemptSuccessRate: found {"ci90": [0.2, 0.6]}; a rate is never normal or ci90: "#
                + #"every draw must be in 0…1; use {"beta": [5.9, 9.2]} instead, a beta with about the same 5th and 95th percentiles"#),
        InvalidScenario(
            "normal rate to 3 digits", F.scenario(vendor: #""attemptSuccessRate": 0.8, "disputeRate": {"normal": [0.05, 0.01]}"#),
            #"t.json: vendors[0].disputeRate: found {"normal": [0.05, 0.01]}; a rate is never normal or ci90: every draw must be in 0…1; "#
                + #"use {"beta": [23.7, 450]} instead, a beta with about the same mean and sd"#),
        InvalidScenario(
            "normal money with sd > 0", F.scenario(workload: #"{"tasksPerMonth": 1000, "humanCostPerTask": {"normal": [10, 2]}}"#),
            #"t.json: workload.humanCostPerTask: found {"normal": [10, 2]}; every draw must be ≥ 0, so a normal distribution needs sd = 0"#),
        InvalidScenario(
            "growth below -1", F.scenario(workload: #"{"tasksPerMonth": 1000, "monthlyGrowth": {"triangular": [-1.5, 0, 0.1]}}"#),
            #"t.json: workload.monthlyGrowth: found {"triangular": [-1.5, 0, 0.1]}; every draw must be ≥ -1"#),
        InvalidScenario(
            "initial rate of a training lag",
            F.scenario(vendor: #""attemptSuccessRate": 0.8, "trainingLag": {"months": 3, "initialAttemptSuccessRate": {"beta": [0, 1]}}"#),
            #"t.json: vendors[0].trainingLag.initialAttemptSuccessRate.beta: found [0, 1]; must have alpha > 0 and beta > 0"#),
        InvalidScenario(
            "training lag without its initial rate", F.scenario(vendor: #""attemptSuccessRate": 0.8, "trainingLag": {"months": 3}"#),
            "t.json: vendors[0].trainingLag.initialAttemptSuccessRate: missing; required when months > 0"),

        // Distribution objects.
        InvalidScenario(
            "triangular out of order", F.scenario(workload: #"{"tasksPerMonth": {"triangular": [10, 5, 20]}}"#),
            "t.json: workload.tasksPerMonth.triangular: found [10, 5, 20]; must have min ≤ mode ≤ max"),
        InvalidScenario(
            "ci90 from 0", F.scenario(workload: #"{"tasksPerMonth": 1000, "revenuePerOutcome": {"ci90": [0, 5]}}"#),
            "t.json: workload.revenuePerOutcome.ci90: found [0, 5]; must have 0 < lo ≤ hi"),
        InvalidScenario(
            "normal with negative sd", F.scenario(workload: #"{"tasksPerMonth": 1000, "monthlyGrowth": {"normal": [0, -1]}}"#),
            "t.json: workload.monthlyGrowth.normal: found [0, -1]; must have sd ≥ 0"),
        InvalidScenario(
            "uniform with three numbers", F.scenario(workload: #"{"tasksPerMonth": {"uniform": [1, 2, 3]}}"#),
            "t.json: workload.tasksPerMonth.uniform: found [1, 2, 3]; must be an array of 2 numbers [a, b]"),
        InvalidScenario(
            "misspelt distribution", F.scenario(workload: #"{"tasksPerMonth": {"triangle": [1, 2, 3]}}"#),
            "t.json: workload.tasksPerMonth.triangle: unknown key; did you mean 'triangular'?"),
        InvalidScenario(
            "distribution with two keys", F.scenario(workload: #"{"tasksPerMonth": {"uniform": [1, 2], "pert": [1, 2, 3]}}"#),
            #"t.json: workload.tasksPerMonth: found {"uniform": [1, 2], "pert": [1, 2, 3]}; must be a distribution with exactly one key: uniform, triangular, pert, normal, ci90 or beta"#
        ),

        // Keys and names.
        InvalidScenario(
            "unknown key with a suggestion",
            F.scenario(pricing: #"{"model": "revenueShare", "percent": 2, "basis": "savings", "montlyCap": 900}"#),
            "t.json: offers[0].pricing.montlyCap: unknown key; did you mean 'monthlyCap'?"),
        InvalidScenario(
            "unknown key without a suggestion",
            F.scenario(pricing: #"{"model": "perOutcome", "price": 1}"#, offerExtra: #", "colour": "red""#),
            "t.json: offers[0].colour: unknown key; allowed keys: name, vendor, pricing, terms, buyerCosts"),
        InvalidScenario(
            "unknown model with a suggestion", F.scenario(pricing: #"{"model": "perOutcom", "price": 1}"#),
            #"t.json: offers[0].pricing.model: found "perOutcom"; must be one of perOutcome, cappedPerOutcome, tiered, graduated, subscriptionPlusBonus, revenueShare, perTask, perAttempt, costPlus, perSeat, fixedFee, package, credits; did you mean 'perOutcome'?"#
        ),
        InvalidScenario(
            "unknown atCap", F.scenario(pricing: #"{"model": "cappedPerOutcome", "price": 1, "monthlyCap": 10, "atCap": "stop"}"#),
            #"t.json: offers[0].pricing.atCap: found "stop"; must be one of continue, pause"#),
        InvalidScenario(
            "unknown vendor", F.scenario(offers: #"[{"name": "A", "vendor": "agnt", "pricing": {"model": "perOutcome", "price": 1}}]"#),
            #"t.json: offers[0].vendor: found "agnt"; must be the id of a vendor: agent"#),
        InvalidScenario(
            "duplicate vendor id",
            F.scenario(
                vendors: #"[{"id": "agent", "attemptSuccessRate": 0.8}, {"id": "agent", "attemptSuccessRate": 0.5}]"#,
                offers: #"[{"name": "A", "vendor": "agent", "pricing": {"model": "perOutcome", "price": 1}}]"#),
            #"t.json: vendors[1].id: found "agent"; must be unique; already used at vendors[0].id"#),
        InvalidScenario(
            "duplicate offer name",
            F.scenario(
                offers:
                    #"[{"name": "A", "pricing": {"model": "perOutcome", "price": 1}}, {"name": "A", "pricing": {"model": "perTask", "price": 1}}]"#
            ),
            #"t.json: offers[1].name: found "A"; must be unique; already used at offers[0].name"#),
        InvalidScenario(
            "vendor left out with two vendors",
            F.scenario(vendors: #"[{"id": "a", "attemptSuccessRate": 0.8}, {"id": "b", "attemptSuccessRate": 0.5}]"#),
            "t.json: offers[0].vendor: missing; required when there is more than one vendor: a, b"),
        InvalidScenario(
            "no vendors", F.scenario(vendors: "[]"), "t.json: vendors: found []; must have at least one vendor"),
        InvalidScenario(
            "empty pricing", F.scenario(pricing: "[]"),
            "t.json: offers[0].pricing: found []; must be an object or a non-empty array of objects"),
        InvalidScenario(
            "charge without a model", F.scenario(pricing: #"[{"model": "fixedFee", "monthly": 1}, {"price": 1}]"#),
            "t.json: offers[0].pricing[1].model: missing; required"),

        // Tiers and brackets.
        InvalidScenario(
            "unknown tier plan",
            F.scenario(
                pricing:
                    #"{"model": "tiered", "plan": "Gold", "overagePrice": 1, "tiers": [{"name": "Basic", "monthlyFee": 10, "includedOutcomes": 10}, {"name": "Pro", "monthlyFee": 20, "includedOutcomes": 30}]}"#
            ),
            #"t.json: offers[0].pricing.plan: found "Gold"; must be cheapest or the name of a tier: Basic, Pro"#),
        InvalidScenario(
            "misspelt tier plan",
            F.scenario(
                pricing:
                    #"{"model": "tiered", "plan": "pro", "overagePrice": 1, "tiers": [{"name": "Basic", "monthlyFee": 10, "includedOutcomes": 10}, {"name": "Pro", "monthlyFee": 20, "includedOutcomes": 30}]}"#
            ),
            #"t.json: offers[0].pricing.plan: found "pro"; must be cheapest or the name of a tier: Basic, Pro; did you mean 'Pro'?"#),
        InvalidScenario(
            "duplicate tier name",
            F.scenario(
                pricing:
                    #"{"model": "tiered", "plan": "cheapest", "overagePrice": 1, "tiers": [{"name": "Pro", "monthlyFee": 10, "includedOutcomes": 10}, {"name": "Pro", "monthlyFee": 20, "includedOutcomes": 30}]}"#
            ),
            #"t.json: offers[0].pricing.tiers[1].name: found "Pro"; must be unique; already used at offers[0].pricing.tiers[0].name"#),
        InvalidScenario(
            "brackets not increasing",
            F.scenario(
                pricing:
                    #"{"model": "graduated", "metric": "outcomes", "mode": "graduated", "brackets": [{"upTo": 10, "unitPrice": 2}, {"upTo": 10, "unitPrice": 1}, {"upTo": null, "unitPrice": 0.5}]}"#
            ),
            "t.json: offers[0].pricing.brackets[1].upTo: found 10; must be > 10, the upTo of the bracket before: upTo increases strictly"),
        InvalidScenario(
            "last bracket bounded",
            F.scenario(
                pricing:
                    #"{"model": "graduated", "metric": "tasks", "mode": "volume", "brackets": [{"upTo": 10, "unitPrice": 2}, {"upTo": 20, "unitPrice": 1}]}"#
            ),
            "t.json: offers[0].pricing.brackets[1].upTo: found 20; must be null: the last bracket has no limit"),
        InvalidScenario(
            "middle bracket unbounded",
            F.scenario(
                pricing:
                    #"{"model": "graduated", "metric": "attempts", "mode": "volume", "brackets": [{"upTo": null, "unitPrice": 2}, {"upTo": null, "unitPrice": 1}]}"#
            ),
            "t.json: offers[0].pricing.brackets[0].upTo: found null; must be a whole number ≥ 1: only the last bracket has no limit"),
        InvalidScenario(
            "graduated without a mode",
            F.scenario(pricing: #"{"model": "graduated", "metric": "outcomes", "brackets": [{"upTo": null, "unitPrice": 1}]}"#),
            "t.json: offers[0].pricing.mode: missing; required"),

        // Contract numbers.
        InvalidScenario(
            "revenue share minimum above its cap",
            F.scenario(pricing: #"{"model": "revenueShare", "percent": 2, "basis": "revenue", "monthlyCap": 100, "monthlyMinimum": 500}"#),
            "t.json: offers[0].pricing.monthlyMinimum: found 500; must be ≤ monthlyCap (100)"),
        InvalidScenario(
            "terms minimum above their cap",
            F.scenario(
                pricing: #"{"model": "perOutcome", "price": 1}"#, offerExtra: #", "terms": {"minimumMonthly": 500, "monthlyCap": 100}"#),
            "t.json: offers[0].terms.minimumMonthly: found 500; must be ≤ monthlyCap (100)"),
        InvalidScenario(
            "negative cap", F.scenario(pricing: #"{"model": "cappedPerOutcome", "price": 1, "monthlyCap": -5}"#),
            "t.json: offers[0].pricing.monthlyCap: found -5; must be a number > 0"),
        InvalidScenario(
            "negative price", F.scenario(pricing: #"[{"model": "fixedFee", "monthly": 500}, {"model": "perOutcome", "price": -0.5}]"#),
            "t.json: offers[0].pricing[1].price: found -0.5; must be a number ≥ 0"),
        InvalidScenario(
            "percent above 100", F.scenario(pricing: #"{"model": "revenueShare", "percent": 101, "basis": "savings"}"#),
            "t.json: offers[0].pricing.percent: found 101; must be a number in 0…100"),
        InvalidScenario(
            "distribution in pricing", F.scenario(pricing: #"{"model": "perOutcome", "price": {"uniform": [0.5, 1]}}"#),
            #"t.json: offers[0].pricing.price: found {"uniform": [0.5, 1]}; must be a plain number; the contract is not uncertain"#),
        InvalidScenario(
            "distribution for a contract count",
            F.scenario(pricing: #"{"model": "perSeat", "seats": {"uniform": [5, 10]}, "pricePerSeat": 1}"#),
            #"t.json: offers[0].pricing.seats: found {"uniform": [5, 10]}; must be a plain whole number; the contract is not uncertain"#),
        InvalidScenario(
            "distribution in terms",
            F.scenario(
                pricing: #"{"model": "perOutcome", "price": 1}"#, offerExtra: #", "terms": {"implementationFee": {"ci90": [1000, 5000]}}"#),
            #"t.json: offers[0].terms.implementationFee: found {"ci90": [1000, 5000]}; must be a plain number; the contract is not uncertain"#
        ),

        // Counts.
        InvalidScenario(
            "non-whole count", F.scenario(vendor: #""attemptSuccessRate": 0.8, "maxAttempts": 2.5"#),
            "t.json: vendors[0].maxAttempts: found 2.5; must be a whole number in 1…100"),
        InvalidScenario(
            "non-whole target",
            F.scenario(pricing: #"{"model": "subscriptionPlusBonus", "monthlyFee": 5000, "bonus": 100, "target": 99.5}"#),
            "t.json: offers[0].pricing.target: found 99.5; must be a whole number ≥ 0"),
        InvalidScenario(
            "horizon 0", F.scenario(horizon: "0"), "t.json: horizonMonths: found 0; must be a whole number in 1…600"),
        InvalidScenario(
            "horizon 601", F.scenario(horizon: "601"), "t.json: horizonMonths: found 601; must be a whole number in 1…600"),
        InvalidScenario(
            "trials 0", F.scenario(top: #""trials": 0, "#), "t.json: trials: found 0; must be a whole number in 1…10000000"),
        InvalidScenario(
            "negative free months",
            F.scenario(pricing: #"{"model": "perOutcome", "price": 1}"#, offerExtra: #", "terms": {"freeMonths": -1}"#),
            "t.json: offers[0].terms.freeMonths: found -1; must be a whole number ≥ 0"),
        InvalidScenario(
            "count too large for the engine", F.scenario(pricing: #"{"model": "perSeat", "seats": 1e20, "pricePerSeat": 1}"#),
            "t.json: offers[0].pricing.seats: found 1e20; must be a whole number in 0…9007199254740992"),
        InvalidScenario(
            "seed above 2^64 - 1", F.scenario(top: #""seed": 18446744073709551616, "#),
            "t.json: seed: found 18446744073709551616; must be a whole number in 0…18446744073709551615"),
        InvalidScenario(
            "negative seed", F.scenario(top: #""seed": -1, "#),
            "t.json: seed: found -1; must be a whole number in 0…18446744073709551615"),
        InvalidScenario(
            "number beyond Double", F.scenario(workload: #"{"tasksPerMonth": 1e400}"#),
            "t.json: workload.tasksPerMonth: found 1e400; must be a finite number"),
        InvalidScenario(
            "volume beyond what the engine counts",
            F.scenario(horizon: "600", workload: #"{"tasksPerMonth": 1000000, "monthlyGrowth": 0.05}"#),
            "t.json: workload: the expected volume mean(tasksPerMonth) · (1 + mean(monthlyGrowth))^(month − 1) reaches 4.92e+18 tasks in month 600; must stay ≤ 1e12 tasks a month so that counts fit the engine"
        ),

        InvalidScenario(
            "volume beyond what the engine counts in month 1",
            F.scenario(workload: #"{"tasksPerMonth": {"uniform": [1e12, 3e12]}, "monthlyGrowth": -0.5}"#),
            "t.json: workload: the expected volume mean(tasksPerMonth) · (1 + mean(monthlyGrowth))^(month − 1) reaches 2e+12 tasks in month 1; must stay ≤ 1e12 tasks a month so that counts fit the engine"
        ),

        // Invalid JSON.
        InvalidScenario(
            "missing comma", "{\n  \"name\": \"t\",\n  \"horizonMonths\" 12\n}",
            "t.json:3:19: invalid JSON: expected ':' after a member name"),
        InvalidScenario(
            "missing comma between members", "{\n  \"name\": \"t\",\n  \"title\": \"xy\" \"horizonMonths\": 12\n}",
            "t.json:3:17: invalid JSON: expected ',' or '}' after an object member"),
        InvalidScenario("empty file", "", "t.json:1:1: invalid JSON: the file is empty"),
        InvalidScenario("whitespace only", " \n\t\n", "t.json:1:1: invalid JSON: the file is empty"),
        InvalidScenario(
            "trailing garbage", "{\"name\": \"t\"}\n}", "t.json:2:1: invalid JSON: unexpected text after the top-level value"),
        InvalidScenario(
            "duplicate key", "{\"name\": \"t\",\n \"name\": \"u\"}", #"t.json:2:2: invalid JSON: duplicate key "name"; first at 1:2"#),
    ]

    @Test(arguments: cases)
    func reportsTheExactMessage(_ scenario: InvalidScenario) throws {
        let error = try #require(F.error(scenario.json))
        #expect(error.description == scenario.message)
        #expect(error.issues.count == 1)
    }

    @Test func thereAreAtLeast25DistinctCases() {
        #expect(Set(Self.cases.map(\.name)).count == Self.cases.count)
        #expect(Set(Self.cases.map(\.json)).count == Self.cases.count)
        #expect(Self.cases.count >= 25)
    }

    @Test func everyIssueInTheFileIsReportedInDocumentOrder() throws {
        let json = """
            {
              "offers": [
                {"name": "A", "vendor": "agnt", "pricing": {"model": "cappedPerOutcome", "price": 1, "montlyCap": 5}},
                {"name": "B", "pricing": {"model": "perOutcom", "price": 1}, "terms": {"freeMonths": 1.5}}
              ],
              "name": "t",
              "horizonMonths": 0,
              "workload": {"tasksPerMonth": -3},
              "vendors": [
                {"id": "agent", "attemptSuccessRate": {"normal": [0.8, 0.1]}},
                {"id": "backup", "attemptSuccessRate": 0.5, "maxAttempts": 0}
              ]
            }
            """
        let error = try #require(F.error(json))
        #expect(error.kind == .invalidScenario)
        #expect(
            error.description == """
                t.json: offers[0].vendor: found "agnt"; must be the id of a vendor: agent, backup
                t.json: offers[0].pricing.monthlyCap: missing; required
                t.json: offers[0].pricing.montlyCap: unknown key; did you mean 'monthlyCap'?
                t.json: offers[1].vendor: missing; required when there is more than one vendor: agent, backup
                t.json: offers[1].pricing.model: found "perOutcom"; must be one of perOutcome, cappedPerOutcome, tiered, graduated, subscriptionPlusBonus, revenueShare, perTask, perAttempt, costPlus, perSeat, fixedFee, package, credits; did you mean 'perOutcome'?
                t.json: offers[1].terms.freeMonths: found 1.5; must be a whole number ≥ 0
                t.json: horizonMonths: found 0; must be a whole number in 1…600
                t.json: workload.tasksPerMonth: found -3; must be a number ≥ 0
                t.json: vendors[0].attemptSuccessRate: found {"normal": [0.8, 0.1]}; a rate is never normal or ci90: every draw must be in 0…1; use {"beta": [12, 3]} instead, a beta with about the same mean and sd
                t.json: vendors[1].maxAttempts: found 0; must be a whole number in 1…100
                """)
    }

    @Test func issuesAreStructuredData() throws {
        let error = try #require(F.error(F.scenario(pricing: #"{"model": "cappedPerOutcome", "price": 1, "monthlyCap": -5}"#)))
        #expect(error.kind == .invalidScenario)
        #expect(error.fileName == "t.json")
        #expect(
            error.issues == [
                ScenarioIssue(
                    path: ScenarioPath([.key("offers"), .index(0), .key("pricing"), .key("monthlyCap")]), found: "-5",
                    problem: .number(.greaterThan(0)), line: 4, column: 94)
            ])
        #expect(error.issues[0].description == "offers[0].pricing.monthlyCap: found -5; must be a number > 0")
    }

    @Test func invalidJSONIsItsOwnKind() throws {
        let error = try #require(F.error("{\"name\": tru}"))
        #expect(error.kind == .invalidJSON)
        #expect(error.issues.map(\.problem) == [.invalidJSON("invalid literal; expected true, false or null")])
        #expect(error.description == "t.json:1:10: invalid JSON: invalid literal; expected true, false or null")
    }

    @Test func longFoundValuesAreShortened() throws {
        let long = String(repeating: "x", count: 100)
        let error = try #require(F.error(F.scenario(top: "\"currency\": \"\(long)\", ")))
        #expect(
            error.description
                == "t.json: currency: found \"\(String(repeating: "x", count: 58))…; must be 3 uppercase letters, an ISO 4217 code such as USD"
        )
    }
}
