/// A ``QuantileSketch`` for every monthly metric of every offer in every month: one per
/// *cell*, numbered by ``cell(_:offer:month:months:)``.
struct MonthlySketches: Sendable {
    private let months: Int
    private var sketches: [QuantileSketch]

    /// Empty sketches for `offers` offers over `months` months.
    init(offers: Int, months: Int) {
        self.months = months
        sketches = Array(repeating: QuantileSketch(), count: Self.cellCount(offers: offers, months: months))
    }

    /// The number of cells: offers × months × monthly metrics.
    static func cellCount(offers: Int, months: Int) -> Int { offers * months * MonthlyMetric.allCases.count }

    /// The cell of `metric` for `offer` in month `month` (1-based) of a `months`-month horizon.
    static func cell(_ metric: MonthlyMetric, offer: Int, month: Int, months: Int) -> Int {
        (offer * months + month - 1) * MonthlyMetric.allCases.count + metric.index
    }

    private func index(_ metric: MonthlyMetric, offer: Int, month: Int) -> Int {
        Self.cell(metric, offer: offer, month: month, months: months)
    }

    /// The sketch of `metric` for `offer` in month `month` (1-based).
    subscript(_ metric: MonthlyMetric, offer offer: Int, month month: Int) -> QuantileSketch {
        sketches[index(metric, offer: offer, month: month)]
    }

    /// Records values of cell `cell`.
    mutating func insert(contentsOf values: UnsafeBufferPointer<Double>, cell: Int) {
        sketches[cell].insert(contentsOf: values)
    }

    /// Adds every value recorded in `other`, which covers the same offers and months.
    mutating func merge(_ other: MonthlySketches) {
        for position in sketches.indices { sketches[position].merge(other.sketches[position]) }
    }
}
