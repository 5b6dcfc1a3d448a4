/// The horizon totals of every offer in every trial, and each trial's all-human baseline:
/// what the per-trial statistics (means, exact percentiles, probabilities of loss) and the
/// analyses read. Written by many threads at once, each trial to its own slots.
///
/// Memory: `trials · (offers · 17 + 2)` doubles reserved (1.1 GB at 1,000,000 trials and 8
/// offers), of which only the columns a deal has are touched and so take memory: 9 an offer
/// always, the cash deficit with payment terms, the months over budget with a budget, the
/// true-ups with a commitment, the termination fee with a minimum term, 5 columns of compute
/// under a cost trend (584 MB at 1,000,000 trials and 8 offers without any of them).
public final class TrialTotals: Sendable {
    /// A total kept per offer and trial.
    public enum Column: Int, Sendable, CaseIterable {
        /// Σ invoices: the vendor's revenue.
        case revenue
        /// Σ vendor cost.
        case vendorCost
        /// Σ compute cost.
        case computeCost
        /// Σ buyer cost.
        case buyerCost
        /// Σ accepted outcomes (after any pause).
        case acceptedOutcomes
        /// The deepest cumulative deficit, `max(0, −lowest cumulative profit)`.
        case maxDeficit
        /// 1 if any month lost money, else 0.
        case hadLossMonth
        /// The deepest cumulative cash deficit under the payment terms.
        case maxCashDeficit
        /// Σ tasks left to humans.
        case humanTasks
        /// The months over the buyer's monthly budget.
        case monthsOverBudget
        /// Σ a commitment's true-ups.
        case trueUps
        /// The early termination fee billed.
        case terminationFee
        /// The first year's compute cost (with a cost trend).
        case computeCostFirstYear
        /// The first year's accepted outcomes (with a cost trend).
        case acceptedOutcomesFirstYear
        /// The last year's compute cost (with a cost trend).
        case computeCostLastYear
        /// The last year's accepted outcomes (with a cost trend).
        case acceptedOutcomesLastYear
        /// The compute cost at month 1's cost per attempt (with a cost trend).
        case computeCostWithoutTrend
    }

    /// The number of trials.
    public let trials: Int
    /// The number of offers.
    public let offers: Int
    private let totals: SharedBuffer
    private let baselineBuffer: SharedBuffer
    private let dealMonthsBuffer: SharedBuffer

    /// Zeros for `trials` trials of `offers` offers.
    /// Whether each offer is paid in the month it bills: its cash deficit is then its
    /// accrual deficit, which is read in its place and not stored twice.
    private let paidInTheMonth: [Bool]

    /// Zeros for `trials` trials of `offers` offers; `paidInTheMonth[o]` whether offer `o` is
    /// paid in the month it bills (all, when not given).
    init(trials: Int, offers: Int, paidInTheMonth: [Bool]? = nil) {
        self.trials = trials
        self.offers = offers
        self.paidInTheMonth = paidInTheMonth ?? Array(repeating: true, count: offers)
        totals = SharedBuffer(count: trials * offers * Column.allCases.count)
        baselineBuffer = SharedBuffer(count: trials)
        dealMonthsBuffer = SharedBuffer(count: trials)
    }

    /// Records a trial's totals for one offer. Only the thread running `trial` calls this.
    func record(_ horizon: OfferHorizon, offer: Int, trial: Int) {
        // One store per column, without a loop over the columns: this runs once per offer and trial.
        let values = totals.values
        values[slot(.revenue, offer, trial)] = horizon.revenue
        values[slot(.vendorCost, offer, trial)] = horizon.vendorCost
        values[slot(.computeCost, offer, trial)] = horizon.computeCost
        values[slot(.buyerCost, offer, trial)] = horizon.buyerCost
        values[slot(.acceptedOutcomes, offer, trial)] = horizon.acceptedOutcomes
        values[slot(.maxDeficit, offer, trial)] = horizon.maxDeficit
        values[slot(.hadLossMonth, offer, trial)] = horizon.hadLossMonth ? 1 : 0
        values[slot(.humanTasks, offer, trial)] = horizon.humanTasks
        // Zero unless the deal has the term: left unwritten then, so that their pages of the
        // zeroed block are never touched by a run without them.
        if !paidInTheMonth[offer] { values[slot(.maxCashDeficit, offer, trial)] = horizon.maxCashDeficit }
        if horizon.monthsOverBudget != 0 { values[slot(.monthsOverBudget, offer, trial)] = Double(horizon.monthsOverBudget) }
        if horizon.trueUps != 0 { values[slot(.trueUps, offer, trial)] = horizon.trueUps }
        if horizon.terminationFee != 0 { values[slot(.terminationFee, offer, trial)] = horizon.terminationFee }
        if horizon.acceptedOutcomesFirstYear != 0 || horizon.acceptedOutcomesLastYear != 0 {
            values[slot(.computeCostFirstYear, offer, trial)] = horizon.computeCostFirstYear
            values[slot(.acceptedOutcomesFirstYear, offer, trial)] = horizon.acceptedOutcomesFirstYear
            values[slot(.computeCostLastYear, offer, trial)] = horizon.computeCostLastYear
            values[slot(.acceptedOutcomesLastYear, offer, trial)] = horizon.acceptedOutcomesLastYear
        }
        if horizon.computeCostWithoutTrend != 0 {
            values[slot(.computeCostWithoutTrend, offer, trial)] = horizon.computeCostWithoutTrend
        }
    }

    /// Records a trial's all-human baseline over the horizon and the months its deal ran.
    /// Only the thread running `trial` calls this.
    func recordWorld(baseline: Double, dealMonths: Int, trial: Int) {
        baselineBuffer.values[trial] = baseline
        dealMonthsBuffer.values[trial] = Double(dealMonths)
    }

    private func slot(_ column: Column, _ offer: Int, _ trial: Int) -> Int {
        (offer * Column.allCases.count + column.rawValue) * trials + trial
    }

    /// A column of one offer, trial 0 first. An offer paid in the month it bills has its
    /// accrual deficit as its cash deficit.
    func column(_ column: Column, offer: Int) -> UnsafeBufferPointer<Double> {
        let column = column == .maxCashDeficit && paidInTheMonth[offer] ? .maxDeficit : column
        let start = slot(column, offer, 0)
        return totals[start..<(start + trials)]
    }

    /// The baselines, trial 0 first.
    var baseline: UnsafeBufferPointer<Double> { baselineBuffer[0..<trials] }

    /// The months each trial's deal ran, trial 0 first: the same for every offer.
    var dealMonths: UnsafeBufferPointer<Double> { dealMonthsBuffer[0..<trials] }

    /// One offer's `column`, trial 0 first.
    public func values(_ column: Column, offer: Int) -> [Double] { Array(self.column(column, offer: offer)) }

    /// One offer's vendor profit (revenue − cost) in each trial, trial 0 first.
    public func vendorProfit(offer: Int) -> [Double] {
        let columns = columns(offer: offer)
        return (0..<trials).map { columns.value(.vendorProfit, trial: $0)! }
    }

    /// Each trial's all-human baseline, trial 0 first.
    public var baselines: [Double] { Array(baseline) }
}
