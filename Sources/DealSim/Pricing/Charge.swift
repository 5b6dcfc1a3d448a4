/// One charge of an offer's pricing: one of the pricing models of <doc:PricingModels>.
///
/// An offer's charges add up to the month's amount before deal terms. Each model is a small
/// value that turns a month's ``MeteredUsage`` into an amount and its invoice lines; this
/// enum picks the model with one exhaustive switch per question.
public enum Charge: Sendable, Hashable {
    /// `perOutcome`
    case perOutcome(PerOutcome)
    /// `cappedPerOutcome`
    case cappedPerOutcome(CappedPerOutcome)
    /// `tiered`
    case tiered(Tiered)
    /// `graduated`
    case graduated(Graduated)
    /// `subscriptionPlusBonus`
    case subscriptionPlusBonus(SubscriptionPlusBonus)
    /// `revenueShare`
    case revenueShare(RevenueShare)
    /// `perTask`
    case perTask(PerTask)
    /// `perAttempt`
    case perAttempt(PerAttempt)
    /// `costPlus`
    case costPlus(CostPlus)
    /// `perSeat`
    case perSeat(PerSeat)
    /// `fixedFee`
    case fixedFee(FixedFee)
    /// `package`
    case package(Package)
    /// `credits`: a prepaid wallet, the one model whose amount depends on the months before.
    case credits(Credits)

    /// The month's amount of this charge.
    ///
    /// A `credits` wallet's amount depends on the months before: this is its month 1 from an
    /// empty wallet, outside free months. ``Offer/invoices(for:horizonMonths:endsEarly:)`` prices a
    /// wallet month after month.
    public func amount(for usage: MeteredUsage) -> Double {
        switch self {
        case .perOutcome(let model): return model.amount(for: usage)
        case .cappedPerOutcome(let model): return model.amount(for: usage)
        case .tiered(let model): return model.amount(for: usage)
        case .graduated(let model): return model.amount(for: usage)
        case .subscriptionPlusBonus(let model): return model.amount(for: usage)
        case .revenueShare(let model): return model.amount(for: usage)
        case .perTask(let model): return model.amount(for: usage)
        case .perAttempt(let model): return model.amount(for: usage)
        case .costPlus(let model): return model.amount(for: usage)
        case .perSeat(let model): return model.amount(for: usage)
        case .fixedFee(let model): return model.amount(for: usage)
        case .package(let model): return model.amount(for: usage)
        case .credits(let model): return model.month(1, needing: model.creditsNeeded(for: usage), carried: 0, isFree: false).amount
        }
    }

    /// Adds this charge's amount for each month's usage to the same month's entry of
    /// `amounts`, months in order: the model is chosen once for all the months, not once a
    /// month, and a model that carries state from month to month (a wallet's balance) carries
    /// it in this loop.
    /// - Parameter freeMonths: the deal's free months, in which a wallet buys nothing.
    /// - Precondition: `amounts.count ≥ usages.count`; `usages[0]` is the deal's month 1.
    func addAmounts(
        for usages: UnsafeBufferPointer<MeteredUsage>, to amounts: UnsafeMutableBufferPointer<Double>, freeMonths: Int
    ) {
        func add(_ amount: (MeteredUsage) -> Double) {
            for index in usages.indices { amounts[index] += amount(usages[index]) }
        }
        switch self {
        case .perOutcome(let model): add(model.amount)
        case .cappedPerOutcome(let model): add(model.amount)
        case .tiered(let model): add(model.amount)
        case .graduated(let model): add(model.amount)
        case .subscriptionPlusBonus(let model): add(model.amount)
        case .revenueShare(let model): add(model.amount)
        case .perTask(let model): add(model.amount)
        case .perAttempt(let model): add(model.amount)
        case .costPlus(let model): add(model.amount)
        case .perSeat(let model): add(model.amount)
        case .fixedFee(let model): add(model.amount)
        case .package(let model): add(model.amount)
        case .credits(let model):
            var wallet = CreditWallet(model)
            for index in usages.indices { amounts[index] += wallet.run(usages[index], isFree: index < freeMonths).amount }
        }
    }

    /// The invoice lines of this charge; their amounts add up to ``amount(for:)``. A
    /// `credits` wallet's are those of its month 1 from an empty wallet;
    /// ``Offer/invoiceLines(for:horizonMonths:endsEarly:)`` gives them after the months before.
    public func lines(for usage: MeteredUsage) -> [InvoiceLine] {
        switch self {
        case .perOutcome(let model): return model.lines(for: usage)
        case .cappedPerOutcome(let model): return model.lines(for: usage)
        case .tiered(let model): return model.lines(for: usage)
        case .graduated(let model): return model.lines(for: usage)
        case .subscriptionPlusBonus(let model): return model.lines(for: usage)
        case .revenueShare(let model): return model.lines(for: usage)
        case .perTask(let model): return model.lines(for: usage)
        case .perAttempt(let model): return model.lines(for: usage)
        case .costPlus(let model): return model.lines(for: usage)
        case .perSeat(let model): return model.lines(for: usage)
        case .fixedFee(let model): return model.lines(for: usage)
        case .package(let model): return model.lines(for: usage)
        case .credits(let model):
            return model.lines(for: model.month(1, needing: model.creditsNeeded(for: usage), carried: 0, isFree: false), isFree: false)
        }
    }

    /// Whether the charge bills on outcomes: perOutcome, cappedPerOutcome, tiered, graduated
    /// or package on outcomes, credits with credits per outcome, subscriptionPlusBonus and
    /// revenueShare. Such an offer bears the cost of disputes (<doc:TheModel>).
    public var billsOnOutcomes: Bool {
        switch self {
        case .perOutcome, .cappedPerOutcome, .tiered, .subscriptionPlusBonus, .revenueShare: return true
        case .graduated(let model): return model.metric == .outcomes
        case .package(let model): return model.metric == .outcomes
        case .credits(let model): return model.billsOnOutcomes
        case .perTask, .perAttempt, .costPlus, .perSeat, .fixedFee: return false
        }
    }

    /// Whether the agent may stop under this charge: a `cappedPerOutcome` that pauses at its
    /// cap, or a `credits` wallet that pauses when its credits run out.
    public var pauses: Bool {
        switch self {
        case .cappedPerOutcome(let model):
            guard case .pause = model.atCap else { return false }
            return true
        case .credits(let model): return model.pauses
        case .perOutcome, .tiered, .graduated, .subscriptionPlusBonus, .revenueShare, .perTask,
            .perAttempt, .costPlus, .perSeat, .fixedFee, .package:
            return false
        }
    }

    /// The fraction of the month the agent works under this charge's cap, given the vendor's
    /// full accepted outcomes: below 1 only for a `cappedPerOutcome` that pauses at its cap.
    /// (A wallet's pause depends on its balance: ``Offer/meteredUsages(_:)`` follows it.)
    public func workedFraction(acceptedOutcomes: Double) -> Double {
        switch self {
        case .cappedPerOutcome(let model): return model.workedFraction(acceptedOutcomes: acceptedOutcomes)
        case .perOutcome, .tiered, .graduated, .subscriptionPlusBonus, .revenueShare, .perTask,
            .perAttempt, .costPlus, .perSeat, .fixedFee, .package, .credits:
            return 1
        }
    }
}
