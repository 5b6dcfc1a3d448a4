extension Offer {
    /// Computes this offer's accounts for consecutive months of one trial, by the formulas of
    /// ``OfferMonth``: `months[i]` is month `firstMonth + i`, from the vendor's counts
    /// `counts[i]` and the trial's draws.
    ///
    /// The months go through each step together (worked fractions and usage, then each
    /// charge, then the deal terms, then the costs), so that each charge's model is chosen
    /// once per trial rather than once per month. `traits` are this offer's ``Traits``,
    /// computed once by the caller. `usages` and `invoices` are scratch space of at least
    /// `counts.count` elements; `months` receives `counts.count` elements.
    func accounts(
        firstMonth: Int, counts: UnsafeBufferPointer<VendorMonth>, vendor: VendorDraw, workload: WorkloadDraw,
        buyerCosts: BuyerCostDraw, traits: Traits, usages: UnsafeMutableBufferPointer<MeteredUsage>,
        invoices: UnsafeMutableBufferPointer<Double>, into months: UnsafeMutableBufferPointer<OfferMonth>
    ) {
        let (pausesAtCap, billsOnOutcomes) = (traits.pausesAtCap, traits.billsOnOutcomes)
        for (index, counts) in counts.enumerated() {
            let f = pausesAtCap ? workedFraction(acceptedOutcomes: Double(counts.accepted), month: firstMonth + index) : 1
            let accepted = f * Double(counts.accepted)
            let attempts = f * Double(counts.attempts)
            usages[index] = MeteredUsage(
                acceptedOutcomes: accepted, tasks: f * Double(counts.tasks), attempts: attempts,
                revenue: accepted * workload.revenuePerOutcome, savings: accepted * workload.savingsPerOutcome,
                computeCost: attempts * vendor.costPerAttempt)
            months[index].workedFraction = f
        }
        let usages = UnsafeBufferPointer(rebasing: usages[..<counts.count])
        let invoices = UnsafeMutableBufferPointer(rebasing: invoices[..<counts.count])
        invoice(for: usages, firstMonth: firstMonth, into: invoices)
        for (index, counts) in counts.enumerated() {
            let (usage, invoice) = (usages[index], invoices[index])
            let disputed = months[index].workedFraction * Double(counts.disputed)
            let vendorCost =
                usage.computeCost + usage.tasks * vendor.costPerTask + vendor.fixedCostPerMonth
                + (billsOnOutcomes ? disputed * vendor.disputeCost : 0)
            let humanTasks = Double(counts.tasks) - usage.acceptedOutcomes
            let buyerCost =
                invoice + humanTasks * workload.humanCostPerTask + buyerCosts.perTask * usage.tasks
                + buyerCosts.perMonth + (billsOnOutcomes ? buyerCosts.perDispute * disputed : 0)
            months[index] = OfferMonth(
                workedFraction: months[index].workedFraction, usage: usage, invoice: invoice,
                computeCost: usage.computeCost, vendorCost: vendorCost, humanTasks: humanTasks, buyerCost: buyerCost)
        }
    }

    /// What the accounts need to know of an offer's charges, found once per offer.
    struct Traits: Sendable {
        /// Whether any charge bills on outcomes: the offer then bears dispute costs.
        var billsOnOutcomes: Bool
        /// Whether any charge pauses the agent at its cap.
        var pausesAtCap: Bool
    }

    /// This offer's ``Traits``.
    var traits: Traits {
        Traits(billsOnOutcomes: billsOnOutcomes, pausesAtCap: charges.contains { $0.pausesAtCap })
    }
}
