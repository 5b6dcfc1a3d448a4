/// `credits`: a prepaid wallet. The buyer pays a monthly fee for a bundle of credits and the
/// agent's work draws them down (<doc:PricingModels#credits>).
///
/// The wallet starts each trial empty. In month t the credits available are those carried
/// from month t − 1, plus `creditsPerMonth`, plus `initialCredits` in month 1; the month
/// needs `creditsPerOutcome·Cₜ + creditsPerTask·Nₜ + creditsPerAttempt·Aₜ` credits from the
/// offer's counts. A shortfall is bought as overage, as top-up packs, or not at all: the
/// agent pauses when the credits run out. What is left is carried as ``rollover`` says.
/// This is the one pricing model that carries state from month to month: ``CreditWallet``
/// holds it.
///
/// In a free month the wallet runs as usual except that nothing pauses and no pack is
/// bought: a shortfall empties the balance and costs nothing.
public struct Credits: Sendable, Hashable {
    /// What is carried into the next month of the balance left at a month's end.
    public enum Rollover: Sendable, Hashable {
        /// Nothing: unused credits lapse at the month's end.
        case none
        /// The whole balance.
        case all
        /// At most this many credits (≥ 0).
        case upTo(Double)

        /// The credits carried when `remaining` are left.
        func carried(_ remaining: Double) -> Double {
            switch self {
            case .none: return 0
            case .all: return remaining
            case .upTo(let limit): return min(remaining, limit)
            }
        }
    }

    /// What happens when a month needs more credits than the wallet holds.
    public enum WhenExhausted: Sendable, Hashable {
        /// Each credit short costs `price`.
        case overage(price: Double)
        /// Packs of `credits` (whole, ≥ 1) at `price` each are bought to cover the shortfall;
        /// the unused part of the last pack stays in the wallet.
        case topUp(credits: Int, price: Double)
        /// The agent stops when the credits run out, and humans take the rest of the month.
        case pause
    }

    /// The bundle's price, billed every month.
    public var monthlyFee: Double
    /// Credits granted at the start of every month.
    public var creditsPerMonth: Double
    /// Credits granted once, at the start of month 1: a pilot grant, a prepaid block.
    public var initialCredits: Double
    /// Credits an accepted outcome consumes.
    public var creditsPerOutcome: Double
    /// Credits a task consumes.
    public var creditsPerTask: Double
    /// Credits an attempt consumes.
    public var creditsPerAttempt: Double
    /// What is carried from one month to the next.
    public var rollover: Rollover
    /// What a shortfall does.
    public var whenExhausted: WhenExhausted

    /// Creates the charge; at least one of the credits per outcome, task or attempt should be
    /// above 0 (the scenario format requires it).
    public init(
        monthlyFee: Double = 0, creditsPerMonth: Double = 0, initialCredits: Double = 0, creditsPerOutcome: Double = 0,
        creditsPerTask: Double = 0, creditsPerAttempt: Double = 0, rollover: Rollover = .none, whenExhausted: WhenExhausted
    ) {
        self.monthlyFee = monthlyFee
        self.creditsPerMonth = creditsPerMonth
        self.initialCredits = initialCredits
        self.creditsPerOutcome = creditsPerOutcome
        self.creditsPerTask = creditsPerTask
        self.creditsPerAttempt = creditsPerAttempt
        self.rollover = rollover
        self.whenExhausted = whenExhausted
    }

    /// Whether the agent pauses when the credits run out.
    public var pauses: Bool {
        guard case .pause = whenExhausted else { return false }
        return true
    }

    /// Whether the work consumes credits by accepted outcome: such a wallet bills on outcomes.
    public var billsOnOutcomes: Bool { creditsPerOutcome > 0 }

    /// The credits a month's usage needs: `creditsPerOutcome·Cₜ + creditsPerTask·Nₜ +
    /// creditsPerAttempt·Aₜ`.
    public func creditsNeeded(for usage: MeteredUsage) -> Double {
        creditsPerOutcome * usage.acceptedOutcomes + creditsPerTask * usage.tasks + creditsPerAttempt * usage.attempts
    }

    /// The credits granted at the start of month `month`: the monthly grant, and the initial
    /// grant in month 1.
    public func granted(month: Int) -> Double { creditsPerMonth + (month == 1 ? initialCredits : 0) }

    /// The wallet's month, when `carried` credits were carried into month `month` and the
    /// month needs `needed` credits.
    ///
    /// A shortfall costs overage or top-up packs; a pausing wallet's shortfall can only be
    /// rounding (the offer's worked fraction keeps the month within the balance), costs
    /// nothing and leaves the balance at 0.
    /// - Parameters:
    ///   - month: the month, 1-based (month 1 grants `initialCredits` too).
    ///   - needed: the credits the month's (metered) usage needs.
    ///   - carried: the credits carried from the month before.
    ///   - isFree: whether the deal terms make the month free: a shortfall then empties the
    ///     balance and costs nothing.
    public func month(_ month: Int, needing needed: Double, carried: Double, isFree: Bool) -> CreditsMonth {
        let granted = granted(month: month)
        let available = carried + granted
        // A paused month's scaled counts, f · Cₜ, may need a rounding error more than the
        // balance they exactly match (1,000.0000000000001 of 1,000 credits): no shortfall.
        let shortfall = needed - available > 4 * needed.ulp ? needed - available : 0
        var result = CreditsMonth(
            carriedIn: carried, granted: granted, needed: needed, used: min(needed, available), shortfall: shortfall,
            packs: 0, shortfallCost: 0, remaining: max(0, available - needed), carried: 0, monthlyFee: monthlyFee)
        if result.shortfall > 0, !isFree {
            switch whenExhausted {
            case .overage(let price):
                result.shortfallCost = price * result.shortfall
            case .topUp(let credits, let price):
                result.packs = (result.shortfall / Double(credits)).rounded(.up)
                result.shortfallCost = result.packs * price
                result.remaining = result.packs * Double(credits) - result.shortfall
            case .pause:
                // The offer's worked fraction keeps the month within the balance; a shortfall
                // here is rounding, and empties the balance.
                break
            }
        }
        result.carried = rollover.carried(result.remaining)
        return result
    }

    /// The lines of a wallet's month: the bundle's fee, the credits available and used, what
    /// a shortfall cost (or that a free month's was not billed) and the balance carried.
    /// Only the fee and the shortfall's cost have amounts; the others are 0.
    public func lines(for month: CreditsMonth, isFree: Bool) -> [InvoiceLine] {
        var lines: [InvoiceLine] = []
        if monthlyFee != 0 || creditsPerMonth != 0 {
            lines.append(InvoiceLine(item: .creditBundle(credits: creditsPerMonth), amount: monthlyFee))
        }
        lines.append(InvoiceLine(item: .creditsAvailable(carried: month.carriedIn, granted: month.granted), amount: 0))
        lines.append(InvoiceLine(item: .creditsUsed(used: month.used, needed: month.needed), amount: 0))
        if month.shortfall > 0 {
            switch whenExhausted {
            case _ where isFree:
                lines.append(InvoiceLine(item: .creditsShortInFreeMonth(shortfall: month.shortfall), amount: 0))
            case .overage(let price):
                lines.append(
                    InvoiceLine(item: .overageCredits, quantity: month.shortfall, unitPrice: price, amount: month.shortfallCost))
            case .topUp(let credits, let price):
                lines.append(
                    InvoiceLine(
                        item: .topUpPacks(creditsPerPack: credits, shortfall: month.shortfall), quantity: month.packs,
                        unitPrice: price, amount: month.shortfallCost))
            case .pause:
                break
            }
        }
        let limit: Double?
        switch rollover {
        case .none: limit = 0
        case .all: limit = nil
        case .upTo(let most): limit = most
        }
        lines.append(InvoiceLine(item: .creditsCarried(carried: month.carried, remaining: month.remaining, limit: limit), amount: 0))
        return lines
    }

    /// The fraction of a month the agent works before the credits run out, on the vendor's
    /// full usage: `available / needed` when a pausing wallet falls short, otherwise 1.
    public func workedFraction(needing needed: Double, available: Double) -> Double {
        guard pauses, needed > available else { return 1 }
        return available / needed
    }
}

/// One month of a ``Credits`` wallet.
public struct CreditsMonth: Sendable, Equatable {
    /// Credits carried from the month before.
    public var carriedIn: Double
    /// Credits granted at the month's start: the monthly grant, and the initial one in month 1.
    public var granted: Double
    /// Credits the month's usage needs.
    public var needed: Double
    /// Credits drawn from the balance: the smaller of needed and available.
    public var used: Double
    /// Credits needed beyond those available.
    public var shortfall: Double
    /// Top-up packs bought for the shortfall.
    public var packs: Double
    /// What the shortfall cost: overage or packs.
    public var shortfallCost: Double
    /// The balance at the month's end.
    public var remaining: Double
    /// The credits carried into the next month.
    public var carried: Double
    /// The bundle's fee.
    public var monthlyFee: Double

    /// Credits available: carried plus granted.
    public var available: Double { carriedIn + granted }

    /// The charge's amount: the fee plus what the shortfall cost.
    public var amount: Double { monthlyFee + shortfallCost }
}

/// A ``Credits`` wallet through the months of one trial, in order: the balance carried into
/// the next month.
public struct CreditWallet: Sendable {
    /// The wallet's terms.
    public let credits: Credits
    /// The credits carried into the next month; 0 before month 1.
    public private(set) var carried = 0.0
    /// The next month, 1-based.
    public private(set) var month = 1

    /// An empty wallet before month 1.
    public init(_ credits: Credits) { self.credits = credits }

    /// The credits available in the next month, before its usage.
    public var available: Double { carried + credits.granted(month: month) }

    /// Runs the next month on its (metered) usage and carries its balance on.
    @discardableResult
    public mutating func run(_ usage: MeteredUsage, isFree: Bool) -> CreditsMonth {
        let result = credits.month(month, needing: credits.creditsNeeded(for: usage), carried: carried, isFree: isFree)
        carried = result.carried
        month += 1
        return result
    }
}
