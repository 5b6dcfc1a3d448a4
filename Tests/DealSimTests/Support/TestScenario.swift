@testable import DealSim

extension Scenario {
    /// A small scenario for engine tests: one vendor, offers as given.
    static func testScenario(
        horizonMonths: Int = 6, trials: Int = 2_000, workload: Workload, vendors: [Vendor], offers: [Offer]
    ) -> Scenario {
        Scenario(name: "test", horizonMonths: horizonMonths, trials: trials, workload: workload, vendors: vendors, offers: offers)
    }
}

extension Offer {
    /// An offer of vendor "agent" with one charge.
    static func agent(_ name: String, _ charge: Charge, terms: DealTerms = DealTerms(), buyerCosts: BuyerCosts = BuyerCosts()) -> Offer {
        Offer(name: name, vendor: "agent", charges: [charge], terms: terms, buyerCosts: buyerCosts)
    }
}
