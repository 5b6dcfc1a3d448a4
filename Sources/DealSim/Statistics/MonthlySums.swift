/// Per-batch sums of the monthly metrics of every offer: the exact monthly means. Each batch
/// of trials adds to its own region, and the regions are added in batch order, so the sums do
/// not depend on which thread ran which batch.
///
/// Memory: `batches · offers · months · 3` doubles (batches ≤ 256).
final class MonthlySums: Sendable {
    let months: Int
    let batches: Int
    /// Monthly cells per batch: offers × months × monthly metrics.
    private let cells: Int
    private let sums: SharedBuffer

    /// Zeros for `offers` offers over `months` months in `batches` batches.
    init(offers: Int, months: Int, batches: Int) {
        self.months = months
        self.batches = batches
        cells = MonthlySketches.cellCount(offers: offers, months: months)
        sums = SharedBuffer(count: batches * cells)
    }

    /// Adds `value` to batch `batch`'s sum of a monthly cell (``MonthlySketches/cell(_:offer:month:months:)``).
    /// Only the thread running `batch` calls this.
    func add(_ value: Double, cell: Int, batch: Int) {
        sums.values[batch * cells + cell] += value
    }

    /// The sum over all trials of `metric` for `offer` in month `month`, batches added in order.
    func sum(_ metric: MonthlyMetric, offer: Int, month: Int) -> Double {
        var sum = 0.0
        let cell = MonthlySketches.cell(metric, offer: offer, month: month, months: months)
        for batch in 0..<batches {
            sum += sums.values[batch * cells + cell]
        }
        return sum
    }
}
