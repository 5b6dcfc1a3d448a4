/// `tiered`: outcome packages. A plan's monthly fee includes a number of accepted outcomes;
/// each outcome beyond them costs `overagePrice`.
///
/// With the plan `cheapest` the buyer is billed, each month, the lowest amount over all tiers
/// (ties go to the tier listed first).
public struct Tiered: Sendable, Hashable {
    /// One package: a fee that includes a number of outcomes.
    public struct Tier: Sendable, Hashable {
        /// The tier's name, e.g. "Pro".
        public var name: String
        /// The tier's monthly fee.
        public var monthlyFee: Double
        /// Accepted outcomes the fee includes.
        public var includedOutcomes: Int

        /// Creates a tier.
        public init(name: String, monthlyFee: Double, includedOutcomes: Int) {
            self.name = name
            self.monthlyFee = monthlyFee
            self.includedOutcomes = includedOutcomes
        }

        /// `monthlyFee + overagePrice · max(0, Cₜ − includedOutcomes)`.
        func amount(acceptedOutcomes: Double, overagePrice: Double) -> Double {
            monthlyFee + overagePrice * Swift.max(0, acceptedOutcomes - Double(includedOutcomes))
        }
    }

    /// Which tier the buyer is on.
    public enum Plan: Sendable, Hashable {
        /// The tier at this index of `tiers`, every month (a scenario names it).
        case tier(Int)
        /// Each month, whichever tier costs least.
        case cheapest
    }

    /// The packages on offer, in file order.
    public var tiers: [Tier]
    /// The buyer's plan.
    public var plan: Plan
    /// Price of one accepted outcome beyond those included.
    public var overagePrice: Double

    /// Creates the charge. A fixed plan's index must lie in `tiers`, which is not empty.
    public init(tiers: [Tier], plan: Plan, overagePrice: Double) {
        self.tiers = tiers
        self.plan = plan
        self.overagePrice = overagePrice
    }

    /// The tier billed for this many accepted outcomes.
    public func billedTier(acceptedOutcomes: Double) -> Tier {
        tiers[billedTierIndex(acceptedOutcomes: acceptedOutcomes)]
    }

    /// The index in `tiers` of the tier billed for this many accepted outcomes: the plan's,
    /// or the first of the cheapest.
    ///
    /// It works on indices so that ``amount(for:)`` never copies a ``Tier``: copying one
    /// retains and releases its name, and a release is an unknown side effect to the
    /// optimizer, which then copies the whole ``Offer`` around every monthly invoice.
    func billedTierIndex(acceptedOutcomes: Double) -> Int {
        switch plan {
        case .tier(let index):
            return index
        case .cheapest:
            var best = 0
            var bestAmount = tiers[0].amount(acceptedOutcomes: acceptedOutcomes, overagePrice: overagePrice)
            for index in tiers.indices.dropFirst() {
                let amount = tiers[index].amount(acceptedOutcomes: acceptedOutcomes, overagePrice: overagePrice)
                if amount < bestAmount { (best, bestAmount) = (index, amount) }
            }
            return best
        }
    }

    /// The billed tier's fee plus overage.
    public func amount(for usage: MeteredUsage) -> Double {
        tiers[billedTierIndex(acceptedOutcomes: usage.acceptedOutcomes)]
            .amount(acceptedOutcomes: usage.acceptedOutcomes, overagePrice: overagePrice)
    }

    /// The plan's fee, then the overage when there is any.
    public func lines(for usage: MeteredUsage) -> [InvoiceLine] {
        let tier = billedTier(acceptedOutcomes: usage.acceptedOutcomes)
        var lines = [
            InvoiceLine(item: .planFee(plan: tier.name, includedOutcomes: tier.includedOutcomes), amount: tier.monthlyFee)
        ]
        let overage = max(0, usage.acceptedOutcomes - Double(tier.includedOutcomes))
        if overage > 0 {
            lines.append(InvoiceLine(item: .overageOutcomes, quantity: overage, unitPrice: overagePrice, amount: overage * overagePrice))
        }
        return lines
    }
}
