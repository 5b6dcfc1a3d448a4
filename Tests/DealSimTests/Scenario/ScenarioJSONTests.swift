import Foundation
import Testing

@testable import DealSim

/// A scenario written back as a file loads to the same scenario: `load(encode(s)) == s`.
@Suite struct ScenarioJSONTests {
    /// Every construct of the format at once: every pricing model, every distribution, tiers
    /// with the `cheapest` plan and a named one, brackets up to `null`, every deal term, buyer
    /// costs, a training lag, a vendor with defaults only, the largest seed, text that needs
    /// escapes.
    static let everyConstruct = #"""
        {
          "name": "every-construct",
          "title": "Every construct of the format",
          "description": "Line one\nwith \"quotes\", a tab\t, a backslash \\, é, 🙂 and \u0001.",
          "currency": "EUR",
          "horizonMonths": 36,
          "trials": 1234,
          "seed": 18446744073709551615,
          "workload": {
            "tasksPerMonth": {"pert": [800, 1000, 1500]},
            "monthlyGrowth": {"uniform": [-0.01, 0.03]},
            "volumeVolatility": 0.2,
            "humanCostPerTask": {"ci90": [6, 15]},
            "revenuePerOutcome": {"normal": [4, 0]},
            "savingsPerOutcome": {"triangular": [1, 2.5, 4]},
            "monthlyBudget": 25000
          },
          "vendors": [
            {"id": "agent", "attemptSuccessRate": {"beta": [16, 4]}, "maxAttempts": 3, "costPerAttempt": 0.0001,
             "costPerTask": 1e-7, "fixedCostPerMonth": 2000.5,
             "trainingLag": {"months": 3, "initialAttemptSuccessRate": {"uniform": [0.2, 0.4]}},
             "reopenRate": 0.05, "disputeRate": 0.02, "disputeUpheldRate": 0.5, "disputeCost": 12},
            {"id": "rival", "attemptSuccessRate": 0.7}
          ],
          "offers": [
            {"name": "Per outcome", "vendor": "agent", "pricing": {"model": "perOutcome", "price": 0.99}},
            {"name": "Capped", "vendor": "agent",
             "pricing": {"model": "cappedPerOutcome", "price": 0.99, "monthlyCap": 15000, "atCap": "pause"},
             "terms": {"freeMonths": 2, "minimumMonthly": 100, "monthlyCap": 20000, "implementationFee": 5000}},
            {"name": "Tiered, cheapest", "vendor": "agent",
             "pricing": {"model": "tiered", "plan": "cheapest", "overagePrice": 0.99,
                         "tiers": [{"name": "Pro", "monthlyFee": 10000, "includedOutcomes": 15000},
                                   {"name": "Enterprise", "monthlyFee": 20000, "includedOutcomes": 50000}]}},
            {"name": "Tiered, Enterprise", "vendor": "agent",
             "pricing": {"model": "tiered", "plan": "Enterprise", "overagePrice": 0.5,
                         "tiers": [{"name": "Pro", "monthlyFee": 10000, "includedOutcomes": 15000},
                                   {"name": "Enterprise", "monthlyFee": 20000, "includedOutcomes": 50000}]}},
            {"name": "Graduated", "vendor": "agent",
             "pricing": {"model": "graduated", "metric": "outcomes", "mode": "graduated",
                         "brackets": [{"upTo": 10, "unitPrice": 10, "flatFee": 2}, {"upTo": 20, "unitPrice": 5},
                                      {"upTo": null, "unitPrice": 5, "flatFee": 3}]}},
            {"name": "Volume on tasks", "vendor": "rival",
             "pricing": {"model": "graduated", "metric": "tasks", "mode": "volume",
                         "brackets": [{"upTo": null, "unitPrice": 0.5}]}},
            {"name": "Subscription", "vendor": "agent",
             "pricing": {"model": "subscriptionPlusBonus", "monthlyFee": 5000, "bonus": 10000, "target": 100}},
            {"name": "Shares", "vendor": "agent",
             "pricing": [{"model": "revenueShare", "percent": 1, "basis": "revenue", "monthlyCap": 5000, "monthlyMinimum": 10},
                         {"model": "revenueShare", "percent": 15, "basis": "savings"}]},
            {"name": "Usage", "vendor": "rival",
             "pricing": [{"model": "perTask", "price": 0.5}, {"model": "perAttempt", "price": 0.1},
                         {"model": "costPlus", "markup": 0.3}, {"model": "perSeat", "seats": 10, "pricePerSeat": 99},
                         {"model": "fixedFee", "monthly": 500}],
             "terms": {"minimumMonthly": 0},
             "buyerCosts": {"perTask": 0.05, "perMonth": {"pert": [50, 100, 200]}, "perDispute": 2}},
            {"name": "Packages and wallets", "vendor": "agent",
             "pricing": [{"model": "package", "metric": "attempts", "unitsPerPackage": 1000, "pricePerPackage": 50, "freeUnits": 100},
                         {"model": "credits", "monthlyFee": 500, "creditsPerMonth": 1000, "initialCredits": 5000,
                          "creditsPerOutcome": 1, "creditsPerTask": 0.5, "creditsPerAttempt": 0.25, "rollover": 300,
                          "whenExhausted": "topUp", "topUpCredits": 250, "topUpPrice": 200},
                         {"model": "credits", "creditsPerOutcome": 1, "rollover": "all", "overagePrice": 0.99},
                         {"model": "credits", "creditsPerMonth": 100, "creditsPerTask": 1, "whenExhausted": "pause"}],
             "terms": {"freeMonths": 1, "commitment": {"amount": 300000, "periodMonths": 12}, "paymentTermsDays": 45}}
          ]
        }
        """#

    /// The bundled scenarios, `scenarios/*.json` at the root of the package.
    static let bundledScenarios: [URL] = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let folder = root.appendingPathComponent("scenarios")
        let files = (try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)) ?? []
        return files.filter { $0.pathExtension == "json" }.sorted { $0.lastPathComponent < $1.lastPathComponent }
    }()

    /// Loads `scenario`'s text, builds it again from its parts, and checks that both equal it.
    static func expectRoundTrip(_ scenario: Scenario, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let text = scenario.jsonText
        let loaded = try ScenarioFixtures.load(text)
        #expect(loaded == scenario, sourceLocation: sourceLocation)
        #expect(loaded.jsonText == text, sourceLocation: sourceLocation)
        #expect(try ScenarioParts(scenario).scenario() == scenario, sourceLocation: sourceLocation)
    }

    @Test func theBundledScenariosAreFound() {
        let names = Self.bundledScenarios.map(\.lastPathComponent)
        for name in [
            "buyer-three-bids.json", "lead-generation.json", "lead-packages.json", "low-success-agent.json",
            "savings-share.json", "support-agent.json", "support-budget.json", "support-over-time.json",
        ] {
            #expect(names.contains(name))
        }
    }

    @Test(arguments: bundledScenarios)
    func bundledScenarioRoundTrips(file: URL) throws {
        try Self.expectRoundTrip(ScenarioLoader.load(contentsOf: file))
    }

    @Test func fixturesRoundTrip() throws {
        for text in [ScenarioFixtures.modelExample, ScenarioFixtures.scenario(), Self.everyConstruct] {
            try Self.expectRoundTrip(ScenarioFixtures.load(text))
        }
    }

    @Test func everyConstructIsRead() throws {
        let scenario = try ScenarioFixtures.load(Self.everyConstruct)
        #expect(scenario.seed == .max)
        #expect(scenario.workload.savingsPerOutcome == .triangular(min: 1, mode: 2.5, max: 4))
        #expect(scenario.vendors[0].trainingLag == TrainingLag(months: 3, initialAttemptSuccessRate: .uniform(0.2, 0.4)))
        #expect(scenario.vendors[1] == Vendor(id: "rival", attemptSuccessRate: .fixed(0.7)))
        let models = scenario.offers.flatMap(\.charges).map(\.pricingModel)
        #expect(Set(models) == Set(PricingModel.allCases))
        guard case .tiered(let cheapest) = scenario.offers[2].charges[0], case .tiered(let named) = scenario.offers[3].charges[0]
        else {
            Issue.record("not tiered")
            return
        }
        #expect(cheapest.plan == .cheapest && named.plan == .tier(1))
        #expect(
            scenario.offers[5].charges == [
                .graduated(Graduated(metric: .tasks, mode: .volume, brackets: [.init(upTo: nil, unitPrice: 0.5)]))
            ])
        #expect(scenario.offers[8].terms == DealTerms(minimumMonthly: 0))
        #expect(scenario.workload.monthlyBudget == 25_000)
        #expect(
            scenario.offers[9].charges == [
                .package(Package(metric: .attempts, unitsPerPackage: 1_000, pricePerPackage: 50, freeUnits: 100)),
                .credits(
                    Credits(
                        monthlyFee: 500, creditsPerMonth: 1_000, initialCredits: 5_000, creditsPerOutcome: 1, creditsPerTask: 0.5,
                        creditsPerAttempt: 0.25, rollover: .upTo(300), whenExhausted: .topUp(credits: 250, price: 200))),
                .credits(Credits(creditsPerOutcome: 1, rollover: .all, whenExhausted: .overage(price: 0.99))),
                .credits(Credits(creditsPerMonth: 100, creditsPerTask: 1, whenExhausted: .pause)),
            ])
        #expect(
            scenario.offers[9].terms
                == DealTerms(freeMonths: 1, commitment: Commitment(amount: 300_000, periodMonths: 12), paymentTermsDays: 45))
    }

    /// Whether `savingsPerOutcome` is left out (the human cost) or given survives the trip.
    @Test func savingsNoneAndGivenStayApart() throws {
        let none = try ScenarioFixtures.load(ScenarioFixtures.scenario())
        let given = try ScenarioFixtures.load(ScenarioFixtures.scenario(workload: #"{"tasksPerMonth": 1000, "savingsPerOutcome": 0}"#))
        #expect(none.workload.savingsPerOutcome == nil)
        #expect(given.workload.savingsPerOutcome == .fixed(0))
        try Self.expectRoundTrip(none)
        try Self.expectRoundTrip(given)
        #expect(!none.jsonText.contains("savingsPerOutcome"))
        #expect(given.jsonText.contains(#""savingsPerOutcome": 0"#))
    }

    /// The layout: indented by 2, short objects and arrays on one line, defaults of the
    /// quantities left out, the rest written.
    @Test func smallScenarioText() throws {
        let scenario = try ScenarioFixtures.load(ScenarioFixtures.scenario())
        #expect(
            scenario.jsonText == """
                {
                  "name": "t",
                  "title": "t",
                  "currency": "USD",
                  "horizonMonths": 12,
                  "trials": 10000,
                  "workload": {"tasksPerMonth": 1000},
                  "vendors": [{"id": "agent", "attemptSuccessRate": 0.8, "maxAttempts": 1}],
                  "offers": [{"name": "A", "vendor": "agent", "pricing": {"model": "perOutcome", "price": 1}}]
                }

                """)
    }

    @Test func modelExampleText() throws {
        let scenario = try ScenarioFixtures.load(ScenarioFixtures.modelExample)
        let expected = #"""
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
                "humanCostPerTask": {"ci90": [6, 15]}
              },
              "vendors": [
                {
                  "id": "agent",
                  "attemptSuccessRate": {"beta": [16, 4]},
                  "maxAttempts": 2,
                  "costPerAttempt": {"triangular": [0.03, 0.06, 0.15]},
                  "fixedCostPerMonth": 2000,
                  "trainingLag": {"months": 3, "initialAttemptSuccessRate": 0.35},
                  "reopenRate": 0.05,
                  "disputeRate": 0.02,
                  "disputeUpheldRate": 0.5,
                  "disputeCost": 12
                }
              ],
              "offers": [
                {"name": "Per resolution", "vendor": "agent", "pricing": {"model": "perOutcome", "price": 0.99}},
                {
                  "name": "Platform + outcome",
                  "vendor": "agent",
                  "pricing": [{"model": "fixedFee", "monthly": 500}, {"model": "perOutcome", "price": 0.5}],
                  "terms": {"freeMonths": 2, "implementationFee": 5000}
                }
              ]
            }

            """#
        #expect(scenario.jsonText == expected)
    }

    /// Numbers are written so that they read back bit for bit; whole numbers below 10¹⁵
    /// without a fraction; counts and the seed as integer literals.
    @Test func numberLiterals() {
        let cases: [(Double, String)] = [
            (20_000, "20000"), (0.99, "0.99"), (-1, "-1"), (0, "0"), (-0.0, "-0.0"), (1e-7, "1e-07"), (0.0001, "0.0001"),
            (999_999_999_999_999, "999999999999999"), (1e15, "1000000000000000.0"), (0x1p53 + 2, "9.007199254740994e+15"),
            (.greatestFiniteMagnitude, "1.7976931348623157e+308"), (.leastNonzeroMagnitude, "5e-324"),
            (.nan, "nan"), (.infinity, "inf"), (-.infinity, "-inf"),
        ]
        for (value, literal) in cases { #expect(JSONValue.literal(value) == literal, "\(value)") }
        #expect(JSONValue.integer(UInt64.max).jsonText == "18446744073709551615")
        #expect(JSONValue.integer(Int.min).jsonText == "-9223372036854775808")

        var generator = RandomStream(seed: 7, trial: 0, substream: 0)
        for _ in 0..<10_000 {
            let value = Double(bitPattern: generator.next())
            guard value.isFinite else { continue }
            let text = JSONValue.literal(value)
            #expect(Double(text)?.bitPattern == value.bitPattern, "\(text)")
            #expect((try? JSONParser.parse(Array(text.utf8)))?.kind == .number(text), "\(text)")
        }
    }

    /// Positions of the laid-out value are where the parser finds them in the text.
    @Test func layoutPositionsAreTheParsersPositions() throws {
        let scenario = try ScenarioFixtures.load(Self.everyConstruct)
        let (text, placed) = scenario.json.laidOut()
        #expect(try JSONParser.parse(Array(text.utf8)) == placed)
    }
}
