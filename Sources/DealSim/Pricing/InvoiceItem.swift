/// What an invoice line is for: one case per kind of line the pricing models and deal terms
/// produce, carrying the numbers and names that tell one line of that kind from another.
///
/// Pricing builds items; it never writes them. The words an invoice prints for each item
/// ("Pro plan fee (15,000 outcomes included)", "outcomes in bracket 10–20") are made in one
/// place in the Reports folder.
public enum InvoiceItem: Sendable, Equatable {
    // MARK: Charges

    /// Accepted outcomes × price, of `perOutcome` or `cappedPerOutcome`.
    case acceptedOutcomes
    /// Tasks handled × price, of `perTask`.
    case tasksHandled
    /// Attempts × price, of `perAttempt`.
    case attempts
    /// Seats × price per seat, of `perSeat`.
    case seats
    /// The fee of `fixedFee`.
    case fixedMonthlyFee
    /// The monthly fee of the `tiered` plan billed.
    /// - Parameters:
    ///   - plan: the tier's name, e.g. "Pro".
    ///   - includedOutcomes: the accepted outcomes the fee includes.
    case planFee(plan: String, includedOutcomes: Int)
    /// Accepted outcomes beyond those a `tiered` plan includes × the overage price.
    case overageOutcomes
    /// Units priced in one bracket of `graduated` × the bracket's unit price.
    ///
    /// The bracket covers `(above, upTo]`.
    /// - Parameters:
    ///   - metric: the quantity the brackets price.
    ///   - above: the `upTo` of the bracket before, 0 for the first bracket.
    ///   - upTo: the last unit of the bracket; `nil` when it has no limit.
    case bracketUnits(metric: UsageMetric, above: Int, upTo: Int?)
    /// Started blocks of `package` × the price per block.
    /// - Parameters:
    ///   - metric: the quantity the blocks hold.
    ///   - units: the month's units.
    ///   - freeUnits: the units of them that were free.
    ///   - unitsPerPackage: the units in one block.
    case packages(metric: UsageMetric, units: Double, freeUnits: Double, unitsPerPackage: Int)
    /// The flat fee of one charged bracket of `graduated`, the bracket `(above, upTo]`.
    /// - Parameters:
    ///   - above: the `upTo` of the bracket before, 0 for the first bracket.
    ///   - upTo: the last unit of the bracket; `nil` when it has no limit.
    case bracketFlatFee(above: Int, upTo: Int?)
    /// The monthly fee of `subscriptionPlusBonus`.
    case subscription
    /// The bonus of `subscriptionPlusBonus`, earned in a month whose accepted outcomes reach
    /// `target`.
    case bonus(target: Int)
    /// The share of `revenueShare`: `basis` × `percent`/100.
    /// - Parameters:
    ///   - percent: the share, 0…100.
    ///   - basis: revenue or savings.
    case share(percent: Double, basis: RevenueShare.Basis)
    /// The vendor's compute cost passed through by `costPlus`.
    case computeCost
    /// The markup of `costPlus` on compute cost.
    /// - Parameter percent: the markup in percent, 30 for a markup of 0.3, rounded to 9
    ///   decimals so that it reads 30, not 30.000000000000004.
    case markup(percent: Double)

    /// The monthly fee of a `credits` wallet's bundle of `credits` credits.
    case creditBundle(credits: Double)
    /// What a `credits` wallet held this month (an amount of 0): `carried` from the month
    /// before plus `granted` this month.
    case creditsAvailable(carried: Double, granted: Double)
    /// The credits the month used of those it needed (an amount of 0).
    case creditsUsed(used: Double, needed: Double)
    /// Credits beyond the balance × the wallet's overage price.
    case overageCredits
    /// Top-up packs of `creditsPerPack` bought for a shortfall of `shortfall` credits × the
    /// pack's price.
    case topUpPacks(creditsPerPack: Int, shortfall: Double)
    /// A shortfall of a free month: the balance empties and nothing is billed (an amount of 0).
    case creditsShortInFreeMonth(shortfall: Double)
    /// The credits carried into the next month of `remaining` left (an amount of 0); `limit`
    /// is the most the rollover carries, `nil` for all.
    case creditsCarried(carried: Double, remaining: Double, limit: Double?)

    // MARK: Adjustments

    /// Raises the amount to a monthly minimum: of `revenueShare`, or of the deal terms.
    case monthlyMinimum
    /// Lowers the amount to a monthly cap: of `cappedPerOutcome`, of `revenueShare`, or of
    /// the deal terms.
    case monthlyCap
    /// Takes away the charges of a free month of the deal terms.
    /// - Parameters:
    ///   - month: the month of the deal, 1-based.
    ///   - freeMonths: how many months are free.
    case freeMonth(month: Int, of: Int)
    /// The one-off fee of the deal terms, billed in month 1.
    case implementationFee
    /// The fee for ending the deal before its minimum term of `minimumTermMonths`.
    case earlyTerminationFee(minimumTermMonths: Int)
    /// A commitment's period so far, in a month that does not end it (an amount of 0):
    /// `invoiced` of `committed` in month `month` of a period of `periodMonths`.
    case commitmentToDate(invoiced: Double, committed: Double, month: Int, periodMonths: Int)
    /// The true-up at the end of a commitment's period: the period invoiced `invoiced`, less
    /// than `committed` (pro rata for a period the horizon cuts).
    case trueUp(invoiced: Double, committed: Double)
}
