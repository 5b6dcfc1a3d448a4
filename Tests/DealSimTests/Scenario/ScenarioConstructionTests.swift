import Foundation
import Testing

@testable import DealSim

/// A scenario built in code goes through the checks of a file, with the file's messages.
@Suite struct ScenarioConstructionTests {
    static let workload = Workload(tasksPerMonth: .fixed(1_000))
    static let agent = Vendor(id: "agent", attemptSuccessRate: .fixed(0.8))
    static let perOutcome = Offer(name: "A", vendor: "agent", charges: [.perOutcome(PerOutcome(price: 1))])

    /// The error building a scenario of these parts throws, or `nil` when it builds.
    static func error(
        name: String = "t", currency: String = "USD", horizonMonths: Int = 12, trials: Int = 10_000,
        workload: Workload = workload, vendors: [Vendor] = [agent], offers: [Offer] = [perOutcome]
    ) -> ScenarioLoadError? {
        do {
            _ = try Scenario(
                name: name, currency: currency, horizonMonths: horizonMonths, trials: trials, workload: workload, vendors: vendors,
                offers: offers)
            return nil
        } catch {
            return error
        }
    }

    @Test func builtEqualsLoaded() throws {
        let built = try Scenario(name: "t", horizonMonths: 12, workload: Self.workload, vendors: [Self.agent], offers: [Self.perOutcome])
        #expect(built == (try ScenarioFixtures.load(ScenarioFixtures.scenario())))
        #expect(built.title == "t" && built.trials == 10_000 && built.currency == "USD" && built.seed == nil)
    }

    /// Every issue of the parts, in the order of the file, with the file's messages, the
    /// source named "scenario".
    @Test func invalidPartsGiveTheFilesIssues() {
        let error = Self.error(
            name: "support agent", horizonMonths: 0,
            vendors: [Vendor(id: "agent", attemptSuccessRate: .normal(mean: 0.8, sd: 0.1), maxAttempts: 0, reopenRate: .fixed(1.5))],
            offers: [
                Offer(name: "A", vendor: "agnt", charges: [.perOutcome(PerOutcome(price: -1))]),
                Offer(
                    name: "A", vendor: "agent",
                    charges: [.revenueShare(RevenueShare(percent: 10, basis: .revenue, monthlyCap: 5, monthlyMinimum: 6))]),
            ])
        #expect(error?.kind == .invalidScenario)
        #expect(error?.fileName == "scenario")
        #expect(
            error?.description == """
                scenario: name: found "support agent"; must be one or more letters, digits, '-' or '_'
                scenario: horizonMonths: found 0; must be a whole number in 1…600
                scenario: vendors[0].attemptSuccessRate: found {"normal": [0.8, 0.1]}; a rate is never normal or ci90: every draw must be in 0…1; use {"beta": [12, 3]} instead, a beta with about the same mean and sd
                scenario: vendors[0].maxAttempts: found 0; must be a whole number in 1…100
                scenario: vendors[0].reopenRate: found 1.5; must be a number in 0…1
                scenario: offers[0].vendor: found "agnt"; must be the id of a vendor: agent
                scenario: offers[0].pricing.price: found -1; must be a number ≥ 0
                scenario: offers[1].name: found "A"; must be unique; already used at offers[0].name
                scenario: offers[1].pricing.monthlyMinimum: found 6; must be ≤ monthlyCap (5)
                """)
        #expect(error?.issues.map(\.path.description).first == "name")
    }

    @Test func emptyListsAndCounts() {
        #expect(Self.error(vendors: [])?.description == "scenario: vendors: found []; must have at least one vendor")
        #expect(Self.error(offers: [])?.description == "scenario: offers: found []; must have at least one offer")
        #expect(
            Self.error(trials: -5)?.description == "scenario: trials: found -5; must be a whole number in 1…10000000")
        #expect(
            Self.error(offers: [Offer(name: "A", vendor: "agent", charges: [])])?.description
                == "scenario: offers[0].pricing: found []; must be an object or a non-empty array of objects")
        #expect(
            Self.error(offers: [Offer(name: "", vendor: "agent", charges: [.fixedFee(FixedFee(monthly: 1))])])?.description
                == #"scenario: offers[0].name: found ""; must be a non-empty string"#)
        #expect(
            Self.error(currency: "usd")?.description
                == #"scenario: currency: found "usd"; must be 3 uppercase letters, an ISO 4217 code such as USD"#)
    }

    /// Numbers that are not finite have no JSON literal; they are reported as not finite.
    @Test func numbersThatAreNotFinite() {
        #expect(
            Self.error(offers: [Offer(name: "A", vendor: "agent", charges: [.perOutcome(PerOutcome(price: .nan))])])?.description
                == "scenario: offers[0].pricing.price: found nan; must be a finite number")
        #expect(
            Self.error(workload: Workload(tasksPerMonth: .fixed(.infinity)))?.description
                == "scenario: workload.tasksPerMonth: found inf; must be a finite number")
        #expect(
            Self.error(workload: Workload(tasksPerMonth: .uniform(0, .infinity)))?.description
                == "scenario: workload.tasksPerMonth.uniform: found [0, inf]; must be an array of 2 numbers [a, b]")
    }

    /// A plan whose tier is not in the list, brackets out of order, a count past 2⁵³.
    @Test func chargesThatCodeAloneCanGetWrong() {
        let tiers = [Tiered.Tier(name: "Pro", monthlyFee: 10, includedOutcomes: 5)]
        let plan = Offer(name: "A", vendor: "agent", charges: [.tiered(Tiered(tiers: tiers, plan: .tier(5), overagePrice: 1))])
        #expect(
            Self.error(offers: [plan])?.description
                == "scenario: offers[0].pricing.plan: found 5; must be cheapest or the name of a tier: Pro")
        let brackets = [Graduated.Bracket(upTo: 10, unitPrice: 1), Graduated.Bracket(upTo: 5, unitPrice: 1)]
        let graduated = Offer(
            name: "A", vendor: "agent", charges: [.graduated(Graduated(metric: .tasks, mode: .volume, brackets: brackets))])
        #expect(
            Self.error(offers: [graduated])?.description == """
                scenario: offers[0].pricing.brackets[1].upTo: found 5; must be null: the last bracket has no limit
                """)
        let seats = Offer(name: "A", vendor: "agent", charges: [.perSeat(PerSeat(seats: Int.max, pricePerSeat: 1))])
        #expect(
            Self.error(offers: [seats])?.description
                == "scenario: offers[0].pricing.seats: found 9223372036854775807; must be a whole number in 0…9007199254740992")
    }

    /// The file format reads a training lag of 0 months as none; so does the initializer.
    @Test func trainingLagOfNoMonthsIsNone() throws {
        let vendor = Vendor(
            id: "agent", attemptSuccessRate: .fixed(0.8), trainingLag: TrainingLag(months: 0, initialAttemptSuccessRate: .fixed(0.2)))
        let scenario = try Scenario(name: "t", horizonMonths: 12, workload: Self.workload, vendors: [vendor], offers: [Self.perOutcome])
        #expect(scenario.vendors[0].trainingLag == nil)
    }

    /// The error's file name can be set to where the scenario came from.
    @Test func theSourceCanBeRenamed() {
        guard var error = Self.error(horizonMonths: 601) else {
            Issue.record("no error")
            return
        }
        error.fileName = "support.json"
        #expect(error.description == "support.json: horizonMonths: found 601; must be a whole number in 1…600")
    }
}
