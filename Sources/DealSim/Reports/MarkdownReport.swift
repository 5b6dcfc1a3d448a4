/// The report people read, `summary.md`: what was simulated, which offer suits the vendor
/// and which the buyer, findings drawn from the numbers, and the assumptions behind them.
///
/// The page stands alone. Its parts, in order:
///
/// 1. the scenario's title and description, the trials, horizon, seed and the command that
///    reproduces the run;
/// 2. "Which offer": the picks of ``OfferComparison`` with the numbers behind them (when
///    there are at least two offers);
/// 3. findings: sentences computed from this run, each left out when it does not apply
///    (losses, loss months, funding, the cost of a training lag, payback, compute cost
///    per outcome, the buyer's savings against all-human work);
/// 4. a table for the vendor and one for the buyer, one row per offer;
/// 5. the assumptions: workload, vendors, and each offer's pricing and terms in words.
///
/// Amounts are written by ``Format``; names from the scenario are escaped so that they show
/// as written and cannot break a table or inject HTML. The text holds nothing that varies
/// between runs of the same result (no date, no timing): the same result gives the same
/// bytes.
public enum MarkdownReport {
    /// Renders `summary.md` for a run.
    /// - Parameter result: the run to report.
    /// - Returns: the Markdown text, ending with a newline.
    public static func render(_ result: SimulationResult) -> String {
        Page(result: result).render()
    }

    /// One report being written: the result and the helpers every section shares.
    struct Page {
        let result: SimulationResult
        let comparison: OfferComparison

        init(result: SimulationResult) {
            self.result = result
            self.comparison = OfferComparison(result)
        }

        var scenario: Scenario { result.scenario }
        var currency: String { scenario.currency }
        var months: Int { scenario.horizonMonths }
        /// "12 months".
        var horizon: String { ReportWords.count(months, "month") }
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
            let command = "dealsim run scenarios/\(scenario.name).json --seed \(result.seed) --trials \(result.trials)"
            blocks.append(
                "\(ReportWords.count(result.trials, "trial")) over \(horizon), seed \(result.seed), amounts in "
                    + "\(MarkdownText.inline(currency)). Reproduce with \(MarkdownText.code(command)).")
            return blocks.joined(separator: "\n\n")
        }

        // MARK: Tables

        func vendorSection() -> String {
            let rows = result.offers.map { offer in
                [
                    cell(offer),
                    withRange(offer[.vendorRevenue]) { money($0) },
                    withRange(offer[.vendorProfit]) { money($0) },
                    withRange(offer[.margin]) { percent($0) },
                    percent(offer.probabilityOfLoss),
                    percent(offer.probabilityOfLossMonth),
                    money(offer[.maxDeficit].p95),
                ]
            }
            let table = MarkdownText.table(
                [
                    "Offer", "Expected revenue (P5–P95)", "Expected profit (P5–P95)", "Margin (P5–P95)",
                    "P(loss)", "P(a loss month)", "Funding needed (P95)",
                ], rows)
            var notes = [
                "Means over \(ReportWords.count(result.trials, "trial")), with the 5th to 95th percentile in parentheses. "
                    + "Margin is profit / revenue in each trial. P(loss) is the share of trials whose profit over \(horizon) "
                    + "is negative; funding needed is the P95 of the deepest cumulative loss the vendor carries."
            ]
            for offer in result.offers {
                if let note = exclusionNote(offer[.margin], offer, what: "margin", without: "revenue") { notes.append(note) }
            }
            return "## For the vendor\n\n" + table + "\n\n" + notes.joined(separator: " ")
        }

        func buyerSection() -> String {
            var rows = result.offers.enumerated().map { index, offer in
                [
                    cell(offer),
                    withRange(offer[.buyerCost]) { money($0) },
                    offer.acceptedOutcomes.mean.map(Format.count) ?? Format.notANumber,
                    offer.costPerAcceptedOutcome.map { money($0) } ?? Format.notANumber,
                    withRange(offer[.buyerNetSavings]) { money($0) },
                    highestBill(index),
                ]
            }
            rows.append(["All-human work", withRange(result.baseline) { money($0) }, "—", "—", "—", "—"])
            let table = MarkdownText.table(
                [
                    "Offer", "Expected total cost (P5–P95)", "Accepted outcomes", "Cost per accepted outcome",
                    "Net savings vs all-human (P5–P95)", "Highest monthly bill (P95)",
                ], rows)
            var costs = ["the invoice"]
            if scenario.offers.contains(where: { $0.buyerCosts.words(currency: currency, billsOnOutcomes: $0.billsOnOutcomes) != nil }) {
                costs.append("the buyer's own costs")
            }
            costs.append("the human work on every task the agent leaves undone, at the human cost per task")
            var notes = [
                "Total cost over \(horizon) adds \(ReportWords.list(costs)). "
                    + "Cost per accepted outcome is expected total cost / expected accepted outcomes. "
                    + "The monthly bill is the highest P95 of the invoice in any month, with that month."
            ]
            for offer in result.offers where offer.acceptedOutcomes.mean == 0 {
                notes.append("\(name(offer)) has no accepted outcome in any trial, so its cost per accepted outcome is undefined.")
            }
            return "## For the buyer\n\n" + table + "\n\n" + notes.joined(separator: " ")
        }

        /// "$15,000 (month 24)": the highest monthly P95 of an offer's invoice and its month,
        /// which names the implementation fee when that month carries it.
        func highestBill(_ index: Int) -> String {
            guard let bill = result.offers[index].highestBillP95 else { return Format.notANumber }
            let fee = bill.month == 1 && offer(index).terms.implementationFee != 0 ? ", with the implementation fee" : ""
            return "\(money(bill.value)) (month \(bill.month)\(fee))"
        }

        /// "Margin is undefined under X in 12 of 200 trials without revenue." when trials
        /// were left out of a ratio.
        func exclusionNote(_ s: MetricSummary, _ offer: OfferResult, what: String, without: String) -> String? {
            guard s.excluded > 0 else { return nil }
            if s.included == 0 { return "The \(what) of \(name(offer)) is undefined: no trial has any \(without)." }
            return "The \(what) of \(name(offer)) is undefined in \(Format.count(s.excluded)) of "
                + "\(ReportWords.count(s.included + s.excluded, "trial")) without \(without) and is summarised over the other "
                + "\(Format.count(s.included))."
        }
    }
}
