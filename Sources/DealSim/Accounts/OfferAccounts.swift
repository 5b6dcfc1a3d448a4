/// One offer's accounts over the months of a trial's ``World``, by the formulas of
/// ``OfferMonth``.
///
/// The months go through each step together (the worked fractions and usage of every month,
/// then each charge over all months, then the deal terms, then the costs), so that each
/// charge's model is chosen once per trial rather than once per month, and a charge or term
/// that carries state from month to month sees the months in order.
public struct OfferAccounts: Sendable {
    /// The offer accounted for.
    public let offer: Offer
    /// The position of the offer's vendor in the scenario.
    let vendor: Int
    /// The position whose buyer costs the world holds for this offer.
    let buyerCosts: Int
    private let billsOnOutcomes: Bool
    private let pauses: Bool
    private let paymentDelay: Int
    private let monthlyBudget: Double
    /// Whether the first and last year's compute cost per accepted outcome are kept: with a
    /// cost trend and a horizon of two years or more.
    private let keepsYears: Bool
    /// Whether the compute cost without the cost trend is kept: with a cost trend.
    private let keepsCostWithoutTrend: Bool
    /// The accounts of offer `index` of `scenario`.
    public init(offer index: Int, of scenario: Scenario) {
        self.init(scenario.offers[index], drawnAs: index, of: scenario)
    }

    /// The accounts of `variant`, a variant of offer `index` of `scenario` in its pricing or
    /// deal terms, evaluated on the worlds drawn for `scenario`: the same vendor counts and
    /// the buyer costs drawn for offer `index`.
    /// - Precondition: `variant` has offer `index`'s vendor and buyer costs.
    public init(_ variant: Offer, drawnAs index: Int, of scenario: Scenario) {
        precondition(
            variant.vendor == scenario.offers[index].vendor && variant.buyerCosts == scenario.offers[index].buyerCosts,
            "a variant of an offer keeps its vendor and buyer costs")
        offer = variant
        vendor = scenario.vendors.firstIndex { $0.id == variant.vendor }!
        buyerCosts = index
        billsOnOutcomes = variant.billsOnOutcomes
        pauses = variant.pauses
        paymentDelay = variant.terms.paymentDelayMonths
        monthlyBudget = scenario.workload.monthlyBudget ?? .infinity
        keepsCostWithoutTrend = scenario.vendors[vendor].costPerAttemptTrend != .fixed(0)
        keepsYears = keepsCostWithoutTrend && scenario.horizonMonths >= 24
    }

    /// The offer's accounts in every month of `world`, month 1 first, and their horizon totals.
    /// - Precondition: `world` was drawn for the scenario these accounts were made for.
    /// - Complexity: O(months · charges).
    public func compute(in world: World) -> (months: [OfferMonth], horizon: OfferHorizon) {
        let scratch = AccountsScratch(months: world.tasks.count)
        let horizon = compute(in: world, into: scratch)
        return (Array(scratch.months), horizon)
    }

    /// Computes the offer's accounts in every month of `world` into `scratch.months` and
    /// returns their horizon totals, without allocating.
    /// - Precondition: `scratch` has room for the world's months.
    @inline(__always)  // inlined into the runner's loop, so that neither the offer nor the world is copied a trial
    func compute(in world: borrowing World, into scratch: AccountsScratch) -> OfferHorizon {
        let (usages, fractions, invoices, months) = (scratch.usages, scratch.fractions, scratch.invoices, scratch.months)
        let counts = world.vendorMonths[vendor]
        precondition(counts.count <= months.count, "a world longer than the scratch space")
        let (vendor, workload, buyerCosts) = (world.vendors[vendor], world.workload, world.buyerCosts[self.buyerCosts])
        // The deal's months 1…E are priced; after E the buyer works by hand (<doc:TheModel>, "Churn").
        let dealMonths = world.dealMonths
        for index in 0..<dealMonths {
            let counts = counts[index]
            let accepted = Double(counts.accepted), attempts = Double(counts.attempts)
            usages[index] = MeteredUsage(
                acceptedOutcomes: accepted, tasks: Double(counts.tasks), attempts: attempts,
                revenue: accepted * workload.revenuePerOutcome, savings: accepted * workload.savingsPerOutcome,
                computeCost: attempts * counts.costPerAttempt)
            fractions[index] = 1
        }
        if pauses { offer.meter(UnsafeMutableBufferPointer(rebasing: usages[..<dealMonths]), workedFractions: fractions) }
        let trueUps = offer.terms.commitment == nil ? nil : UnsafeMutableBufferPointer(rebasing: scratch.trueUps[..<dealMonths])
        offer.fillInvoices(
            invoices, for: UnsafeBufferPointer(rebasing: usages[..<dealMonths]), horizonMonths: dealMonths,
            endsEarly: dealMonths < counts.count, trueUps: trueUps)
        var horizon = OfferHorizon()
        for index in 0..<dealMonths {
            let counts = counts[index]
            let (usage, invoice) = (usages[index], invoices[index])
            let disputed = fractions[index] * Double(counts.disputed)
            let vendorCost =
                usage.computeCost + usage.tasks * vendor.costPerTask + vendor.fixedCostPerMonth
                + (billsOnOutcomes ? disputed * vendor.disputeCost : 0)
            let humanTasks = Double(counts.tasks) - usage.acceptedOutcomes
            let buyerCost =
                invoice + humanTasks * workload.humanCostPerTask + buyerCosts.perTask * usage.tasks + buyerCosts.perMonth
                + (billsOnOutcomes ? buyerCosts.perDispute * disputed : 0)
            months[index] = OfferMonth(
                workedFraction: fractions[index], usage: usage, invoice: invoice, computeCost: usage.computeCost,
                vendorCost: vendorCost, humanTasks: humanTasks, buyerCost: buyerCost)
            horizon.add(months[index])
        }
        for index in dealMonths..<counts.count {
            let tasks = Double(counts[index].tasks)
            months[index] = OfferMonth(
                workedFraction: 0, usage: MeteredUsage(acceptedOutcomes: 0), invoice: 0, computeCost: 0, vendorCost: 0,
                humanTasks: tasks, buyerCost: tasks * workload.humanCostPerTask)
            horizon.add(months[index])
        }
        addTermsBeyondTheMonth(to: &horizon, months: UnsafeBufferPointer(rebasing: months[..<counts.count]), trueUps: trueUps)
        if dealMonths < counts.count { horizon.terminationFee = offer.terms.terminationFee(endingIn: dealMonths) }
        if keepsCostWithoutTrend {
            for index in 0..<dealMonths {
                horizon.computeCostWithoutTrend += months[index].workedFraction * Double(counts[index].attempts) * vendor.costPerAttempt
            }
        }
        if keepsYears {
            for month in months[..<12] {
                horizon.computeCostFirstYear += month.computeCost
                horizon.acceptedOutcomesFirstYear += month.usage.acceptedOutcomes
            }
            for month in months[(counts.count - 12)..<counts.count] {
                horizon.computeCostLastYear += month.computeCost
                horizon.acceptedOutcomesLastYear += month.usage.acceptedOutcomes
            }
        }
        return horizon
    }
}

extension OfferAccounts {
    /// Adds what the months' terms beyond each month make of them: the cash flow under the
    /// payment terms, the months over the buyer's budget, the true-ups. Each is a pass of its
    /// own, taken only when the offer or the workload has the term: paid in the month
    /// (net 0), the cash flow is the profit and its deficit the accrual deficit, bit for bit.
    private func addTermsBeyondTheMonth(
        to horizon: inout OfferHorizon, months: UnsafeBufferPointer<OfferMonth>, trueUps: UnsafeMutableBufferPointer<Double>?
    ) {
        if paymentDelay == 0 {
            (horizon.cumulativeCash, horizon.lowestCumulativeCash) = (horizon.cumulativeProfit, horizon.lowestCumulativeProfit)
        } else {
            for index in months.indices {
                let received = index >= paymentDelay ? months[index - paymentDelay].invoice : 0
                horizon.addCashFlow(received: received, cost: months[index].vendorCost)
            }
        }
        if monthlyBudget.isFinite {
            for month in months where month.invoice > monthlyBudget { horizon.monthsOverBudget += 1 }
        }
        if let trueUps { horizon.trueUps = trueUps.reduce(0, +) }
    }
}

/// Scratch space for one offer's months of one trial at a time: the usages, worked
/// fractions, invoices and accounts of every month. A runner keeps one and lends it to every offer in turn, so that
/// it stays in cache.
final class AccountsScratch {
    let usages: UnsafeMutableBufferPointer<MeteredUsage>
    let fractions: UnsafeMutableBufferPointer<Double>
    let trueUps: UnsafeMutableBufferPointer<Double>
    let invoices: UnsafeMutableBufferPointer<Double>
    let months: UnsafeMutableBufferPointer<OfferMonth>

    /// Room for `count` months.
    init(months count: Int) {
        usages = .allocate(capacity: count)
        usages.initialize(repeating: MeteredUsage(acceptedOutcomes: 0))
        fractions = .allocate(capacity: count)
        fractions.initialize(repeating: 1)
        trueUps = .allocate(capacity: count)
        trueUps.initialize(repeating: 0)
        invoices = .allocate(capacity: count)
        invoices.initialize(repeating: 0)
        months = .allocate(capacity: count)
        months.initialize(
            repeating: OfferMonth(
                workedFraction: 1, usage: MeteredUsage(acceptedOutcomes: 0), invoice: 0, computeCost: 0, vendorCost: 0,
                humanTasks: 0, buyerCost: 0))
    }

    deinit {
        usages.deallocate()
        fractions.deallocate()
        trueUps.deallocate()
        invoices.deallocate()
        months.deallocate()
    }
}
