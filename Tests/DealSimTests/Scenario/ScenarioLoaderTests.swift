import Foundation
import Testing

@testable import DealSim

@Suite struct ScenarioLoaderTests {
    @Test func modelExampleLoadsWithItsDefaults() throws {
        let scenario = try ScenarioFixtures.load(ScenarioFixtures.modelExample)
        let expected = try Scenario(
            name: "support-agent", title: "AI support agent: per-resolution pricing against hybrids",
            description: "Prices from public per-resolution list prices; costs are estimates.", currency: "USD",
            horizonMonths: 24, trials: 10_000, seed: 2026,
            workload: Workload(
                tasksPerMonth: .fixed(20_000), monthlyGrowth: .fixed(0.02), volumeVolatility: .fixed(0.15),
                humanCostPerTask: .ci90(low: 6, high: 15), revenuePerOutcome: .fixed(0), savingsPerOutcome: nil),
            vendors: [
                Vendor(
                    id: "agent", attemptSuccessRate: .beta(alpha: 16, beta: 4), maxAttempts: 2,
                    costPerAttempt: .triangular(min: 0.03, mode: 0.06, max: 0.15), costPerTask: .fixed(0),
                    fixedCostPerMonth: .fixed(2000),
                    trainingLag: TrainingLag(months: 3, initialAttemptSuccessRate: .fixed(0.35)),
                    reopenRate: .fixed(0.05), disputeRate: .fixed(0.02), disputeUpheldRate: .fixed(0.5),
                    disputeCost: .fixed(12))
            ],
            offers: [
                Offer(name: "Per resolution", vendor: "agent", charges: [.perOutcome(PerOutcome(price: 0.99))]),
                Offer(
                    name: "Platform + outcome", vendor: "agent",
                    charges: [.fixedFee(FixedFee(monthly: 500)), .perOutcome(PerOutcome(price: 0.5))],
                    terms: DealTerms(freeMonths: 2, implementationFee: 5000)),
            ])
        #expect(scenario == expected)
    }

    @Test func leftOutFieldsTakeTheirDefaults() throws {
        let scenario = try ScenarioFixtures.load(ScenarioFixtures.scenario())
        #expect(scenario.title == "t")
        #expect(scenario.description == nil)
        #expect(scenario.currency == "USD")
        #expect(scenario.trials == 10_000)
        #expect(scenario.seed == nil)
        #expect(scenario.workload == Workload(tasksPerMonth: .fixed(1000)))
        #expect(scenario.workload.savingsPerOutcome == nil)
        #expect(scenario.vendors == [Vendor(id: "agent", attemptSuccessRate: .fixed(0.8))])
        #expect(scenario.vendors[0].maxAttempts == 1)
        #expect(scenario.vendors[0].trainingLag == nil)
        // The only vendor is the offer's vendor; no terms, no buyer costs.
        #expect(scenario.offers == [Offer(name: "A", vendor: "agent", charges: [.perOutcome(PerOutcome(price: 1))])])
    }

    @Test func nullMeansLeftOutForOptionalKeys() throws {
        let json = ScenarioFixtures.scenario(
            top: #""title": null, "description": null, "currency": null, "trials": null, "seed": null, "#,
            workload: #"{"tasksPerMonth": 1000, "monthlyGrowth": null, "savingsPerOutcome": null}"#,
            vendors: #"[{"id": "agent", "attemptSuccessRate": 0.8, "maxAttempts": null, "trainingLag": null}]"#,
            offers: #"[{"name": "A", "vendor": null, "pricing": {"model": "perOutcome", "price": 1}, "terms": null}]"#)
        #expect(try ScenarioFixtures.load(json) == ScenarioFixtures.load(ScenarioFixtures.scenario()))
    }

    @Test func everyPricingModelLoads() throws {
        let pricing = #"""
            [
              {"model": "perOutcome", "price": 0.99},
              {"model": "cappedPerOutcome", "price": 100, "monthlyCap": 50000, "atCap": "pause"},
              {"model": "cappedPerOutcome", "price": 100, "monthlyCap": 50000},
              {"model": "tiered", "plan": "Enterprise", "overagePrice": 0.8, "tiers": [
                {"name": "Pro", "monthlyFee": 10000, "includedOutcomes": 15000},
                {"name": "Enterprise", "monthlyFee": 20000, "includedOutcomes": 50000}]},
              {"model": "tiered", "plan": "cheapest", "overagePrice": 1,
               "tiers": [{"name": "Pro", "monthlyFee": 10000, "includedOutcomes": 15000}]},
              {"model": "graduated", "metric": "tasks", "mode": "volume", "brackets": [
                {"upTo": 100, "unitPrice": 2, "flatFee": 10}, {"upTo": 200, "unitPrice": 1},
                {"upTo": null, "unitPrice": 0.5, "flatFee": 50}]},
              {"model": "subscriptionPlusBonus", "monthlyFee": 5000, "bonus": 10000, "target": 100},
              {"model": "revenueShare", "percent": 1, "basis": "revenue"},
              {"model": "revenueShare", "percent": 2.5, "basis": "savings", "monthlyCap": 900, "monthlyMinimum": 100},
              {"model": "perTask", "price": 0.25},
              {"model": "perAttempt", "price": 0.1},
              {"model": "costPlus", "markup": 0.3},
              {"model": "perSeat", "seats": 12, "pricePerSeat": 40},
              {"model": "fixedFee", "monthly": 500}
            ]
            """#
        let scenario = try ScenarioFixtures.load(ScenarioFixtures.scenario(pricing: pricing))
        let expected: [Charge] = [
            .perOutcome(PerOutcome(price: 0.99)),
            .cappedPerOutcome(CappedPerOutcome(price: 100, monthlyCap: 50_000, atCap: .pause)),
            .cappedPerOutcome(CappedPerOutcome(price: 100, monthlyCap: 50_000, atCap: .continue)),
            .tiered(
                Tiered(
                    tiers: [
                        Tiered.Tier(name: "Pro", monthlyFee: 10_000, includedOutcomes: 15_000),
                        Tiered.Tier(name: "Enterprise", monthlyFee: 20_000, includedOutcomes: 50_000),
                    ], plan: .tier(1), overagePrice: 0.8)),
            .tiered(
                Tiered(
                    tiers: [Tiered.Tier(name: "Pro", monthlyFee: 10_000, includedOutcomes: 15_000)], plan: .cheapest,
                    overagePrice: 1)),
            .graduated(
                Graduated(
                    metric: .tasks, mode: .volume,
                    brackets: [
                        Graduated.Bracket(upTo: 100, unitPrice: 2, flatFee: 10),
                        Graduated.Bracket(upTo: 200, unitPrice: 1, flatFee: 0),
                        Graduated.Bracket(upTo: nil, unitPrice: 0.5, flatFee: 50),
                    ])),
            .subscriptionPlusBonus(SubscriptionPlusBonus(monthlyFee: 5000, bonus: 10_000, target: 100)),
            .revenueShare(RevenueShare(percent: 1, basis: .revenue)),
            .revenueShare(RevenueShare(percent: 2.5, basis: .savings, monthlyCap: 900, monthlyMinimum: 100)),
            .perTask(PerTask(price: 0.25)),
            .perAttempt(PerAttempt(price: 0.1)),
            .costPlus(CostPlus(markup: 0.3)),
            .perSeat(PerSeat(seats: 12, pricePerSeat: 40)),
            .fixedFee(FixedFee(monthly: 500)),
        ]
        #expect(scenario.offers[0].charges == expected)
    }

    @Test(arguments: [
        ("3.5", Distribution.fixed(3.5)),
        (#"{"uniform": [6, 15]}"#, .uniform(6, 15)),
        (#"{"triangular": [6, 8, 15]}"#, .triangular(min: 6, mode: 8, max: 15)),
        (#"{"pert": [6, 8, 15]}"#, .pert(min: 6, mode: 8, max: 15)),
        (#"{"normal": [10, 0]}"#, .normal(mean: 10, sd: 0)),
        (#"{"ci90": [6, 15]}"#, .ci90(low: 6, high: 15)),
        (#"{"beta": [2, 5]}"#, .beta(alpha: 2, beta: 5)),
        (#"{"uniform": [4, 4]}"#, .uniform(4, 4)),
        (#"{"ci90": [1e-3, 2E+2]}"#, .ci90(low: 0.001, high: 200)),
    ])
    func everyDistributionFormLoads(json: String, expected: Distribution) throws {
        let scenario = try ScenarioFixtures.load(
            ScenarioFixtures.scenario(workload: #"{"tasksPerMonth": 1000, "humanCostPerTask": "# + json + "}"))
        #expect(scenario.workload.humanCostPerTask == expected)
    }

    @Test func normalIsAllowedWhereDrawsAreUnbounded() throws {
        // Growth ≥ −1 and money ≥ 0 allow a normal only with sd = 0; a normal growth with
        // sd > 0 is refused, but every bounded form within the support is fine.
        let json = ScenarioFixtures.scenario(
            workload:
                #"{"tasksPerMonth": {"ci90": [800, 1200]}, "monthlyGrowth": {"uniform": [-1, 0.05]}, "volumeVolatility": {"normal": [0.2, 0]}}"#,
            vendors: #"[{"id": "agent", "attemptSuccessRate": {"pert": [0, 0.8, 1]}, "reopenRate": {"uniform": [0, 1]}}]"#)
        let scenario = try ScenarioFixtures.load(json)
        #expect(scenario.workload.monthlyGrowth == .uniform(-1, 0.05))
        #expect(scenario.vendors[0].attemptSuccessRate == .pert(min: 0, mode: 0.8, max: 1))
    }

    @Test func wholeNumbersMayBeWrittenWithAFractionOrExponent() throws {
        let json = ScenarioFixtures.scenario(
            top: #""trials": 2e3, "#, horizon: "24.0",
            vendors: #"[{"id": "agent", "attemptSuccessRate": 0.8, "maxAttempts": 3.00}]"#,
            offers: #"[{"name": "A", "pricing": {"model": "perSeat", "seats": 20000.0, "pricePerSeat": 1}}]"#)
        let scenario = try ScenarioFixtures.load(json)
        #expect(scenario.trials == 2000)
        #expect(scenario.horizonMonths == 24)
        #expect(scenario.vendors[0].maxAttempts == 3)
        #expect(scenario.offers[0].charges == [.perSeat(PerSeat(seats: 20_000, pricePerSeat: 1))])
    }

    @Test func theLargestSeedIsExact() throws {
        let scenario = try ScenarioFixtures.load(ScenarioFixtures.scenario(top: #""seed": 18446744073709551615, "#))
        #expect(scenario.seed == UInt64.max)
        let zero = try ScenarioFixtures.load(ScenarioFixtures.scenario(top: #""seed": 0, "#))
        #expect(zero.seed == 0)
    }

    @Test func trainingLagOfZeroMonthsIsNoLag() throws {
        let json = ScenarioFixtures.scenario(vendor: #""attemptSuccessRate": 0.8, "trainingLag": {"months": 0}"#)
        #expect(try ScenarioFixtures.load(json).vendors[0].trainingLag == nil)
    }

    @Test func offersNameTheirVendorAmongSeveral() throws {
        let json = ScenarioFixtures.scenario(
            vendors: #"[{"id": "a", "attemptSuccessRate": 0.8}, {"id": "b", "attemptSuccessRate": 0.5}]"#,
            offers: #"[{"name": "A", "vendor": "b", "pricing": {"model": "perTask", "price": 1}}]"#)
        #expect(try ScenarioFixtures.load(json).offers[0].vendor == "b")
    }

    @Test func termsAndBuyerCostsLoad() throws {
        let json = ScenarioFixtures.scenario(
            pricing: #"{"model": "perOutcome", "price": 1}"#,
            offerExtra:
                #", "terms": {"freeMonths": 3, "minimumMonthly": 100, "monthlyCap": 100, "implementationFee": 0}, "buyerCosts": {"perTask": 0.02, "perMonth": {"uniform": [100, 300]}, "perDispute": 5}"#
        )
        let offer = try ScenarioFixtures.load(json).offers[0]
        #expect(offer.terms == DealTerms(freeMonths: 3, minimumMonthly: 100, monthlyCap: 100, implementationFee: 0))
        #expect(offer.buyerCosts == BuyerCosts(perTask: .fixed(0.02), perMonth: .uniform(100, 300), perDispute: .fixed(5)))
    }

    @Test func aMissingFileIsUnreadable() {
        let url = URL(fileURLWithPath: "no-such-dir/missing.json")
        #expect(throws: ScenarioLoadError(fileName: "no-such-dir/missing.json", kind: .unreadable(reason: "no such file"))) {
            try ScenarioLoader.load(contentsOf: url)
        }
        let error = ScenarioLoadError(fileName: "no-such-dir/missing.json", kind: .unreadable(reason: "no such file"))
        #expect(error.description == "no-such-dir/missing.json: cannot read the file: no such file")
    }

    @Test func aDirectoryIsUnreadable() {
        let url = URL(fileURLWithPath: NSTemporaryDirectory())
        do {
            _ = try ScenarioLoader.load(contentsOf: url)
            Issue.record("a directory loaded")
        } catch {
            #expect(error.kind == .unreadable(reason: "it is a directory"))
        }
    }

    @Test func aFileLoadsByItsPath() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("dealsim-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let url = directory.appendingPathComponent("support.json")
        try Data(ScenarioFixtures.modelExample.utf8).write(to: url)
        #expect(try ScenarioLoader.load(contentsOf: url).name == "support-agent")

        try Data("{".utf8).write(to: url)
        do {
            _ = try ScenarioLoader.load(contentsOf: url)
        } catch {
            #expect(error.kind == .invalidJSON)
            #expect(error.description == "\(url.relativePath):1:2: invalid JSON: expected a member name in double quotes")
        }
    }
}
