import Foundation

/// Runs trials month by month (MODEL.md §2–§4) on one thread, reusing its buffers, and
/// records each trial into a ``TrialStore`` and its own per-month sketches.
///
/// Monthly values wait in a buffer for up to ``chunk`` trials and are then summed and
/// sketched cell by cell, which keeps each sketch in cache while it is filled. Each cell is
/// summed in runs of ``sumRun`` trials counted from the start of each batch, so the order of
/// every sum depends on the trials alone.
struct TrialRunner {
    /// The most tasks a month can expect, 2⁵² (the exact range of the Poisson sampler).
    /// Validation keeps the expected volume at most 10¹²; only a far tail of an uncertain
    /// volume times a large volatility multiplier could reach this, and is held there.
    static let largestMonthlyVolume = 0x1p52

    /// Trials whose monthly values are buffered before they are summed and sketched: the
    /// more, the more values share each cache line of a sketch's bins, which are mostly out
    /// of cache when a flush reaches them (the buffer takes `chunk` × 8 bytes a cell).
    static let chunk = 128
    /// Trials per partial monthly sum. It fixes the order of additions, and so the results
    /// to the last bit; ``chunk`` is a multiple of it.
    static let sumRun = 64

    private let scenario: Scenario
    private let seed: UInt64
    /// For each offer, the index of its vendor in `scenario.vendors`.
    private let vendorOfOffer: [Int]
    private let billsOnOutcomes: [Bool]
    /// Sketches of the monthly metrics of the trials run so far.
    private(set) var sketches: MonthlySketches

    private var vendorStreams: [RandomStream] = []
    private var vendorDraws: [VendorDraw] = []
    /// The tasks Nₜ of every month of the trial.
    private var monthlyTasks: [Int] = []
    /// Every vendor's counts in every month of the trial: vendor-major, month-minor.
    private var vendorMonths: [VendorMonth] = []
    private var buyerCostDraws: [BuyerCostDraw] = []
    /// Monthly values of the pending trials: cell-major, ``chunk`` slots a cell.
    private var pending: [Double]
    private var pendingTrials = 0

    init(scenario: Scenario, seed: UInt64) {
        self.scenario = scenario
        self.seed = seed
        let vendorIndex = Dictionary(uniqueKeysWithValues: scenario.vendors.enumerated().map { ($1.id, $0) })
        vendorOfOffer = scenario.offers.map { vendorIndex[$0.vendor]! }
        billsOnOutcomes = scenario.offers.map(\.billsOnOutcomes)
        sketches = MonthlySketches(offers: scenario.offers.count, months: scenario.horizonMonths)
        pending = Array(
            repeating: 0, count: MonthlySketches.cellCount(offers: scenario.offers.count, months: scenario.horizonMonths) * Self.chunk)
    }

    /// Runs trial `trial`, which belongs to batch `batch`, and records it in `store`.
    mutating func run(trial: Int, batch: Int, into store: TrialStore) {
        var workloadStream = RandomStream.workload(seed: seed, trial: trial)
        let workload = WorkloadDraw(scenario.workload, using: &workloadStream)

        vendorStreams.removeAll(keepingCapacity: true)
        vendorDraws.removeAll(keepingCapacity: true)
        for (index, vendor) in scenario.vendors.enumerated() {
            var stream = RandomStream.vendor(index, seed: seed, trial: trial)
            vendorDraws.append(VendorDraw(vendor, using: &stream))
            vendorStreams.append(stream)
        }
        buyerCostDraws.removeAll(keepingCapacity: true)
        for index in scenario.offers.indices {
            // Only the buyer costs, not the whole offer: enumerating the offers copied each,
            // retaining its names and charges, in every trial.
            var stream = RandomStream.offer(index, seed: seed, trial: trial)
            buyerCostDraws.append(BuyerCostDraw(scenario.offers[index].buyerCosts, using: &stream))
        }

        // First the world: the volume of every month, then each vendor's counts in every
        // month, which no offer affects. Each month's draws form a chain of dependent draws
        // (a gamma then a Poisson; five binomials); kept apart from each other and from the
        // accounts, the chains of successive months lie close enough for the processor to
        // overlap them.
        monthlyTasks.removeAll(keepingCapacity: true)
        var baseline = 0.0
        var expectedTasks = workload.tasksPerMonth
        let growth = 1 + workload.monthlyGrowth
        let volatility = workload.volumeVolatility
        for month in 1...scenario.horizonMonths {
            if month > 1 { expectedTasks *= growth }
            var mean = expectedTasks
            // A volatility so small that 1/v² overflows is none; one so large that 1/v² underflows
            // takes the smallest normal shape (the multiplier is then almost always 0).
            let shape = 1 / (volatility * volatility)
            if volatility > 0, shape.isFinite {
                let shape = max(shape, .leastNormalMagnitude)
                mean *= Gamma.sample(shape: shape, scale: 1 / shape, using: &workloadStream)
            }
            let tasks = Poisson.sample(mean: min(mean, Self.largestMonthlyVolume), using: &workloadStream)
            baseline += Double(tasks) * workload.humanCostPerTask
            monthlyTasks.append(tasks)
        }
        vendorMonths.removeAll(keepingCapacity: true)
        for index in vendorDraws.indices {
            VendorMonth.simulate(tasks: monthlyTasks, vendor: vendorDraws[index], using: &vendorStreams[index], into: &vendorMonths)
        }

        // Then each offer's accounts over the horizon.
        for index in scenario.offers.indices {
            let vendor = vendorOfOffer[index]
            var horizon = OfferHorizon()
            for month in 1...scenario.horizonMonths {
                let accounts = scenario.offers[index].accounts(
                    month: month, counts: vendorMonths[vendor * scenario.horizonMonths + month - 1], vendor: vendorDraws[vendor],
                    workload: workload, buyerCosts: buyerCostDraws[index], billsOnOutcomes: billsOnOutcomes[index])
                horizon.add(accounts)
                record(accounts.invoice, .invoice, offer: index, month: month)
                record(accounts.vendorProfit, .vendorProfit, offer: index, month: month)
                record(accounts.buyerCost, .buyerCost, offer: index, month: month)
            }
            store.record(horizon, offer: index, trial: trial)
        }
        store.recordBaseline(baseline, trial: trial)
        pendingTrials += 1
        if pendingTrials == Self.chunk { flush(batch: batch, into: store) }
    }

    private mutating func record(_ value: Double, _ metric: MonthlyMetric, offer: Int, month: Int) {
        let cell = MonthlySketches.cell(metric, offer: offer, month: month, months: scenario.horizonMonths)
        pending[cell * Self.chunk + pendingTrials] = value
    }

    /// Adds the pending trials' monthly values to batch `batch`'s sums and to the sketches.
    /// Call it at the end of every batch.
    mutating func flush(batch: Int, into store: TrialStore) {
        guard pendingTrials > 0 else { return }
        let cells = pending.count / Self.chunk
        pending.withUnsafeBufferPointer { buffer in
            for cell in 0..<cells {
                let values = UnsafeBufferPointer(rebasing: buffer[(cell * Self.chunk)..<(cell * Self.chunk + pendingTrials)])
                for start in stride(from: 0, to: values.count, by: Self.sumRun) {
                    var sum = 0.0
                    for value in values[start..<min(start + Self.sumRun, values.count)] { sum += value }
                    store.addMonthly(sum, cell: cell, batch: batch)
                }
                sketches.insert(contentsOf: values, cell: cell)
            }
        }
        pendingTrials = 0
    }
}
