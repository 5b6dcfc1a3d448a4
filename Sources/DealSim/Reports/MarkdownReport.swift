/// The report people read, `summary.md`: what was simulated, which offer suits the vendor
/// and which the buyer, findings drawn from the numbers, and the assumptions behind them.
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
///    (a buyer's pick the vendor may not sustain, losses, loss months, funding, the cost of
///    a training lag, payback, compute cost per outcome, the buyer's savings against
///    all-human work);
/// 4. a table for the vendor and one for the buyer, one row per offer. Margin is expected
///    profit ÷ expected revenue (with the P5–P95 of per-trial margins), cost per accepted
///    outcome expected total cost ÷ expected accepted outcomes; without human cost the
///    buyer's table has no all-human row and no savings;
/// 5. the assumptions: workload, vendors, and each offer's pricing and terms in words.
///
/// Amounts are written by ``Format``; names from the scenario are escaped so that they show
/// as written and cannot break a table or inject HTML. The text holds nothing that varies
/// between runs of the same result (no date, no timing): the same result gives the same
/// bytes.
public enum MarkdownReport {
    /// Renders `summary.md` for a run.
    /// - Parameters:
    ///   - result: the run to report.
    ///   - scenarioPath: the scenario file as the user named it, for the command that repeats
    ///     the run; by default `scenarios/<name>.json`, where bundled scenarios live.
    /// - Returns: the Markdown text, ending with a newline.
    public static func render(_ result: SimulationResult, scenarioPath: String? = nil) -> String {
        Page(result: result, scenarioPath: scenarioPath ?? "scenarios/\(result.scenario.name).json").render()
    }

    /// One report being written: the result and the helpers every section shares.
    struct Page {
        let result: SimulationResult
        let comparison: OfferComparison
        /// The scenario file, as the command that repeats the run names it.
        let scenarioPath: String

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
        /// Whether all-human work costs nothing in every trial (a human cost per task of 0):
        /// the baseline's mean is 0 and it does not vary. The report then leaves out the
        /// baseline, net savings and the human work from its tables and sentences.
        var humanWorkIsFree: Bool { result.baseline.mean == 0 && (result.baseline.standardError ?? 0) == 0 }
        /// Whether offers come from more than one vendor, so that rows name the vendor.
        var severalVendors: Bool { Set(result.offers.map(\.vendor)).count > 1 }

        func render() -> String {
            [header(), whichOffer(), findings(), vendorSection(), buyerSection(), assumptions()]
                .compactMap { $0 }.joined(separator: "\n\n") + "\n"
        }

        // MARK: Words shared by the sections

        /// An amount of money; "n/a" for a missing statistic.
        func money(_ x: Double?) -> String {
            x.map { Format.money($0, currency: currency) } ?? Format.notANumber
        }

        /// A percentage; "n/a" for a missing statistic.
        func percent(_ x: Double?) -> String { x.map(Format.percent) ?? Format.notANumber }

        /// "mean (P5–P95)" of a summary, each written by `format`.
        func withRange(_ s: MetricSummary, _ format: (Double) -> String) -> String {
            guard let mean = s.mean else { return Format.notANumber }
            guard let p5 = s.p5, let p95 = s.p95 else { return format(mean) }
            return "\(format(mean)) (\(ReportWords.range(format(p5), format(p95), p5, p95)))"
        }

        /// An offer's name for a sentence: escaped and in bold.
        func name(_ offer: OfferResult) -> String { "**\(MarkdownText.inline(offer.name))**" }

        /// An offer's name for a table cell, with its vendor when offers come from several.
        func cell(_ offer: OfferResult) -> String {
            MarkdownText.inline(offer.name) + (severalVendors ? " (\(MarkdownText.inline(offer.vendor)))" : "")
        }

        /// The scenario's offer behind a result.
        func offer(_ index: Int) -> Offer { scenario.offers[index] }

        // MARK: Header

        func header() -> String {
            var blocks = ["# " + MarkdownText.inline(scenario.title)]
            if let description = scenario.description {
                let text = MarkdownText.paragraphs(description)
                if !text.isEmpty { blocks.append(text) }
            }
            let command = "dealsim run \(Self.shellQuoted(scenarioPath)) --seed \(result.seed) --trials \(result.trials)"
            blocks.append(
                "\(ReportWords.count(result.trials, "trial")) over \(horizon), seed \(result.seed), amounts in "
                    + "\(MarkdownText.inline(currency)). Reproduce with \(MarkdownText.code(command)).")
            return blocks.joined(separator: "\n\n")
        }
    }
}

extension MarkdownReport.Page {
    /// `path` as a shell word: as is when it holds only letters, digits and `._/-`,
    /// otherwise in single quotes (a quote inside written `'\''`).
    static func shellQuoted(_ path: String) -> String {
        let plain = path.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "._/-".contains($0)) }
        return plain && !path.isEmpty
            ? path : "'" + path.split(separator: "'", omittingEmptySubsequences: false).joined(separator: "'\\''") + "'"
    }
}
