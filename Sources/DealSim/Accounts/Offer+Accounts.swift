extension Offer {
    /// Computes this offer's accounts for month `month` from its vendor's counts and the
    /// trial's draws, by the formulas of ``OfferMonth``; `billsOnOutcomes` is
    /// ``billsOnOutcomes``, computed once by the caller.
    func accounts(
        month: Int, counts: VendorMonth, vendor: VendorDraw, workload: WorkloadDraw,
        buyerCosts: BuyerCostDraw, billsOnOutcomes: Bool
    ) -> OfferMonth {
        let f = workedFraction(acceptedOutcomes: Double(counts.accepted), month: month)
        let tasks = f * Double(counts.tasks)
        let accepted = f * Double(counts.accepted)
        let disputed = f * Double(counts.disputed)
        let attempts = f * Double(counts.attempts)
        let computeCost = attempts * vendor.costPerAttempt
        let usage = MeteredUsage(
            acceptedOutcomes: accepted, tasks: tasks, attempts: attempts,
            revenue: accepted * workload.revenuePerOutcome, savings: accepted * workload.savingsPerOutcome,
            computeCost: computeCost)
        let invoice = invoice(for: usage, month: month)
        let vendorCost =
            computeCost + tasks * vendor.costPerTask + vendor.fixedCostPerMonth
            + (billsOnOutcomes ? disputed * vendor.disputeCost : 0)
        let fullTasks = Double(counts.tasks)
        let humanTasks = fullTasks - accepted
        let buyerCost =
            invoice + humanTasks * workload.humanCostPerTask + buyerCosts.perTask * tasks
            + buyerCosts.perMonth + (billsOnOutcomes ? buyerCosts.perDispute * disputed : 0)
        return OfferMonth(
            workedFraction: f, usage: usage, invoice: invoice, computeCost: computeCost, vendorCost: vendorCost,
            humanTasks: humanTasks, buyerCost: buyerCost)
    }
}
