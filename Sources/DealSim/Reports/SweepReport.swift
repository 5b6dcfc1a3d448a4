/// The reports of a sweep: `sweep.csv`, every metric of every offer at every point, and
/// `sweep.md`, the key figures per offer and findings computed from the curve.
///
/// Findings follow each line of the sweep (the whole sweep for one parameter; each value of
/// the second parameter for a grid) from point to point and say where something changes:
/// an offer's expected profit crosses zero, its P(loss) crosses 5%, or the offer cheapest
/// for the buyer changes. Each place is found by linear interpolation between the two
/// neighbouring points and stated with them.
public enum SweepReport {
    /// `sweep.csv`: columns `value,offer,metric,mean,se,p5,p50,p95` for one parameter, or
    /// `value1,value2,offer,…` for two; one row per point, offer and metric of `summary.csv`
    /// (in its order), raw numbers.
    /// - Parameters:
    ///   - sweep: the sweep.
    ///   - results: its results, one per point.
    /// - Returns: the file's text, header included.
    public static func csv(_ sweep: Sweep, results: [SimulationResult]) -> String {
        let values = sweep.axes.count == 1 ? ["value"] : ["value1", "value2"]
        var text = CSVReport.line(values + ["offer", "metric", "mean", "se", "p5", "p50", "p95"])
        for (point, result) in zip(sweep.points, results) {
            let prefix = point.values.map(CSVReport.number)
            for offer in result.offers {
                let name = CSVReport.text(offer.name)
                for metric in SummaryMetric.reported(in: result.scenario) {
                    text += CSVReport.line(prefix + [name] + CSVReport.cells(metric, of: offer))
                }
            }
        }
        return text
    }

    /// The report of a sweep as a document: what was swept, the findings, and a table per
    /// offer of its key figures at every point.
    /// - Parameters:
    ///   - sweep: the sweep.
    ///   - results: its results, one per point.
    ///   - charts: the sweep's charts (``SweepCharts``), shown after the findings, each from
    ///     `charts/<file name>`; none by default.
    ///   - command: the command that repeats the sweep, shown in the report.
    /// - Returns: the document, for ``MarkdownWriter`` and ``HTMLWriter``.
    public static func document(
        _ sweep: Sweep, results: [SimulationResult], charts: [ReportChart] = [], command: String
    ) -> ReportDocument {
        SweepPage(sweep: sweep, results: results).document(charts: charts, command: command)
    }

    /// `sweep.md`: ``document(_:results:charts:command:)`` written by ``MarkdownWriter``.
    /// - Parameters:
    ///   - sweep: the sweep.
    ///   - results: its results, one per point.
    ///   - command: the command that repeats the sweep, shown in the report.
    /// - Returns: the Markdown text, ending with a newline.
    public static func markdown(_ sweep: Sweep, results: [SimulationResult], command: String) -> String {
        MarkdownWriter.render(document(sweep, results: results, command: command))
    }
}

/// One sweep report being written.
struct SweepPage {
    let sweep: Sweep
    let results: [SimulationResult]

    var scenario: Scenario { sweep.scenario }
    var currency: String { scenario.currency }
    var axes: [SweepAxis] { sweep.axes }
    func money(_ x: Double?) -> String { x.map { Format.money($0, currency: currency) } ?? Format.notANumber }
    func value(_ x: Double, axis: Int = 0) -> String { axes[axis].parameter.value(x, currency: currency) }
    /// "an attempt success rate of 45%".
    func at(_ x: Double, axis: Int = 0) -> String { named(value(x, axis: axis), axis: axis) }
    /// "an attempt success rate of about 29.9%", for an interpolated value.
    func atAbout(_ x: Double, axis: Int = 0) -> String { named("about " + about(x, axis: axis), axis: axis) }
    /// "an attempt success rate of `text`".
    func named(_ text: String, axis: Int) -> String {
        let words = axes[axis].parameter.words
        let article = "aeiou".contains(words.first ?? "x") ? "an" : "a"
        return "\(article) \(words) of \(text)"
    }
    /// An interpolated value, rounded for reading: "29.9%", "$1.23".
    func about(_ x: Double, axis: Int = 0) -> String {
        let parameter = axes[axis].parameter
        if parameter.kind == .rate { return ReportWords.plainPercent((x * 1_000).rounded() / 10) }
        return ReportWords.approximate(x, parameter.kind, currency: currency)
    }

    /// An offer's name in a sentence, in bold.
    func name(_ offer: Int) -> ReportText { .strong(.literal(scenario.offers[offer].name)) }

    func document(charts: [ReportChart], command: String) -> ReportDocument {
        let first = results.first
        let trials = first?.trials ?? scenario.trials
        let description = axes.map { axis -> ReportText in
            "\(ReportText.code(axis.parameter.description)) (\(axis.parameter.words)) over "
                + "\(ReportWords.count(axis.values.count, "value")): "
                + "\(ReportWords.list(axis.values.map { value($0, axis: axes.firstIndex(of: axis)!) }))"
        }
        let months = ReportWords.count(scenario.horizonMonths, "month")
        var introduction: ReportText = "\(ReportWords.count(trials, "trial")) a point over \(months), "
        introduction += "seed \(first?.seed ?? 0), amounts in \(ReportText.literal(currency)). "
        introduction += "The sweep sets \(ReportWords.list(description, "and then")). "
        introduction += "Every point runs with the same seed and trials, so neighbouring points differ by the parameter alone. "
        introduction += "Reproduce with \(ReportText.code(command))."
        let bullets = findings()
        return ReportDocument(
            title: "Sweep: \(ReportText.literal(scenario.title))", introduction: [.paragraph(introduction)],
            sections: [ReportSection("Findings", blocks: [.bulletList(bullets.isEmpty ? [steadiness()] : bullets)])]
                + (charts.isEmpty ? [] : [ReportSection("Charts", blocks: charts.map(\.figure))])
                + scenario.offers.indices.map(table(offer:)))
    }

    /// The findings: a sentence for each of the sweep's ``SweepCrossings``, in their order.
    func findings() -> [ReportText] {
        let acceptable = Format.percent(OfferComparison.acceptableProbabilityOfLoss)
        return SweepCrossings(sweep: sweep, results: results).all.map { crossing in
            let label = crossing.line.row.map { " at \(at(axes[1].values[$0], axis: 1))" } ?? ""
            let (xa, xb, ya, yb) = (crossing.xa, crossing.xb, crossing.ya, crossing.yb)
            switch crossing.kind {
            case .profit(let offer):
                let way = crossing.downwards ? "becomes a loss" : "breaks even"
                return
                    "\(name(offer)) \(way) at \(atAbout(crossing.x))\(label) (\(money(ya)) at \(value(xa)), \(money(yb)) at \(value(xb)))."
            case .probabilityOfLoss(let offer):
                let way = crossing.downwards ? "falls to \(acceptable) or below" : "rises above \(acceptable)"
                return "\(name(offer))'s P(loss) \(way) at \(atAbout(crossing.x))\(label) "
                    + "(\(Format.percent(ya)) at \(value(xa)), \(Format.percent(yb)) at \(value(xb)))."
            case .cheapest(let before, let after):
                return "Between \(at(xa)) and \(value(xb))\(label), \(name(after)) becomes cheaper for the buyer "
                    + "than \(name(before)) (at about \(about(crossing.x)); expected total cost "
                    + "\(money(yb)) against \(money(results[crossing.b].offers[before][HorizonMetric.buyerCost].mean)) "
                    + "at \(value(xb)))."
            }
        }
    }

    /// When nothing crosses: each offer's expected profit at both ends of the sweep.
    func steadiness() -> ReportText {
        let (first, last) = (0, sweep.points.count - 1)
        let ranges = scenario.offers.indices.map { offer -> ReportText in
            "\(name(offer)) \(money(results[first].offers[offer][.vendorProfit].mean)) to "
                + "\(money(results[last].offers[offer][.vendorProfit].mean))"
        }
        return "No offer's expected profit crosses zero, no P(loss) crosses 5% and the buyer's cheapest offer does not change "
            + "over the sweep; expected profit goes from the first point to the last: \(ReportWords.list(ranges))."
    }

    /// The key figures of one offer at every point.
    func table(offer: Int) -> ReportSection {
        let parameters = axes.map { axis in
            ReportTable.Column("\(axis.parameter.words.prefix(1).uppercased() + axis.parameter.words.dropFirst())")
        }
        // Without a human baseline net savings would only be the buyer cost negated: left out,
        // as in the run's report.
        let savings = results.contains { $0.hasHumanBaseline }
        let figures: [(ReportText, ReportText?)] =
            [
                ("Expected profit", nil), ("Margin", nil), ("P(loss)", nil), ("Funding needed", "(P95)"),
                ("Buyer total cost", nil),
            ] + (savings ? [("Net savings", nil)] : [])
        func money(_ x: Double?) -> ReportTable.Cell { ReportTable.Cell("\(self.money(x))", kind: .money, value: x) }
        let rows = sweep.points.indices.map { point -> [ReportTable.Cell] in
            let o = results[point].offers[offer]
            let values = sweep.points[point].values.enumerated().map { index, x in
                ReportTable.Cell("\(value(x, axis: index))", kind: Self.kind(axes[index].parameter), value: x)
            }
            return values + [
                money(o[.vendorProfit].mean),
                ReportTable.Cell("\(o.expectedMargin.map(Format.percent) ?? Format.notANumber)", kind: .percent, value: o.expectedMargin),
                ReportTable.Cell("\(Format.percent(o.probabilityOfLoss))", kind: .percent, value: o.probabilityOfLoss),
                money(o[.maxDeficit].p95), money(o[.buyerCost].mean),
            ] + (savings ? [money(o[.buyerNetSavings].mean)] : [])
        }
        // The first column heads each row, as in every table of the reports; the others hold numbers.
        let columns = parameters.enumerated().map { index, column in
            index == 0 ? column : ReportTable.Column(column.heading, alignment: .trailing)
        }
        let table = ReportTable(
            columns: columns + figures.map { ReportTable.Column($0.0, detail: $0.1, alignment: .trailing) }, rows: rows)
        return ReportSection(.literal(scenario.offers[offer].name), blocks: [.table(table)])
    }

    /// The kind of a parameter's values in a table.
    static func kind(_ parameter: ScenarioParameter) -> ReportTable.Kind {
        if parameter.lastKey == "percent" { return .percent }
        switch parameter.kind {
        case .money: return .money
        case .rate: return .percent
        case .count: return .count
        }
    }
}
