import Foundation

/// A chart of a report: its SVG, the file it is written to, and the words beside it.
public struct ReportChart: Sendable, Equatable {
    /// The file name under the report's `charts/` folder: `monthly-bill.svg`.
    public let fileName: String
    /// The SVG text.
    public let svg: String
    /// Alternative text: what the chart shows.
    public let alt: String
    /// One line computed from the numbers, shown under the chart; names from the scenario are
    /// literal runs.
    public let caption: ReportText
}

extension ReportChart {
    /// The chart as a report's figure, its file under `charts/`.
    var figure: ReportBlock {
        .figure(ReportFigure(svg: svg, alternative: alt, caption: caption, path: "charts/\(fileName)"))
    }
}

/// The charts of a run's report, drawn from the summaries and the per-trial totals a run
/// keeps:
///
/// 1. the monthly bill: per offer, the invoice's P5–P95 band and P50 by month, small
///    multiples on a shared scale (a capped offer's flat top beside a per-outcome offer's
///    growth);
/// 2. the cash curve: cumulative expected vendor profit by month per offer, the deepest point
///    of each offer that dips below 0 marked with its amount and month; when some offer is
///    paid on terms, cumulative expected cash, each invoice counted when it is paid;
/// 3. the profit distributions: the empirical distribution of horizon vendor profit per offer,
///    exact from the per-trial totals, with 0 marked (the share left of 0 is P(loss));
/// 4. the buyer's total cost: per offer and for all-human work, the expected total cost with
///    P5–P95 whiskers.
public enum RunCharts {
    /// The charts of `run`, in the order above.
    public static func charts(for run: SimulationRun) -> [ReportChart] {
        let page = ChartPage(run: run)
        return [page.monthlyBill(), page.cashCurve(), page.profitDistributions(), page.buyerCost()]
    }
}

/// The charts of one run being drawn.
struct ChartPage {
    let run: SimulationRun
    var result: SimulationResult { run.result }
    var currency: String { result.scenario.currency }
    var offers: [OfferResult] { result.offers }
    var months: [Double] { (1...result.scenario.horizonMonths).map(Double.init) }
    var moneyFormat: TickFormat { .money(prefix: Format.currencyPrefix(currency)) }
    func money(_ x: Double) -> String { Format.money(x, currency: currency) }
    var monthAxis: ChartAxis { ChartAxis(title: "Month", wholeSteps: true) }

    func monthlyBill() -> ReportChart {
        let panels = offers.map { offer in
            let bands = offer[.invoice]
            return FanSeries(
                name: offer.name, x: bands.map { Double($0.month) }, low: bands.map(\.p5), middle: bands.map(\.p50),
                high: bands.map(\.p95))
        }
        let chart = SmallMultiples(
            title: "The monthly bill",
            description: "Each offer's monthly invoice across trials: the P5–P95 band and the median, by month, on one scale.",
            panels: panels, xAxis: monthAxis, yAxis: ChartAxis(title: "Invoice", format: moneyFormat, includesZero: true))
        let highs = offers.compactMap { offer in offer.highestBillP95.map { (offer.name, $0) } }
        var caption: ReportText = "The buyer's monthly bill, P5 to P95, by month."
        if let top = highs.max(by: { $0.1.value < $1.1.value }) {
            caption = "The highest bill at P95 is \(ReportText.literal(top.0))'s, \(money(top.1.value)) in month \(top.1.month)"
            if highs.count > 1, let low = highs.min(by: { $0.1.value < $1.1.value }) {
                caption += "; the lowest peak is \(ReportText.literal(low.0))'s, \(money(low.1.value))"
            }
            caption += "."
        }
        return ReportChart(
            fileName: "monthly-bill.svg", svg: chart.svg(panelWidth: 340, panelHeight: 200),
            alt: "Small multiples of each offer's monthly invoice, P5–P95 band and median by month", caption: caption)
    }

    /// The months after its own month that each offer's invoice is paid
    /// (``DealTerms/paymentDelayMonths``), in the offers' order.
    var paymentDelays: [Int] { result.scenario.offers.map(\.terms.paymentDelayMonths) }

    /// Cumulative expected vendor cash by month: Σ E[Iₛ₋d] − E[costₛ] for s ≤ t, with d the
    /// offer's payment delay, an invoice of a month before the first 0 and the cost
    /// E[Iₛ] − E[profitₛ]. Expectations are linear, so this is exact from the monthly means;
    /// paid in the month (d = 0) it is cumulative expected profit.
    func cumulativeCash(_ offer: OfferResult, delay: Int) -> [Double] {
        let invoices = offer[.invoice].map(\.mean), profits = offer[.vendorProfit].map(\.mean)
        var cumulative = 0.0
        return profits.indices.map { index in
            cumulative += delay == 0 ? profits[index] : (index >= delay ? invoices[index - delay] : 0) - invoices[index] + profits[index]
            return cumulative
        }
    }

    /// The cash curve: cumulative expected profit per offer. When some offer is paid on terms
    /// the curve is cash, each invoice counted in the month it is paid (the same as profit for
    /// an offer paid in the month), and the chart's words say so.
    func cashCurve() -> ReportChart {
        let delays = paymentDelays
        let onTerms = delays.contains { $0 > 0 }
        let quantity = onTerms ? "cash" : "profit"
        var markers: [ChartMarker] = []
        var dips: [(name: String, deepest: OfferResult.MonthValue)] = []
        let series = offers.enumerated().map { index, offer in
            let y = cumulativeCash(offer, delay: delays[index])
            var deepest: OfferResult.MonthValue?
            for (month, value) in zip(1..., y) where value < 0 && (deepest == nil || value < deepest!.value) {
                deepest = OfferResult.MonthValue(value: value, month: month)
            }
            if let deepest {
                let label = "\(moneyFormat.label(deepest.value)) in month \(deepest.month)"
                markers.append(ChartMarker(series: index, point: ChartPoint(x: Double(deepest.month), y: deepest.value), label: label))
                dips.append((offer.name, deepest))
            }
            let terms = result.scenario.offers[index].terms.paymentTermsDays
            return LineSeries(name: delays[index] > 0 ? "\(offer.name) (net \(terms))" : offer.name, x: months, y: y)
        }
        let description =
            onTerms
            ? "Cumulative expected vendor cash by month for each offer: its profit, with each invoice counted in the month "
                + "the buyer pays it under the offer's payment terms; the deepest point of each curve that falls below zero "
                + "is marked."
            : "Cumulative expected vendor profit by month for each offer; the deepest point of each curve that falls below zero is marked."
        let chart = LineChart(
            title: "Cash curve", description: description, series: series, markers: markers, xAxis: monthAxis,
            yAxis: ChartAxis(title: "Cumulative expected \(quantity)", format: moneyFormat, includesZero: true))
        let caption: ReportText
        if let deepest = dips.min(by: { $0.deepest.value < $1.deepest.value }) {
            caption =
                "\(ReportText.literal(deepest.name)) needs the most funding: cumulative expected \(quantity) bottoms out at "
                + "\(money(deepest.deepest.value)) in month \(deepest.deepest.month)"
                + (dips.count < offers.count
                    ? "; \(ReportWords.count(offers.count - dips.count, "offer")) never "
                        + (offers.count - dips.count == 1 ? "dips" : "dip") + " below zero." : ".")
        } else {
            caption = "Cumulative expected \(quantity) never falls below zero for any offer."
        }
        return ReportChart(
            fileName: "cash-curve.svg", svg: chart.svg(width: 720, height: 360),
            alt: "Cumulative expected vendor \(quantity) by month, one line per offer", caption: caption)
    }

    func profitDistributions() -> ReportChart {
        // Each offer's ECDF sorts its trials' profits: the offers go in parallel.
        let totals = run.totals
        let workers = ProcessInfo.processInfo.activeProcessorCount
        let curves = parallelMap(offers.count, workers: workers) { ECDF.points(totals.vendorProfit(offer: $0), including: [0]) }
        let series = offers.indices.map { LineSeries(name: offers[$0].name, points: curves[$0]) }
        let chart = StepChart(
            title: "Profit distributions",
            description:
                "The share of trials in which each offer's vendor profit over the horizon is at most a given amount; the share left of zero is the probability of a loss.",
            series: series, xAxis: ChartAxis(title: "Vendor profit over the horizon", format: moneyFormat),
            yAxis: ChartAxis(title: "Share of trials", format: .percent, range: 0...1),
            reference: ReferenceLine(x: 0, label: "break-even"))
        let losses = offers.map { "\(ReportText.literal($0.name)) \(Format.percent($0.probabilityOfLoss))" as ReportText }
        return ReportChart(
            fileName: "profit-distributions.svg", svg: chart.svg(width: 720, height: 360),
            alt: "Cumulative distribution of each offer's horizon vendor profit, with zero marked",
            caption: "The share of trials left of zero is the probability of a loss: \(ReportWords.list(losses)).")
    }

    func buyerCost() -> ReportChart {
        var bars = offers.compactMap { offer -> WhiskerBar? in
            let cost = offer[HorizonMetric.buyerCost]
            guard let mean = cost.mean, let p5 = cost.p5, let p95 = cost.p95 else { return nil }
            return WhiskerBar(label: offer.name, value: mean, low: p5, high: p95)
        }
        let baseline = result.baseline
        let showsBaseline = result.hasHumanBaseline
        if showsBaseline, let mean = baseline.mean, let p5 = baseline.p5, let p95 = baseline.p95 {
            bars.append(WhiskerBar(label: "All human work", value: mean, low: p5, high: p95))
        }
        let chart = WhiskerBarChart(
            title: "The buyer's total cost",
            description:
                "Expected total cost of ownership over the horizon for each offer and for doing all the work by hand, with P5–P95 whiskers.",
            bars: bars, axis: ChartAxis(title: "Total cost over the horizon", format: moneyFormat), barLabel: "Expected",
            whiskerLabel: "P5–P95")
        var caption: ReportText = "Expected total cost over the horizon, with P5–P95."
        if let cheapest = offers.filter({ $0[HorizonMetric.buyerCost].mean != nil }).min(by: {
            $0[HorizonMetric.buyerCost].mean! < $1[HorizonMetric.buyerCost].mean!
        }) {
            caption =
                "\(ReportText.literal(cheapest.name)) costs the buyer least, \(money(cheapest[HorizonMetric.buyerCost].mean!)) expected"
            if showsBaseline, let mean = baseline.mean { caption += ", against \(money(mean)) for all the work by hand" }
            caption += "."
        }
        return ReportChart(
            fileName: "buyer-cost.svg", svg: chart.svg(width: 720, height: 80 + 44 * Double(bars.count)),
            alt: "Horizontal bars of each offer's expected total cost to the buyer, with P5–P95 whiskers", caption: caption)
    }
}
