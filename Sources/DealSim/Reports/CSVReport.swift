/// The machine-readable results of a run: `summary.csv` and `monthly.csv`, in the exact
/// shapes of <doc:Statistics>.
///
/// Both files are plain RFC 4180 CSV with a header row and lines ending in "\n". Numbers
/// are raw (no currency symbol, no thousands separator) and written by ``number(_:)``; text
/// cells (offer and metric names) by ``text(_:)``, which quotes them when needed and
/// defuses spreadsheet formulas. The same result always gives the same bytes.
public enum CSVReport {
    /// `summary.csv`: one row per offer and metric.
    ///
    /// Columns `offer,metric,mean,se,p5,p50,p95`. Offers come in the scenario's order; for
    /// each offer the horizon metrics in ``HorizonMetric`` order (`vendor_revenue`,
    /// `vendor_cost`, `vendor_profit`, `margin`, `buyer_cost`, `buyer_net_savings`,
    /// `invoice_per_outcome`, `compute_per_outcome`, `max_deficit`), then `p_loss` and
    /// `p_any_loss_month`, whose probability is in `mean` with the other columns empty. A
    /// statistic the result does not have (a ratio undefined in every trial, the standard
    /// error of a single trial) is an empty cell.
    /// - Parameter result: the run to report.
    /// - Returns: the file's text, header included.
    public static func summary(_ result: SimulationResult) -> String {
        var text = line(["offer", "metric", "mean", "se", "p5", "p50", "p95"])
        for offer in result.offers {
            let name = self.text(offer.name)
            for metric in SummaryMetric.reported(in: result.scenario) { text += line([name] + cells(metric, of: offer)) }
        }
        return text
    }

    /// The cells `metric,mean,se,p5,p50,p95` of one offer's metric: a probability in `mean`,
    /// the other cells empty.
    static func cells(_ metric: SummaryMetric, of offer: OfferResult) -> [String] {
        switch metric {
        case .horizon(let horizon):
            let s = offer[horizon]
            return [metric.name] + [s.mean, s.standardError, s.p5, s.p50, s.p95].map(number)
        case .probabilityOfLoss: return [metric.name, number(offer.probabilityOfLoss), "", "", "", ""]
        case .probabilityOfLossMonth: return [metric.name, number(offer.probabilityOfLossMonth), "", "", "", ""]
        case .probabilityOverBudget: return [metric.name, number(offer.probabilityOverBudget), "", "", "", ""]
        case .probabilityEndsEarly: return [metric.name, number(offer.probabilityEndsEarly), "", "", "", ""]
        }
    }

    /// `monthly.csv`: one row per offer, month and monthly metric.
    ///
    /// Columns `offer,month,metric,mean,p5,p50,p95`. Rows are ordered by offer (the
    /// scenario's order), then month (1 first), then metric in ``MonthlyMetric`` order
    /// (`invoice`, `vendor_profit`, `buyer_cost`).
    /// - Parameter result: the run to report.
    /// - Returns: the file's text, header included.
    public static func monthly(_ result: SimulationResult) -> String {
        var text = line(["offer", "month", "metric", "mean", "p5", "p50", "p95"])
        for offer in result.offers {
            let name = self.text(offer.name)
            let bands = MonthlyMetric.allCases.map { offer[$0] }
            for month in 0..<(bands.first?.count ?? 0) {
                for (metric, band) in zip(MonthlyMetric.allCases, bands) {
                    let b = band[month]
                    text += line([name, String(b.month), metric.rawValue] + [b.mean, b.p5, b.p50, b.p95].map(number))
                }
            }
        }
        return text
    }
}
