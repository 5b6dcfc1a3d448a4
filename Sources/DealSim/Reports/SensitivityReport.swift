import Foundation

/// The reports of a sensitivity analysis: `sensitivity.csv`, every input's swing for every
/// offer and metric, and `sensitivity.md`/`.html`, per offer and metric the inputs that
/// matter and those that do not, in sentences computed from the numbers, with a tornado.
public enum SensitivityReport {
    /// `sensitivity.csv`: columns `input,offer,metric,low_value,high_value,mean_at_low,mean_at_high,swing`,
    /// sorted by offer, then swing, largest first; raw numbers.
    public static func csv(_ analysis: Sensitivity, outcome: Sensitivity.Outcome) -> String {
        var text = CSVReport.line([
            "input", "offer", "metric", "low_value", "high_value", "mean_at_low", "mean_at_high", "swing",
        ])
        for swing in outcome.swings {
            text += CSVReport.line(
                [
                    CSVReport.text(swing.input), CSVReport.text(analysis.scenario.offers[swing.offer].name), swing.metric.name,
                ] + [swing.lowValue, swing.highValue, swing.meanAtLow, swing.meanAtHigh, swing.swing].map(CSVReport.number))
        }
        return text
    }

    /// The tornado of each offer and metric, in the report's order.
    public static func charts(_ analysis: Sensitivity, outcome: Sensitivity.Outcome) -> [ReportChart] {
        SensitivityPage(analysis: analysis, outcome: outcome).charts()
    }

    /// The report as a document.
    /// - Parameters:
    ///   - analysis: the analysis.
    ///   - outcome: what it found.
    ///   - charts: its ``charts(_:outcome:)``, shown in each offer's section.
    ///   - command: the command that repeats it.
    public static func document(
        _ analysis: Sensitivity, outcome: Sensitivity.Outcome, charts: [ReportChart], command: String
    ) -> ReportDocument {
        SensitivityPage(analysis: analysis, outcome: outcome).document(charts: charts, command: command)
    }
}

/// One sensitivity report being written.
struct SensitivityPage {
    let analysis: Sensitivity
    let outcome: Sensitivity.Outcome

    var scenario: Scenario { analysis.scenario }
    var currency: String { scenario.currency }

    /// An input in words, as the drivers name it (``UncertainParameter/words(in:)``).
    func words(_ path: String) -> ReportText {
        outcome.inputs.first { $0.path == path }?.words(in: scenario) ?? .code(path)
    }

    /// An input's name for a chart: "Attempt success rate", "Cost per attempt of agent".
    func label(_ path: String) -> String {
        let text = words(path).plainText
        return text.prefix(1).uppercased() + text.dropFirst()
    }

    /// An input's percentile, rounded for reading: a rate to a tenth of a percent ("40.8%"),
    /// money and counts as ``ReportWords/approximate(_:_:currency:)`` writes them.
    func value(_ path: String, _ x: Double) -> String {
        guard let parameter = try? ScenarioParameter(parsing: path) else { return CSVReport.number(x) }
        if parameter.kind == .rate { return ReportWords.plainPercent((x * 1_000).rounded() / 10) }
        return ReportWords.approximate(x, parameter.kind, currency: currency)
    }

    func metricWords(_ metric: SummaryMetric) -> String {
        switch metric {
        case .horizon(.vendorProfit): return "expected profit"
        case .horizon(.buyerCost): return "expected total cost to the buyer"
        case .probabilityOfLoss: return "probability of a loss"
        case .probabilityOfLossMonth: return "probability of a losing month"
        case .probabilityOverBudget: return "probability of a month over budget"
        case .probabilityEndsEarly: return "probability that the buyer leaves early"
        case .horizon(let other): return "expected \(other.rawValue.replacingOccurrences(of: "_", with: " "))"
        }
    }

    func format(_ metric: SummaryMetric, _ x: Double?) -> String {
        guard let x else { return Format.notANumber }
        switch metric {
        case .probabilityOfLoss, .probabilityOfLossMonth, .probabilityOverBudget, .probabilityEndsEarly, .horizon(.margin):
            return Format.percent(x)
        case .horizon(.invoicePerOutcome), .horizon(.computePerOutcome): return Format.price(x, currency: currency)
        case .horizon(.acceptedOutcomes), .horizon(.humanTasks), .horizon(.monthsOverBudget), .horizon(.dealMonths):
            return Format.quantity(x)
        default: return Format.money(x, currency: currency)
        }
    }

    /// The swings of one offer and metric, largest first.
    func swings(offer: Int, metric: SummaryMetric) -> [Sensitivity.Swing] {
        outcome.swings.filter { $0.offer == offer && $0.metric == metric }
    }

    /// The sentences of one offer and metric: the inputs that move it, largest first (at most
    /// three named), and those that do not move it at all.
    func sentences(offer: Int, metric: SummaryMetric) -> [ReportText] {
        let all = swings(offer: offer, metric: metric)
        let name = ReportText.strong(.literal(scenario.offers[offer].name))
        let moving = all.filter { $0.swing > 0 }
        let still = all.filter { $0.swing == 0 }
        var sentences: [ReportText] = moving.prefix(3).map { swing in
            "\(words(swing.input)) (from \(value(swing.input, swing.lowValue)) to \(value(swing.input, swing.highValue))) moves "
                + "\(name)'s \(metricWords(metric)) from \(format(metric, swing.meanAtLow)) to \(format(metric, swing.meanAtHigh))."
        }
        if moving.count > 3 {
            let rest = moving.dropFirst(3).map { words($0.input) }
            sentences.append("Less: \(ReportWords.list(Array(rest))), each by at most \(format(metric, moving[3].swing)).")
        }
        if !still.isEmpty {
            sentences.append("\(ReportWords.list(still.map { words($0.input) })) does not move it at all.")
        }
        return sentences.map(\.capitalized)
    }

    func charts() -> [ReportChart] {
        var charts: [ReportChart] = []
        for offer in scenario.offers.indices {
            for metric in analysis.metrics {
                let all = swings(offer: offer, metric: metric)
                guard !all.isEmpty else { continue }
                let centre = outcome.base.offers[offer].estimate(of: metric, trials: outcome.base.trials).mean ?? .nan
                let bars = all.map { swing in
                    TornadoBar(label: label(swing.input), low: swing.meanAtLow ?? .nan, high: swing.meanAtHigh ?? .nan)
                }
                let prefix = Format.currencyPrefix(currency)
                let isShare: Bool = {
                    switch metric {
                    case .probabilityOfLoss, .probabilityOfLossMonth, .horizon(.margin): return true
                    default: return false
                    }
                }()
                let tickFormat: TickFormat = isShare ? .percent : .money(prefix: prefix)
                let name = scenario.offers[offer].name
                let chart = TornadoChart(
                    title: "\(name): what moves its \(metricWords(metric))",
                    description: "The \(metricWords(metric)) of \(name) with each input at its 10th and at its 90th percentile.",
                    centre: centre, centreLabel: "Base \(tickFormat.label(centre))", bars: bars,
                    axis: ChartAxis(
                        title: metricWords(metric).prefix(1).uppercased() + metricWords(metric).dropFirst(), format: tickFormat),
                    lowLabel: "Input at its 10th percentile", highLabel: "Input at its 90th percentile")
                let top = all.first { $0.swing > 0 }
                let caption: ReportText =
                    top.map { "The widest bar: \(words($0.input)), a swing of \(format(metric, $0.swing))." }
                    ?? "No input moves it."
                charts.append(
                    ReportChart(
                        fileName: "tornado-\(offer + 1)-\(metric.name).svg",
                        svg: chart.svg(width: 720, height: 90 + 36 * Double(bars.count)),
                        alt: "Tornado of \(name)'s \(metricWords(metric)) by input", caption: caption))
            }
        }
        return charts
    }

    func document(charts: [ReportChart], command: String) -> ReportDocument {
        let base = outcome.base
        var introduction: ReportText =
            "\(ReportWords.count(base.trials, "trial")) a run over \(ReportWords.count(scenario.horizonMonths, "month")), "
        introduction += "seed \(base.seed), amounts in \(ReportText.literal(currency)). Each of the "
        introduction += "\(ReportWords.count(outcome.inputs.count, "uncertain input")) is fixed in turn at its 10th and at its 90th "
        introduction += "percentile, every other input keeping its distribution, with the same seed and trials; the bars "
        introduction += "show how far each moves the result. Reproduce with \(ReportText.code(command))."
        var sections: [ReportSection] = []
        var chartIndex = 0
        for offer in scenario.offers.indices {
            var blocks: [ReportBlock] = []
            for metric in analysis.metrics {
                let sentences = self.sentences(offer: offer, metric: metric)
                guard !sentences.isEmpty else { continue }
                blocks.append(.bulletList(sentences))
                if chartIndex < charts.count {
                    blocks.append(charts[chartIndex].figure)
                    chartIndex += 1
                }
            }
            sections.append(ReportSection(.literal(scenario.offers[offer].name), blocks: blocks))
        }
        return ReportDocument(
            title: "Sensitivity: \(ReportText.literal(scenario.title))", introduction: [.paragraph(introduction)],
            sections: sections)
    }
}
