@testable import DealSim

extension Scenario {
    /// A scenario that a test states and knows to be valid. An invalid one is a mistake in
    /// the test: it stops the tests with the issues.
    static func valid(_ build: () throws -> Scenario) -> Scenario {
        do {
            return try build()
        } catch {
            preconditionFailure("a test scenario is invalid:\n\(error)")
        }
    }

    /// A small scenario for engine tests: one vendor, offers as given.
    static func testScenario(
        horizonMonths: Int = 6, trials: Int = 2_000, workload: Workload, vendors: [Vendor], offers: [Offer]
    ) -> Scenario {
        valid {
            try Scenario(name: "test", horizonMonths: horizonMonths, trials: trials, workload: workload, vendors: vendors, offers: offers)
        }
    }

    /// This scenario with its parts changed by `edit`, built again through the checks.
    func editing(_ edit: (inout ScenarioParts) -> Void) throws(ScenarioLoadError) -> Scenario {
        var parts = ScenarioParts(self)
        edit(&parts)
        return try parts.scenario()
    }
}

/// The parts of a scenario, each of which a test may change before building it again.
struct ScenarioParts {
    var name: String
    var title: String
    var description: String?
    var currency: String
    var horizonMonths: Int
    var trials: Int
    var seed: UInt64?
    var workload: Workload
    var vendors: [Vendor]
    var offers: [Offer]
    var correlations: [RankCorrelation]

    /// The parts of `scenario`.
    init(_ scenario: Scenario) {
        name = scenario.name
        title = scenario.title
        description = scenario.description
        currency = scenario.currency
        horizonMonths = scenario.horizonMonths
        trials = scenario.trials
        seed = scenario.seed
        workload = scenario.workload
        vendors = scenario.vendors
        offers = scenario.offers
        correlations = scenario.correlations
    }

    /// The scenario of these parts, checked.
    func scenario() throws(ScenarioLoadError) -> Scenario {
        try Scenario(
            name: name, title: title, description: description, currency: currency, horizonMonths: horizonMonths,
            trials: trials, seed: seed, workload: workload, vendors: vendors, offers: offers, correlations: correlations)
    }
}

extension Offer {
    /// An offer of vendor "agent" with one charge.
    static func agent(_ name: String, _ charge: Charge, terms: DealTerms = DealTerms(), buyerCosts: BuyerCosts = BuyerCosts()) -> Offer {
        Offer(name: name, vendor: "agent", charges: [charge], terms: terms, buyerCosts: buyerCosts)
    }
}
