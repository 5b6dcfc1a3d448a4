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
                for metric in SummaryMetric.all { text += CSVReport.line(prefix + [name] + CSVReport.cells(metric, of: offer)) }
            }
        }
        return text
    }

    /// The report of a sweep as a document: what was swept, the findings, and a table per
    /// offer of its key figures at every point.
    /// - Parameters:
    ///   - sweep: the sweep.
    ///   - results: its results, one per point.
    ///   - command: the command that repeats the sweep, shown in the report.
    /// - Returns: the document, for ``MarkdownWriter`` and ``HTMLWriter``.
    public static func document(_ sweep: Sweep, results: [SimulationResult], command: String) -> ReportDocument {
        SweepPage(sweep: sweep, results: results).document(command: command)
    }

    /// `sweep.md`: ``document(_:results:command:)`` written by ``MarkdownWriter``.
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

    func document(command: String) -> ReportDocument {
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
                + scenario.offers.indices.map(table(offer:)))
    }

    /// The lines of the sweep: for one parameter the whole sweep; for a grid, the points at
    /// each value of the second parameter. Each line is a list of point indices.
    var lines: [(label: String, points: [Int])] {
        let count = axes[0].values.count
        if axes.count == 1 { return [("", Array(0..<count))] }
        return axes[1].values.indices.map { row in (" at \(at(axes[1].values[row], axis: 1))", Array((row * count)..<((row + 1) * count))) }
    }

    /// Linear interpolation: where the line through (x₀, y₀) and (x₁, y₁) reaches `level`.
    static func crossing(_ x0: Double, _ y0: Double, _ x1: Double, _ y1: Double, level: Double) -> Double {
        y1 == y0 ? x0 : x0 + (level - y0) * (x1 - x0) / (y1 - y0)
    }

    func findings() -> [ReportText] {
        var bullets: [ReportText] = []
        for line in lines {
            for offer in scenario.offers.indices {
                bullets += crossings(
                    offer: offer, line: line, of: { $0[.vendorProfit].mean }, level: 0, noun: "expected profit",
                    ways: ("becomes a loss", "breaks even"), isAbove: { $0 >= 0 }, text: money)
                let acceptable = OfferComparison.acceptableProbabilityOfLoss
                bullets += crossings(
                    offer: offer, line: line, of: { $0.probabilityOfLoss }, level: acceptable, noun: "P(loss)",
                    ways: ("falls to \(Format.percent(acceptable)) or below", "rises above \(Format.percent(acceptable))"),
                    isAbove: { $0 > acceptable }, text: Format.percent)
            }
            bullets += cheapestChanges(line: line)
        }
        return bullets
    }

    /// Where `metric` of `offer` crosses `level` between neighbouring points of a line: from
    /// above (`isAbove`) to below, said `ways.down`, or back, said `ways.up`.
    func crossings(
        offer: Int, line: (label: String, points: [Int]), of metric: (OfferResult) -> Double?, level: Double, noun: String,
        ways: (down: String, up: String), isAbove: (Double) -> Bool, text: (Double) -> String
    ) -> [ReportText] {
        var bullets: [ReportText] = []
        let offerName = name(offer)
        for (a, b) in zip(line.points, line.points.dropFirst()) {
            guard let ya = metric(results[a].offers[offer]), let yb = metric(results[b].offers[offer]) else { continue }
            guard isAbove(ya) != isAbove(yb), ya != yb else { continue }
            let (xa, xb) = (sweep.points[a].values[0], sweep.points[b].values[0])
            let x = Self.crossing(xa, ya, xb, yb, level: level)
            let way = isAbove(ya) ? ways.down : ways.up
            let subject: ReportText = noun == "expected profit" ? offerName : "\(offerName)'s \(noun)"
            bullets.append(
                "\(subject) \(way) at \(atAbout(x))\(line.label) (\(text(ya)) at \(value(xa)), \(text(yb)) at \(value(xb))).")
        }
        return bullets
    }

    /// Where the offer with the lowest expected buyer cost changes between neighbouring points.
    func cheapestChanges(line: (label: String, points: [Int])) -> [ReportText] {
        guard scenario.offers.count > 1 else { return [] }
        func cheapest(_ point: Int) -> Int? {
            let costs = results[point].offers.map { $0[.buyerCost].mean }
            return costs.indices.filter { costs[$0] != nil }.min { costs[$0]! < costs[$1]! }
        }
        var bullets: [ReportText] = []
        for (a, b) in zip(line.points, line.points.dropFirst()) {
            guard let before = cheapest(a), let after = cheapest(b), before != after else { continue }
            let gap = { (point: Int) in results[point].offers[after][.buyerCost].mean! - results[point].offers[before][.buyerCost].mean! }
            let (xa, xb) = (sweep.points[a].values[0], sweep.points[b].values[0])
            let x = Self.crossing(xa, gap(a), xb, gap(b), level: 0)
            bullets.append(
                "Between \(at(xa)) and \(value(xb))\(line.label), \(name(after)) becomes cheaper for the buyer "
                    + "than \(name(before)) (at about \(about(x)); expected total cost "
                    + "\(money(results[b].offers[after][.buyerCost].mean)) against \(money(results[b].offers[before][.buyerCost].mean)) "
                    + "at \(value(xb))).")
        }
        return bullets
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
        let figures: [(ReportText, ReportText?)] = [
            ("Expected profit", nil), ("Margin", nil), ("P(loss)", nil), ("Funding needed", "(P95)"), ("Buyer total cost", nil),
            ("Net savings", nil),
        ]
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
                money(o[.maxDeficit].p95), money(o[.buyerCost].mean), money(o[.buyerNetSavings].mean),
            ]
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
