import Foundation

/// Per-trial horizon totals of every offer, written by many threads at once, each trial to
/// its own slots; and per-batch sums of the monthly metrics, each batch to its own region.
///
/// Memory: `trials · (offers · 7 + 1)` doubles for the totals (448 MB at 1,000,000 trials and
/// 8 offers) and `batches · offers · months · 3` doubles for the monthly sums (batches ≤ 256).
/// Nothing per trial and per month is kept.
final class TrialStore: @unchecked Sendable {
    /// The columns kept per offer and trial.
    enum Column: Int, CaseIterable {
        case revenue, vendorCost, computeCost, buyerCost, acceptedOutcomes, maxDeficit, hadLossMonth
    }

    private static let columnCount = Column.allCases.count

    let trials: Int
    let offers: Int
    let months: Int
    let batches: Int
    /// Monthly cells per batch: offers × months × monthly metrics.
    private let cells: Int
    private let totals: UnsafeMutableBufferPointer<Double>
    private let baselines: UnsafeMutableBufferPointer<Double>
    private let monthlySums: UnsafeMutableBufferPointer<Double>

    init(trials: Int, offers: Int, months: Int, batches: Int) {
        self.trials = trials
        self.offers = offers
        self.months = months
        self.batches = batches
        cells = MonthlySketches.cellCount(offers: offers, months: months)
        totals = Self.zeros(trials * offers * Self.columnCount)
        baselines = Self.zeros(trials)
        monthlySums = Self.zeros(batches * cells)
    }

    deinit {
        free(totals.baseAddress)
        free(baselines.baseAddress)
        free(monthlySums.baseAddress)
    }

    /// `count` zeros from `calloc`, which maps a large block as untouched zero pages: each page
    /// is first touched by the worker thread that fills it, so the 45 MB of a 100,000-trial run
    /// are not written once on the calling thread before the trials start.
    private static func zeros(_ count: Int) -> UnsafeMutableBufferPointer<Double> {
        guard let memory = calloc(max(count, 1), MemoryLayout<Double>.stride) else {
            fatalError("out of memory for \(count) values")
        }
        return UnsafeMutableBufferPointer(start: memory.bindMemory(to: Double.self, capacity: count), count: count)
    }

    /// Records a trial's totals for one offer. Only the thread running `trial` calls this.
    func record(_ horizon: OfferHorizon, offer: Int, trial: Int) {
        totals[slot(.revenue, offer, trial)] = horizon.revenue
        totals[slot(.vendorCost, offer, trial)] = horizon.vendorCost
        totals[slot(.computeCost, offer, trial)] = horizon.computeCost
        totals[slot(.buyerCost, offer, trial)] = horizon.buyerCost
        totals[slot(.acceptedOutcomes, offer, trial)] = horizon.acceptedOutcomes
        totals[slot(.maxDeficit, offer, trial)] = horizon.maxDeficit
        totals[slot(.hadLossMonth, offer, trial)] = horizon.hadLossMonth ? 1 : 0
    }

    private func slot(_ column: Column, _ offer: Int, _ trial: Int) -> Int {
        (offer * Self.columnCount + column.rawValue) * trials + trial
    }

    /// Records a trial's all-human baseline over the horizon.
    func recordBaseline(_ baseline: Double, trial: Int) { baselines[trial] = baseline }

    /// A column of one offer, trial 0 first.
    func column(_ column: Column, offer: Int) -> UnsafeBufferPointer<Double> {
        let start = slot(column, offer, 0)
        return UnsafeBufferPointer(rebasing: totals[start..<(start + trials)])
    }

    /// The baselines, trial 0 first.
    var baseline: UnsafeBufferPointer<Double> { UnsafeBufferPointer(baselines) }

    /// Adds `value` to batch `batch`'s sum of a monthly cell (``MonthlySketches/cell(_:offer:month:months:)``).
    /// Only the thread running `batch` calls this.
    func addMonthly(_ value: Double, cell: Int, batch: Int) {
        monthlySums[batch * cells + cell] += value
    }

    /// The sum over all trials of `metric` for `offer` in month `month`, batches added in order.
    func monthlySum(_ metric: MonthlyMetric, offer: Int, month: Int) -> Double {
        var sum = 0.0
        let cell = MonthlySketches.cell(metric, offer: offer, month: month, months: months)
        for batch in 0..<batches {
            sum += monthlySums[batch * cells + cell]
        }
        return sum
    }
}
