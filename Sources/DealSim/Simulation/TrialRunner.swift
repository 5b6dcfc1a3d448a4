import Foundation

/// Runs trials month by month (MODEL.md §2–§4) on one thread, reusing its buffers, and
/// records each trial into a ``TrialStore`` and its own per-month sketches.
///
/// Trials run in chunks of up to ``chunk``. First every trial's world is drawn: its
/// parameters, the volume of every month and each vendor's counts, which no offer affects.
/// Then each offer's accounts are computed over all trials of the chunk, and that offer's
/// monthly values are summed and sketched cell by cell while its sketches are in cache: the
/// more trials a cell receives at once, the more values share each cache line of its bins.
/// Each cell is summed in runs of ``sumRun`` trials counted from the start of each batch, so
/// the order of every sum depends on the trials alone.
struct TrialRunner {
    /// The most tasks a month can expect, 2⁵² (the exact range of the Poisson sampler).
    /// Validation keeps the expected volume at most 10¹²; only a far tail of an uncertain
    /// volume times a large volatility multiplier could reach this, and is held there.
    static let largestMonthlyVolume = 0x1p52

    /// Trials run together. The buffers hold, per vendor, `chunk` × months counts (48 bytes
    /// each) and, for one offer, `chunk` × months × 3 monthly values.
    static let chunk = 256
    /// Trials per partial monthly sum. It fixes the order of additions, and so the results
    /// to the last bit; ``chunk`` is a multiple of it.
    static let sumRun = 64

    private let scenario: Scenario
    private let seed: UInt64
    private let months: Int
    /// For each offer, the index of its vendor in `scenario.vendors`.
    private let vendorOfOffer: [Int]
    private let traits: [Offer.Traits]
    /// Sketches of the monthly metrics of the trials run so far.
    private(set) var sketches: MonthlySketches

    /// The draws of the chunk's trials: trial-major, then vendor or offer.
    private var workloads: [WorkloadDraw] = []
    private var vendorDraws: [VendorDraw] = []
    private var buyerCostDraws: [BuyerCostDraw] = []
    /// Every vendor's counts in every month of the chunk's trials: trial-major, then vendor,
    /// then month.
    private var vendorMonths: [VendorMonth] = []
    /// The tasks Nₜ of every month of the trial being drawn.
    private var monthlyTasks: [Int] = []
    /// One offer's monthly values for the chunk's trials: cell-major, ``chunk`` slots a cell.
    private var pending: [Double]
    /// One offer's usage, invoices and accounts in each month of one trial.
    private var usages: [MeteredUsage]
    private var invoices: [Double]
    private var monthAccounts: [OfferMonth]

    init(scenario: Scenario, seed: UInt64) {
        self.scenario = scenario
        self.seed = seed
        months = scenario.horizonMonths
        let vendorIndex = Dictionary(uniqueKeysWithValues: scenario.vendors.enumerated().map { ($1.id, $0) })
        vendorOfOffer = scenario.offers.map { vendorIndex[$0.vendor]! }
        traits = scenario.offers.map(\.traits)
        sketches = MonthlySketches(offers: scenario.offers.count, months: months)
        pending = Array(repeating: 0, count: MonthlySketches.cellCount(offers: 1, months: months) * Self.chunk)
        usages = Array(repeating: MeteredUsage(acceptedOutcomes: 0), count: months)
        invoices = Array(repeating: 0, count: months)
        monthAccounts = Array(
            repeating: OfferMonth(
                workedFraction: 1, usage: MeteredUsage(acceptedOutcomes: 0), invoice: 0, computeCost: 0, vendorCost: 0, humanTasks: 0,
                buyerCost: 0),
            count: months)
    }

    /// Runs the trials of batch `batch` and records them in `store`.
    mutating func run(batch: Int, trials: Range<Int>, into store: TrialStore) {
        for start in stride(from: trials.lowerBound, to: trials.upperBound, by: Self.chunk) {
            let chunk = start..<min(start + Self.chunk, trials.upperBound)
            drawWorlds(of: chunk, into: store)
            for offer in scenario.offers.indices {
                runAccounts(offer: offer, trials: chunk, into: store)
                flush(offer: offer, trials: chunk.count, batch: batch, into: store)
            }
        }
    }

    /// Draws each trial's parameters, the volume of every month (recording the all-human
    /// baseline) and each vendor's counts in every month.
    private mutating func drawWorlds(of trials: Range<Int>, into store: TrialStore) {
        workloads.removeAll(keepingCapacity: true)
        vendorDraws.removeAll(keepingCapacity: true)
        buyerCostDraws.removeAll(keepingCapacity: true)
        vendorMonths.removeAll(keepingCapacity: true)
        for trial in trials {
            var workloadStream = RandomStream.workload(seed: seed, trial: trial)
            let workload = WorkloadDraw(scenario.workload, using: &workloadStream)
            workloads.append(workload)
            store.recordBaseline(drawVolumes(workload, using: &workloadStream), trial: trial)
            for (index, vendor) in scenario.vendors.enumerated() {
                var stream = RandomStream.vendor(index, seed: seed, trial: trial)
                let draw = VendorDraw(vendor, using: &stream)
                vendorDraws.append(draw)
                VendorMonth.simulate(tasks: monthlyTasks, vendor: draw, using: &stream, into: &vendorMonths)
            }
            for index in scenario.offers.indices {
                // Only the buyer costs, not the whole offer: enumerating the offers copied each,
                // retaining its names and charges, in every trial.
                var stream = RandomStream.offer(index, seed: seed, trial: trial)
                buyerCostDraws.append(BuyerCostDraw(scenario.offers[index].buyerCosts, using: &stream))
            }
        }
    }

    /// Draws the tasks Nₜ of every month into `monthlyTasks` (MODEL.md §2, step 1) and returns
    /// the all-human baseline Σ Nₜ · humanCostPerTask.
    private mutating func drawVolumes(_ workload: WorkloadDraw, using stream: inout RandomStream) -> Double {
        monthlyTasks.removeAll(keepingCapacity: true)
        var baseline = 0.0
        var expectedTasks = workload.tasksPerMonth
        let growth = 1 + workload.monthlyGrowth
        let volatility = workload.volumeVolatility
        for month in 1...months {
            if month > 1 { expectedTasks *= growth }
            var mean = expectedTasks
            // A volatility so small that 1/v² overflows is none; one so large that 1/v² underflows
            // takes the smallest normal shape (the multiplier is then almost always 0).
            let shape = 1 / (volatility * volatility)
            if volatility > 0, shape.isFinite {
                let shape = max(shape, .leastNormalMagnitude)
                mean *= Gamma.sample(shape: shape, scale: 1 / shape, using: &stream)
            }
            let tasks = Poisson.sample(mean: min(mean, Self.largestMonthlyVolume), using: &stream)
            baseline += Double(tasks) * workload.humanCostPerTask
            monthlyTasks.append(tasks)
        }
        return baseline
    }

    /// Computes offer `offer`'s accounts in every month of every trial of the chunk, records
    /// its horizon totals and buffers its monthly values.
    private mutating func runAccounts(offer: Int, trials: Range<Int>, into store: TrialStore) {
        let vendor = vendorOfOffer[offer]
        let vendors = scenario.vendors.count
        let offers = scenario.offers.count
        let months = months
        let metrics = MonthlyMetric.allCases.count
        let (thisOffer, traits) = (scenario.offers[offer], traits[offer])
        // Locals, so that the buffers can be used through pointers while they are read.
        let (vendorDraws, vendorMonths, workloads, buyerCostDraws) = (vendorDraws, vendorMonths, workloads, buyerCostDraws)
        vendorMonths.withUnsafeBufferPointer { vendorMonths in
            withBuffers { pending, usages, invoices, monthAccounts in
                for (slot, trial) in trials.enumerated() {
                    let firstMonth = (slot * vendors + vendor) * months
                    thisOffer.accounts(
                        firstMonth: 1, counts: UnsafeBufferPointer(rebasing: vendorMonths[firstMonth..<(firstMonth + months)]),
                        vendor: vendorDraws[slot * vendors + vendor], workload: workloads[slot],
                        buyerCosts: buyerCostDraws[slot * offers + offer], traits: traits, usages: usages, invoices: invoices,
                        into: monthAccounts)
                    var horizon = OfferHorizon()
                    // The offer's cells, numbered as those of offer 0 (MonthlySketches.cell): month, then metric.
                    var position = slot
                    for accounts in monthAccounts {
                        horizon.add(accounts)
                        pending[position + MonthlyMetric.invoice.index * Self.chunk] = accounts.invoice
                        pending[position + MonthlyMetric.vendorProfit.index * Self.chunk] = accounts.vendorProfit
                        pending[position + MonthlyMetric.buyerCost.index * Self.chunk] = accounts.buyerCost
                        position += metrics * Self.chunk
                    }
                    store.record(horizon, offer: offer, trial: trial)
                }
            }
        }
    }

    /// Calls `body` with ``pending`` and the scratch space of one offer's accounts over one
    /// trial's months.
    private mutating func withBuffers(
        _ body: (
            UnsafeMutableBufferPointer<Double>, UnsafeMutableBufferPointer<MeteredUsage>, UnsafeMutableBufferPointer<Double>,
            UnsafeMutableBufferPointer<OfferMonth>
        ) -> Void
    ) {
        pending.withUnsafeMutableBufferPointer { pending in
            usages.withUnsafeMutableBufferPointer { usages in
                invoices.withUnsafeMutableBufferPointer { invoices in
                    monthAccounts.withUnsafeMutableBufferPointer { monthAccounts in body(pending, usages, invoices, monthAccounts) }
                }
            }
        }
    }

    /// Adds offer `offer`'s buffered monthly values of `trials` trials to batch `batch`'s sums
    /// and to the sketches.
    private mutating func flush(offer: Int, trials: Int, batch: Int, into store: TrialStore) {
        let cells = pending.count / Self.chunk
        let firstCell = MonthlySketches.cell(.invoice, offer: offer, month: 1, months: months)
        pending.withUnsafeBufferPointer { buffer in
            for cell in 0..<cells {
                let values = UnsafeBufferPointer(rebasing: buffer[(cell * Self.chunk)..<(cell * Self.chunk + trials)])
                for start in stride(from: 0, to: values.count, by: Self.sumRun) {
                    var sum = 0.0
                    for value in values[start..<min(start + Self.sumRun, values.count)] { sum += value }
                    store.addMonthly(sum, cell: firstCell + cell, batch: batch)
                }
                sketches.insert(contentsOf: values, cell: firstCell + cell)
            }
        }
    }
}
