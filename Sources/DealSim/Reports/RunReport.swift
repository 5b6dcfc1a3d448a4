/// The report people read, `summary.md` and `summary.html`: what was simulated, which offer
/// suits the vendor and which the buyer, findings drawn from the numbers, and the
/// assumptions behind them, as a ``ReportDocument`` that ``MarkdownWriter`` and
/// ``HTMLWriter`` render.
///
/// The page stands alone. Its parts, in order:
///
/// 1. the scenario's title and description, the trials, horizon, seed and the command that
///    reproduces the run;
/// 2. "Which offer": the picks of ``OfferComparison`` with the numbers behind them (when
///    there are at least two offers): the best offer of each vendor that has a choice (with
///    several vendors, those with a single offer get their expected profit and P(loss) in one
///    sentence, unranked), the best for the buyer, and the most predictable bill (the
///    vendor's invoice), with the spread of the buyer's total monthly cost when the invoice
///    is under half of it;
/// 3. findings: sentences computed from this run, each left out when it does not apply
///    (a buyer's pick the vendor may not sustain, losses, loss months, funding, the losses of
///    the deals that end early, an early termination fee, the funding payment terms add, the
///    cost of a training lag, payback, compute cost per outcome, who keeps a change of it
///    under a cost trend, a commitment's true-ups, a wallet's bill above its bundle, the
///    buyer's budget, the buyer's savings against all-human work);
///    then, when the run's ``Drivers`` are given, "What drives the results": per offer, the
///    uncertain inputs that move its profit and buyer cost most, and in which direction;
/// 4. a table for the vendor and one for the buyer, one row per offer. Margin is expected
///    profit ÷ expected revenue (with the P5–P95 of per-trial margins), cost per accepted
///    outcome expected total cost ÷ expected accepted outcomes; without human cost the
///    buyer's table has no all-human row and no savings; with payment terms the vendor's
///    table adds the funding needed paid on terms, with a budget the buyer's adds
///    P(over budget) and the expected months over it; when the buyer may leave, the vendor's
///    note gives P(ends early) and the deal's expected length;
/// 5. the assumptions: workload (with its seasonality, the buyer leaving and what follows
///    it), vendors (with their trends), and each offer's pricing and terms in words.
///
/// Amounts are written by ``Format``; names from the scenario are
/// ``ReportInline/literal(_:)`` runs, which each writer escapes so that they show as
/// written. The document holds nothing that varies between runs of the same result (no
/// date, no timing): the same result gives the same document, and the same bytes.
public enum RunReport {
    /// The report of a run.
    /// - Parameters:
    ///   - result: the run to report.
    ///   - charts: the run's charts (``RunCharts``), shown after the findings, each from
    ///     `charts/<file name>`; none by default.
    ///   - precision: the target and outcome when the run chose its trials
    ///     (``PrecisionRun``), said after the trials and seed; none by default.
    ///   - drivers: the run's drivers (``Drivers``), the section "What drives the results"
    ///     after the findings; none by default.
    ///   - scenarioPath: the scenario file as the user named it, for the command that repeats
    ///     the run; by default `scenarios/<name>.json`, where bundled scenarios live.
    /// - Returns: the document, for ``MarkdownWriter`` and ``HTMLWriter``.
    public static func document(
        _ result: SimulationResult, charts: [ReportChart] = [], drivers: Drivers? = nil, precision: PrecisionNote? = nil,
        scenarioPath: String? = nil
    ) -> ReportDocument {
        var page = Page(result: result, scenarioPath: scenarioPath ?? "scenarios/\(result.scenario.name).json")
        page.charts = charts
        page.drivers = drivers
        page.precision = precision
        return page.document()
    }

    /// One report being built: the result and the helpers every section shares.
    struct Page {
        let result: SimulationResult
        let comparison: OfferComparison
        /// The scenario file, as the command that repeats the run names it.
        let scenarioPath: String
        /// The charts shown after the findings.
        var charts: [ReportChart] = []
        /// How the run chose its trials, when it did.
        var precision: PrecisionNote?
        /// The inputs that drive the results, shown after the findings.
        var drivers: Drivers?

        init(result: SimulationResult, scenarioPath: String) {
            self.result = result
            self.comparison = OfferComparison(result)
            self.scenarioPath = scenarioPath
        }

        var scenario: Scenario { result.scenario }
        var currency: String { scenario.currency }
        var months: Int { scenario.horizonMonths }
        /// "12 months".
        var horizon: String { ReportWords.count(months, "month") }
        /// Whether all-human work costs nothing in every trial (a human cost per task of 0): no
        /// ``SimulationResult/hasHumanBaseline``. The report then leaves out the baseline, net
        /// savings and the human work from its tables and sentences.
        var humanWorkIsFree: Bool { !result.hasHumanBaseline }
        /// Whether offers come from more than one vendor, so that rows name the vendor.
        var severalVendors: Bool { Set(result.offers.map(\.vendor)).count > 1 }

        func document() -> ReportDocument {
            ReportDocument(
                title: .literal(scenario.title), introduction: introduction(),
                sections: [whichOffer(), findings(), driversSection(), chartSection(), vendorSection(), buyerSection(), assumptions()]
                    .compactMap { $0 })
        }

        /// "Charts": each chart with its caption; `nil` without charts.
        func chartSection() -> ReportSection? {
            guard !charts.isEmpty else { return nil }
            return ReportSection("Charts", blocks: charts.map(\.figure))
        }

        // MARK: Words shared by the sections

        /// An amount of money; "n/a" for a missing statistic.
        func money(_ x: Double?) -> String {
            x.map { Format.money($0, currency: currency) } ?? Format.notANumber
        }

        /// A percentage; "n/a" for a missing statistic.
        func percent(_ x: Double?) -> String { x.map(Format.percent) ?? Format.notANumber }

        /// The mean of a summary and its P5–P95 in parentheses, each written by `format`: "$1,200"
        /// and "($800–$1,500)"; "n/a" and no range for a missing mean.
        func withRange(_ s: MetricSummary, _ format: (Double) -> String) -> (mean: String, range: String?) {
            guard let mean = s.mean else { return (Format.notANumber, nil) }
            guard let p5 = s.p5, let p95 = s.p95 else { return (format(mean), nil) }
            return (format(mean), "(\(ReportWords.range(format(p5), format(p95), p5, p95)))")
        }

        /// An expected number of months (≥ 0), to one decimal: "2.3", "24.0" for a mean just
        /// under 24; "0" and "24" for exactly none and every one; "<0.1" for a mean above 0
        /// that would show as 0; "n/a" for a missing statistic.
        func expectedMonths(_ x: Double?) -> String {
            guard let x, x.isFinite else { return Format.notANumber }
            if x == x.rounded() { return Format.count(x) }
            let tenths = (x * 10).rounded(.toNearestOrAwayFromZero)
            if tenths == 0 { return "<0.1" }
            return Format.count((tenths / 10).rounded(.towardZero)) + "." + String(Int(tenths) % 10)
        }

        /// The buyer's monthly budget, as the scenario gives it: "$25,000".
        func budgetText(_ budget: Double) -> String { Format.price(budget, currency: currency) }

        /// An offer's name for a sentence, in bold.
        func name(_ offer: OfferResult) -> ReportText { .strong(.literal(offer.name)) }

        /// An offer's name for a table cell, with its vendor when offers come from several.
        func cell(_ offer: OfferResult) -> ReportTable.Cell {
            ReportTable.Cell(
                severalVendors ? "\(ReportText.literal(offer.name)) (\(ReportText.literal(offer.vendor)))" : .literal(offer.name))
        }

        /// The scenario's offer behind a result.
        func offer(_ index: Int) -> Offer { scenario.offers[index] }

        // MARK: Introduction

        /// The scenario's description, a paragraph for each run of lines between blank lines,
        /// and the trials, horizon and seed with the command that repeats the run.
        func introduction() -> [ReportBlock] {
            var blocks = scenario.description.map(Self.paragraphs) ?? []
            let command = "dealsim run \(Self.shellQuoted(scenarioPath)) --seed \(result.seed) --trials \(result.trials)"
            blocks.append(
                .paragraph(
                    "\(ReportWords.count(result.trials, "trial")) over \(horizon), seed \(result.seed), amounts in "
                        + "\(ReportText.literal(currency)). Reproduce with \(ReportText.code(command))."))
            if let precision { blocks.append(.paragraph(precisionSentence(precision))) }
            return blocks
        }
    }
}

extension RunReport.Page {
    /// `path` as a shell word: as is when it holds only letters, digits and `._/-`,
    /// otherwise in single quotes (a quote inside written `'\''`).
    static func shellQuoted(_ path: String) -> String {
        let plain = path.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "._/-".contains($0)) }
        return plain && !path.isEmpty
            ? path : "'" + path.split(separator: "'", omittingEmptySubsequences: false).joined(separator: "'\\''") + "'"
    }

    /// Text from the scenario as paragraphs: lines separated by blank lines make a paragraph,
    /// each line without the spaces and tabs that open it (and without carriage returns),
    /// the line breaks within a paragraph kept.
    static func paragraphs(_ text: String) -> [ReportBlock] {
        let lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            String(String(String.UnicodeScalarView(line.filter { $0 != "\r" })).drop { $0 == " " || $0 == "\t" })
        }
        var blocks: [ReportBlock] = []
        var paragraph = ReportText()
        for line in lines + [""] {
            if line.isEmpty {
                if !paragraph.isEmpty { blocks.append(.paragraph(paragraph)) }
                paragraph = ReportText()
            } else {
                if !paragraph.isEmpty { paragraph.append(ReportInline.lineBreak) }
                paragraph.append(ReportInline.literal(line))
            }
        }
        return blocks
    }
}
