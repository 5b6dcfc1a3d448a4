/// The charts of a sweep: for one parameter, each offer's expected profit against the
/// parameter with the break-even points marked, and the buyer's expected total cost with the
/// changes of the cheapest offer marked; for a grid, a heat map of each offer's expected
/// profit over the two parameters.
public enum SweepCharts {
    /// The charts of `sweep` with its `results`, one per point.
    public static func charts(_ sweep: Sweep, results: [SimulationResult]) -> [ReportChart] {
        let page = SweepChartPage(sweep: sweep, results: results)
        if sweep.axes.count == 2 { return sweep.scenario.offers.indices.map(page.heatMap) }
        return [page.profit(), page.buyerCost()]
    }
}

/// The charts of one sweep being drawn.
struct SweepChartPage {
    let sweep: Sweep
    let results: [SimulationResult]

    var scenario: Scenario { sweep.scenario }
    var currency: String { scenario.currency }
    var moneyFormat: TickFormat { .money(prefix: Format.currencyPrefix(currency)) }
    var crossings: SweepCrossings { SweepCrossings(sweep: sweep, results: results) }

    /// How the values of axis `axis` are written on a chart.
    func format(_ axis: Int) -> TickFormat {
        let parameter = sweep.axes[axis].parameter
        if parameter.lastKey == "percent" { return .plain }
        switch parameter.kind {
        case .money: return moneyFormat
        case .rate: return .percent
        case .count: return .count
        }
    }

    func axis(_ axis: Int) -> ChartAxis {
        let words = sweep.axes[axis].parameter.words
        return ChartAxis(title: words.prefix(1).uppercased() + words.dropFirst(), format: format(axis))
    }

    /// One line per offer of `metric` against the swept values.
    func series(_ metric: (OfferResult) -> Double?) -> [LineSeries] {
        scenario.offers.indices.map { offer in
            LineSeries(
                name: scenario.offers[offer].name,
                points: sweep.points.indices.map { point in
                    ChartPoint(x: sweep.points[point].values[0], y: metric(results[point].offers[offer]) ?? .nan)
                })
        }
    }

    func profit() -> ReportChart {
        let breakEvens = crossings.all.compactMap { crossing -> (Int, SweepCrossings.Crossing)? in
            guard case .profit(let offer) = crossing.kind else { return nil }
            return (offer, crossing)
        }
        let markers = breakEvens.map { offer, crossing in
            ChartMarker(series: offer, point: ChartPoint(x: crossing.x, y: 0), label: "break-even ≈ \(format(0).label(crossing.x))")
        }
        let chart = LineChart(
            title: "Expected profit by \(sweep.axes[0].parameter.words)",
            description: "Each offer's expected vendor profit over the horizon at each swept value; break-even points are marked.",
            series: series { $0[.vendorProfit].mean }, markers: markers, xAxis: axis(0),
            yAxis: ChartAxis(title: "Expected vendor profit", format: moneyFormat, includesZero: true))
        let names = breakEvens.map { "\(ReportText.literal(scenario.offers[$0.0].name)) at about \(format(0).label($0.1.x))" as ReportText }
        let caption: ReportText =
            names.isEmpty
            ? "No offer's expected profit crosses zero over the sweep."
            : "Break-even \(sweep.axes[0].parameter.words): \(ReportWords.list(names))."
        return ReportChart(
            fileName: "profit.svg", svg: chart.svg(width: 720, height: 360),
            alt: "Expected vendor profit of each offer against \(sweep.axes[0].parameter.words)", caption: caption)
    }

    func buyerCost() -> ReportChart {
        let changes = crossings.all.compactMap { crossing -> (Int, Int, SweepCrossings.Crossing)? in
            guard case .cheapest(let from, let to) = crossing.kind else { return nil }
            return (from, to, crossing)
        }
        let markers = changes.map { _, to, crossing in
            let cost = crossing.ya + (crossing.yb - crossing.ya) * (crossing.x - crossing.xa) / (crossing.xb - crossing.xa)
            return ChartMarker(
                series: to, point: ChartPoint(x: crossing.x, y: cost), label: "cheapest from ≈ \(format(0).label(crossing.x))")
        }
        let chart = LineChart(
            title: "The buyer's expected total cost by \(sweep.axes[0].parameter.words)",
            description:
                "Each offer's expected total cost to the buyer over the horizon at each swept value; where the cheapest offer changes is marked.",
            series: series { $0[HorizonMetric.buyerCost].mean }, markers: markers, xAxis: axis(0),
            yAxis: ChartAxis(title: "Expected buyer cost", format: moneyFormat))
        let caption: ReportText
        if let first = sweep.points.indices.first, let cheapest = crossings.cheapest(first) {
            let steps = changes.map { change -> ReportText in
                "\(ReportText.literal(scenario.offers[change.1].name)) from about \(format(0).label(change.2.x))"
            }
            let start: ReportText = "Cheapest for the buyer at the start: \(ReportText.literal(scenario.offers[cheapest].name))"
            let rest: ReportText = steps.isEmpty ? ", all along the sweep." : "; then \(ReportWords.list(steps))."
            caption = start + rest
        } else {
            caption = "The buyer's expected total cost of each offer."
        }
        return ReportChart(
            fileName: "buyer-cost.svg", svg: chart.svg(width: 720, height: 360),
            alt: "Expected total cost to the buyer of each offer against \(sweep.axes[0].parameter.words)", caption: caption)
    }

    func heatMap(offer: Int) -> ReportChart {
        let (columns, rows) = (sweep.axes[0].values.count, sweep.axes[1].values.count)
        let values = (0..<rows).map { row in
            (0..<columns).map { column in results[row * columns + column].offers[offer][.vendorProfit].mean ?? .nan }
        }
        let name = scenario.offers[offer].name
        let chart = HeatMap(
            title: "\(name): expected profit", description: "Expected vendor profit of \(name) at each pair of swept values.",
            xValues: sweep.axes[0].values, yValues: sweep.axes[1].values, values: values, xAxis: axis(0), yAxis: axis(1),
            valueAxis: ChartAxis(title: "Expected profit", format: moneyFormat))
        let flat = values.flatMap { $0 }.filter(\.isFinite)
        let losing = flat.filter { $0 < 0 }.count
        let caption: ReportText =
            "\(ReportText.literal(name)) loses money on average at \(ReportWords.count(losing, "point")) of \(Format.count(flat.count))"
            + (flat.isEmpty
                ? "."
                : "; expected profit ranges from \(Format.money(flat.min()!, currency: currency)) to \(Format.money(flat.max()!, currency: currency)).")
        return ReportChart(
            fileName: "profit-\(offer + 1).svg", svg: chart.svg(width: 720, height: 360),
            alt: "Heat map of \(name)'s expected profit over \(sweep.axes[0].parameter.words) and \(sweep.axes[1].parameter.words)",
            caption: caption)
    }
}
