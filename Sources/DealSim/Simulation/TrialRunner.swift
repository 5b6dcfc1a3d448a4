/// Runs trials on one thread, reusing its buffers: draws each trial's ``World``, computes
/// every offer's accounts on it, and feeds the run's accumulators (per-trial totals,
/// per-batch monthly sums, this runner's monthly sketches and, when kept, parameter draws).
///
/// Trials run in chunks of up to ``chunk``. First every trial's world is drawn, which no
/// offer affects. Then each offer's accounts are computed over all worlds of the chunk, and
/// that offer's monthly values are summed and sketched cell by cell while its sketches are in
/// cache: the more trials a cell receives at once, the more values share each cache line of
/// its bins. Each cell is summed in runs of ``sumRun`` trials counted from the start of each
/// batch, so the order of every sum depends on the trials alone.
struct TrialRunner {
    /// Trials run together. The buffers hold, per vendor, `chunk` × months counts (48 bytes
    /// each) and, for one offer, `chunk` × months × 3 monthly values.
    static let chunk = 256
    /// Trials per partial monthly sum. It fixes the order of additions, and so the results
    /// to the last bit; ``chunk`` is a multiple of it.
    static let sumRun = 64

    private let scenario: Scenario
    private let seed: UInt64
    private let months: Int
    private let accumulators: RunAccumulators
    /// The scenario's copula, when it has correlations.
    private let copula: Copula?
    /// Every offer's accounts, in the accumulators' order.
    private let accounts: [OfferAccounts]
    /// The months of the offer being accounted, shared by all offers.
    private let scratch: AccountsScratch
    /// Sketches of the monthly metrics of the trials run so far.
    private(set) var sketches: MonthlySketches
    /// The worlds of the chunk's trials.
    private var worlds: [World]
    /// One offer's monthly values for the chunk's trials: cell-major, ``chunk`` slots a cell.
    /// A buffer, not an array: an array's closure-scoped pointer would make every read of
    /// the worlds and offers inside the closure a copy.
    private let pending: SharedBuffer

    /// A runner of `offers` on the worlds of `scenario` (with its `copula`, set up once per
    /// run), feeding `accumulators`.
    init(scenario: Scenario, copula: Copula?, seed: UInt64, offers: [OfferAccounts], accumulators: RunAccumulators) {
        self.copula = copula
        self.scenario = scenario
        self.seed = seed
        self.accumulators = accumulators
        months = scenario.horizonMonths
        accounts = offers
        scratch = AccountsScratch(months: months)
        sketches = MonthlySketches(offers: offers.count, months: months)
        worlds = Array(repeating: World(), count: Self.chunk)
        pending = SharedBuffer(count: MonthlySketches.cellCount(offers: 1, months: months) * Self.chunk)
    }

    /// Runs the trials of batch `batch`.
    mutating func run(batch: Int, trials: Range<Int>) {
        for start in stride(from: trials.lowerBound, to: trials.upperBound, by: Self.chunk) {
            let chunk = start..<min(start + Self.chunk, trials.upperBound)
            for (slot, trial) in chunk.enumerated() {
                worlds[slot].redraw(of: scenario, copula: copula, seed: seed, trial: trial)
                accumulators.totals.recordWorld(baseline: worlds[slot].baseline, dealMonths: worlds[slot].dealMonths, trial: trial)
                accumulators.parameterDraws?.record(worlds[slot])
            }
            for offer in accounts.indices {
                runAccounts(offer: offer, trials: chunk.count)
                flush(offer: offer, trials: chunk.count, batch: batch)
            }
        }
    }

    /// Computes offer `offer`'s accounts on the first `trials` worlds, records its horizon
    /// totals and buffers its monthly values.
    private func runAccounts(offer: Int, trials: Int) {
        let metrics = MonthlyMetric.allCases.count
        let totals = accumulators.totals
        let (pending, accounts) = (self.pending.values, self.accounts[offer])  // the offer copied once a chunk
        for slot in 0..<trials {
            let horizon = accounts.compute(in: worlds[slot], into: scratch)
            // The offer's cells, numbered as those of offer 0 (MonthlySketches.cell): month, then metric.
            var position = slot
            for month in scratch.months {
                pending[position + MonthlyMetric.invoice.index * Self.chunk] = month.invoice
                pending[position + MonthlyMetric.vendorProfit.index * Self.chunk] = month.vendorProfit
                pending[position + MonthlyMetric.buyerCost.index * Self.chunk] = month.buyerCost
                position += metrics * Self.chunk
            }
            totals.record(horizon, offer: offer, trial: worlds[slot].trial)
        }
    }

    /// Adds offer `offer`'s buffered monthly values of `trials` trials to batch `batch`'s sums
    /// and to the sketches.
    private mutating func flush(offer: Int, trials: Int, batch: Int) {
        let cells = pending.values.count / Self.chunk
        let firstCell = MonthlySketches.cell(.invoice, offer: offer, month: 1, months: months)
        let sums = accumulators.monthlySums
        for cell in 0..<cells {
            let values = pending[(cell * Self.chunk)..<(cell * Self.chunk + trials)]
            for start in stride(from: 0, to: values.count, by: Self.sumRun) {
                var sum = 0.0
                for value in values[start..<min(start + Self.sumRun, values.count)] { sum += value }
                sums.add(sum, cell: firstCell + cell, batch: batch)
            }
            sketches.insert(contentsOf: values, cell: firstCell + cell)
        }
    }
}
