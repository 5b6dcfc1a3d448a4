/// Where something changes along a sweep: an offer's expected profit crossing zero, its
/// P(loss) crossing the acceptable 5%, or the offer cheapest for the buyer changing, each
/// located by linear interpolation between two neighbouring points. The sweep's findings and
/// its charts both read these.
struct SweepCrossings {
    /// A line of the sweep: the whole sweep for one parameter; for a grid, the points at one
    /// value of the second parameter (`row`).
    struct Line {
        /// The row of the grid, or `nil` for a one-parameter sweep.
        var row: Int?
        /// The points of the line, by the first parameter's order.
        var points: [Int]
    }

    /// One change between two neighbouring points `a` and `b` of a line.
    struct Crossing {
        /// What changes.
        enum Kind: Equatable {
            /// Offer `offer`'s expected profit crosses 0.
            case profit(offer: Int)
            /// Offer `offer`'s P(loss) crosses the acceptable probability.
            case probabilityOfLoss(offer: Int)
            /// The offer cheapest for the buyer changes from `from` to `to`.
            case cheapest(from: Int, to: Int)
        }
        var kind: Kind
        var line: Line
        /// The neighbouring points.
        var a: Int
        var b: Int
        /// The first parameter's values at them.
        var xa: Double
        var xb: Double
        /// The metric at them (for `cheapest`, the buyer costs of `to` at `a` and `b`).
        var ya: Double
        var yb: Double
        /// Where the change happens, interpolated.
        var x: Double
        /// Whether the metric crosses downwards (from acceptable to not, for profit: into a
        /// loss; for P(loss): from above 5% to at most 5%).
        var downwards: Bool
    }

    let sweep: Sweep
    let results: [SimulationResult]

    /// The lines of the sweep.
    var lines: [Line] {
        let count = sweep.axes[0].values.count
        if sweep.axes.count == 1 { return [Line(row: nil, points: Array(0..<count))] }
        return sweep.axes[1].values.indices.map { row in Line(row: row, points: Array((row * count)..<((row + 1) * count))) }
    }

    /// Linear interpolation: where the line through (x₀, y₀) and (x₁, y₁) reaches `level`.
    static func crossing(_ x0: Double, _ y0: Double, _ x1: Double, _ y1: Double, level: Double) -> Double {
        y1 == y0 ? x0 : x0 + (level - y0) * (x1 - x0) / (y1 - y0)
    }

    /// Every crossing, line by line; in a line, each offer's profit then P(loss) crossings,
    /// offer by offer, then the changes of the cheapest offer.
    var all: [Crossing] {
        var crossings: [Crossing] = []
        let acceptable = OfferComparison.acceptableProbabilityOfLoss
        for line in lines {
            for offer in sweep.scenario.offers.indices {
                crossings += metricCrossings(
                    .profit(offer: offer), line: line, of: { $0.offers[offer][.vendorProfit].mean }, level: 0,
                    isAbove: { $0 >= 0 })
                crossings += metricCrossings(
                    .probabilityOfLoss(offer: offer), line: line, of: { $0.offers[offer].probabilityOfLoss }, level: acceptable,
                    isAbove: { $0 > acceptable })
            }
            crossings += cheapestChanges(line: line)
        }
        return crossings
    }

    private func metricCrossings(
        _ kind: Crossing.Kind, line: Line, of metric: (SimulationResult) -> Double?, level: Double, isAbove: (Double) -> Bool
    ) -> [Crossing] {
        zip(line.points, line.points.dropFirst()).compactMap { a, b in
            guard let ya = metric(results[a]), let yb = metric(results[b]), isAbove(ya) != isAbove(yb), ya != yb else { return nil }
            let (xa, xb) = (sweep.points[a].values[0], sweep.points[b].values[0])
            return Crossing(
                kind: kind, line: line, a: a, b: b, xa: xa, xb: xb, ya: ya, yb: yb,
                x: Self.crossing(xa, ya, xb, yb, level: level), downwards: isAbove(ya))
        }
    }

    /// The offer with the lowest expected buyer cost at a point.
    func cheapest(_ point: Int) -> Int? {
        let costs = results[point].offers.map { $0[HorizonMetric.buyerCost].mean }
        return costs.indices.filter { costs[$0] != nil }.min { costs[$0]! < costs[$1]! }
    }

    private func cheapestChanges(line: Line) -> [Crossing] {
        guard sweep.scenario.offers.count > 1 else { return [] }
        return zip(line.points, line.points.dropFirst()).compactMap { a, b in
            guard let before = cheapest(a), let after = cheapest(b), before != after else { return nil }
            func cost(_ offer: Int, _ point: Int) -> Double { results[point].offers[offer][HorizonMetric.buyerCost].mean! }
            let (xa, xb) = (sweep.points[a].values[0], sweep.points[b].values[0])
            let x = Self.crossing(xa, cost(after, a) - cost(before, a), xb, cost(after, b) - cost(before, b), level: 0)
            return Crossing(
                kind: .cheapest(from: before, to: after), line: line, a: a, b: b, xa: xa, xb: xb, ya: cost(after, a),
                yb: cost(after, b), x: x, downwards: true)
        }
    }
}
