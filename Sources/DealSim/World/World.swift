/// Everything one trial draws, before any offer is priced: the parameter draws of the
/// workload, the vendors and the offers' buyer costs, the tasks of every month and each
/// vendor's counts in every month (<doc:TheModel>, "One month").
///
/// A world is a function of the scenario's workload, vendors and buyer costs, the seed and
/// the trial alone, drawn by the ``RandomPlan``; pricing and deal terms draw nothing. So every
/// offer, and every variant of an offer's price or terms, is evaluated on the same world.
public struct World: Sendable, Equatable {
    /// The trial this world belongs to.
    public private(set) var trial: Int
    /// The workload's parameters.
    public private(set) var workload: WorkloadDraw
    /// Tasks Nₜ of every month, month 1 first, shared by all vendors.
    public private(set) var tasks: [Int]
    /// The all-human baseline over the horizon, `Σ Nₜ · humanCostPerTask` (month 1 first).
    public private(set) var baseline: Double
    /// Each vendor's parameters, in the scenario's order.
    public private(set) var vendors: [VendorDraw]
    /// Each vendor's counts in every month: `vendorMonths[v][t − 1]`.
    public private(set) var vendorMonths: [[VendorMonth]]
    /// Each offer's buyer costs, in the scenario's order.
    public private(set) var buyerCosts: [BuyerCostDraw]
    /// The deal's last month E: the first month at whose end the buyer leaves, or the
    /// horizon (always the horizon without churn). After it no task reaches a vendor.
    public private(set) var dealMonths: Int

    /// The most tasks a month can expect, 2⁵² (the exact range of the Poisson sampler).
    /// Validation keeps the expected volume at most 10¹²; only a far tail of an uncertain
    /// volume times a large volatility multiplier could reach this, and is held there.
    static let largestMonthlyVolume = 0x1p52

    /// Draws trial `trial`'s world of `scenario` with `seed`.
    /// - Complexity: O(months · vendors · maxAttempts) draws, each in constant expected time.
    public init(of scenario: Scenario, seed: UInt64, trial: Int) {
        self.init()
        redraw(of: scenario, copula: Copula(scenario), seed: seed, trial: trial)
    }

    /// A world of given draws and counts, for tests and traces: the tasks are vendor 0's.
    init(
        trial: Int, workload: WorkloadDraw, vendors: [VendorDraw], vendorMonths: [[VendorMonth]], buyerCosts: [BuyerCostDraw],
        dealMonths: Int? = nil
    ) {
        self.trial = trial
        self.dealMonths = dealMonths ?? vendorMonths.first?.count ?? 0
        self.workload = workload
        tasks = vendorMonths.first?.map(\.tasks) ?? []
        baseline = tasks.reduce(0) { $0 + Double($1) * workload.humanCostPerTask }
        self.vendors = vendors
        self.vendorMonths = vendorMonths
        self.buyerCosts = buyerCosts
    }

    /// An empty world whose storage ``redraw(of:seed:trial:)`` reuses.
    init() {
        trial = 0
        // A fixed workload draws nothing from the stream.
        var unused = RandomStream(seed: 0, trial: 0, substream: 0)
        workload = WorkloadDraw(Workload(tasksPerMonth: .fixed(0)), using: &unused)
        tasks = []
        baseline = 0
        vendors = []
        vendorMonths = []
        buyerCosts = []
        dealMonths = 0
    }

    /// Draws trial `trial`'s world in place, reusing this world's storage; `copula` is the
    /// scenario's (``Copula/init(_:)``), set up once per run.
    mutating func redraw(of scenario: Scenario, copula: Copula?, seed: UInt64, trial: Int) {
        self.trial = trial
        // The correlated parameters' values, in each draw's field order; none without a copula.
        var values: [Double] = []
        if let copula { values = copula.values(seed: seed, trial: trial) }
        func given(_ fields: [Int?]) -> [Double?] { values.isEmpty ? [] : fields.map { $0.map { values[$0] } } }
        var stream = RandomPlan.stream(.workload, seed: seed, trial: trial)
        workload = WorkloadDraw(scenario.workload, given: given(copula?.workloadFields ?? []), using: &stream)
        drawTasks(months: scenario.horizonMonths, seasonality: scenario.workload.seasonality, using: &stream)
        dealMonths = scenario.horizonMonths
        if scenario.workload.monthlyChurn != nil, let churn = scenario.workload.monthlyChurn {
            var stream = RandomPlan.stream(.churn, seed: seed, trial: trial)
            workload.drawChurn(churn, given: given(copula?.workloadFields ?? []), using: &stream)
            drawDealEnd(months: scenario.horizonMonths, using: &stream)
        }
        vendors.removeAll(keepingCapacity: true)
        if vendorMonths.count != scenario.vendors.count {
            vendorMonths = Array(repeating: [], count: scenario.vendors.count)
        }
        for index in scenario.vendors.indices {
            var stream = RandomPlan.stream(.vendor, index, seed: seed, trial: trial)
            // The vendor read in place, not bound to a name: a copy would retain its id every trial.
            let vendorGiven = given(copula?.vendorFields[index] ?? [])
            var draw = VendorDraw(scenario.vendors[index], given: vendorGiven, using: &stream)
            if scenario.vendors[index].hasTrends {
                var trends = RandomPlan.stream(.vendorTrends, index, seed: seed, trial: trial)
                draw.drawTrends(scenario.vendors[index], given: vendorGiven, using: &trends)
            }
            vendors.append(draw)
            vendorMonths[index].removeAll(keepingCapacity: true)
            VendorMonth.simulate(tasks: tasks, vendor: draw, using: &stream, into: &vendorMonths[index])
        }
        buyerCosts.removeAll(keepingCapacity: true)
        for index in scenario.offers.indices {
            // Only the buyer costs, not the whole offer: enumerating the offers copied each,
            // retaining its names and charges, in every trial.
            var stream = RandomPlan.stream(.buyerCosts, index, seed: seed, trial: trial)
            let costs = BuyerCostDraw(scenario.offers[index].buyerCosts, given: given(copula?.buyerCostFields[index] ?? []), using: &stream)
            buyerCosts.append(costs)
        }
    }

    /// Draws the month the deal ends: at the end of each month t < H the buyer leaves with
    /// probability `monthlyChurn`, one uniform a month until it does.
    private mutating func drawDealEnd(months: Int, using stream: inout RandomStream) {
        let churn = workload.monthlyChurn
        for month in 1..<max(1, months) where stream.nextUnit() < churn {
            dealMonths = month
            return
        }
    }

    /// Draws the tasks Nₜ of every month (<doc:TheModel>, "One month") and the all-human
    /// baseline; `seasonality`, if any, multiplies each month's expected volume before the
    /// volatility's multiplier.
    private mutating func drawTasks(months: Int, seasonality: [Double]?, using stream: inout RandomStream) {
        tasks.removeAll(keepingCapacity: true)
        baseline = 0
        var expectedTasks = workload.tasksPerMonth
        let growth = 1 + workload.monthlyGrowth
        let volatility = workload.volumeVolatility
        for month in 1...months {
            if month > 1 { expectedTasks *= growth }
            var mean = expectedTasks
            if let seasonality { mean *= seasonality[(month - 1) % 12] }
            // A volatility so small that 1/v² overflows is none; one so large that 1/v² underflows
            // takes the smallest normal shape (the multiplier is then almost always 0).
            let shape = 1 / (volatility * volatility)
            if volatility > 0, shape.isFinite {
                let shape = max(shape, .leastNormalMagnitude)
                mean *= Gamma.sample(shape: shape, scale: 1 / shape, using: &stream)
            }
            let count = Poisson.sample(mean: min(mean, Self.largestMonthlyVolume), using: &stream)
            baseline += Double(count) * workload.humanCostPerTask
            tasks.append(count)
        }
    }
}
