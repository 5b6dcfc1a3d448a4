/// One trial of a run, month by month: the audit trail of a simulated deal. Trial `trial` of
/// a run with `seed` draws the same world whatever the number of trials (``RandomPlan``), so
/// the trace is exactly that trial of any run with the same seed: its totals are the trial's
/// horizon totals inside the run, bit for bit.
public struct TrialTrace: Sendable {
    /// One offer's months in the trial.
    public struct OfferTrace: Sendable {
        /// The offer.
        public let offer: Offer
        /// Its accounts, month 1 first.
        public let months: [OfferMonth]
        /// Their totals over the horizon.
        public let horizon: OfferHorizon
        /// The deal's last month E (<doc:TheModel>, "Churn").
        public let dealMonths: Int

        /// The invoice lines of month `month` (1-based): each charge's lines, then each term
        /// applied, from the metered usage of that month and the months before it (a wallet's
        /// balance, a commitment's period), as `dealsim quote` prints them. The deal's last
        /// month ends a commitment period and, before the horizon, bills the early termination
        /// fee; a month after it bills nothing and has no lines.
        public func invoiceLines(month: Int) -> [InvoiceLine] {
            guard month <= dealMonths else { return [] }
            return offer.invoiceLines(
                for: months[..<month].map(\.usage), horizonMonths: dealMonths,
                endsEarly: month == dealMonths && dealMonths < months.count)
        }
    }

    /// The scenario.
    public let scenario: Scenario
    /// The trial's world: its draws and every month's counts.
    public let world: World
    /// Each offer's months, in the scenario's order.
    public let offers: [OfferTrace]

    /// Traces trial `trial` of the runs of `scenario` with `seed`.
    /// - Precondition: `trial ≥ 0`.
    public init(scenario: Scenario, seed: UInt64, trial: Int) {
        precondition(trial >= 0, "trials are numbered from 0")
        self.scenario = scenario
        let world = World(of: scenario, seed: seed, trial: trial)
        self.world = world
        offers = scenario.offers.indices.map { index in
            let accounts = OfferAccounts(offer: index, of: scenario).compute(in: world)
            return OfferTrace(
                offer: scenario.offers[index], months: accounts.months, horizon: accounts.horizon, dealMonths: world.dealMonths)
        }
    }

    /// Every uncertain parameter's draw in this trial, by its JSON path, in file order.
    public var draws: [(path: String, value: Double)] {
        scenario.uncertainParameters.map { ($0.path, $0.value(in: world)) }
    }
}
