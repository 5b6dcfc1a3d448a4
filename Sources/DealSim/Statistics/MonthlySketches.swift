/// A ``QuantileSketch`` for every monthly metric of every offer in every month.
struct MonthlySketches: Sendable {
    private let months: Int
    private var sketches: [QuantileSketch]

    /// Empty sketches for `offers` offers over `months` months.
    init(offers: Int, months: Int) {
        self.months = months
        sketches = Array(repeating: QuantileSketch(), count: offers * months * MonthlyMetric.allCases.count)
    }

    private func index(_ metric: MonthlyMetric, offer: Int, month: Int) -> Int {
        (offer * months + month - 1) * MonthlyMetric.allCases.count + metric.index
    }

    /// The sketch of `metric` for `offer` in month `month` (1-based).
    subscript(_ metric: MonthlyMetric, offer offer: Int, month month: Int) -> QuantileSketch {
        sketches[index(metric, offer: offer, month: month)]
    }

    /// Records one trial's value of `metric` for `offer` in month `month`.
    mutating func insert(_ value: Double, _ metric: MonthlyMetric, offer: Int, month: Int) {
        sketches[index(metric, offer: offer, month: month)].insert(value)
    }

    /// Adds every value recorded in `other`, which covers the same offers and months.
    mutating func merge(_ other: MonthlySketches) {
        for position in sketches.indices { sketches[position].merge(other.sketches[position]) }
    }
}
