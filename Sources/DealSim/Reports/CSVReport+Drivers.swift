extension CSVReport {
    /// `drivers.csv`: one row per offer, metric and uncertain input (``Drivers``).
    ///
    /// Columns `input,offer,metric,spearman,variance_share`: the input's JSON path
    /// (`vendors[0].attemptSuccessRate`), the offer's name, the metric (`vendor_profit`, then
    /// `buyer_cost`), Spearman's ρ between the input's draws and the metric's per-trial
    /// totals, and the input's share of the variance as a fraction (the shares of an offer's
    /// metric add up to 1). Rows are ordered by offer (the scenario's order), then metric,
    /// then input (the scenario's order), so each offer's metric is a block whose shares sum
    /// to 1. An undefined correlation (a metric that does not vary) leaves both number cells
    /// empty. A scenario without uncertain inputs gives the header alone.
    /// - Parameter drivers: the run's drivers.
    /// - Returns: the file's text, header included.
    public static func drivers(_ drivers: Drivers) -> String {
        var text = line(["input", "offer", "metric", "spearman", "variance_share"])
        for (offer, name) in drivers.offers.enumerated() {
            for metric in Drivers.Metric.allCases {
                for driver in drivers.drivers(offer: offer, metric: metric) {
                    text += line([
                        self.text(drivers.parameters[driver.input].path), self.text(name), metric.rawValue,
                        number(driver.spearman), number(driver.varianceShare),
                    ])
                }
            }
        }
        return text
    }
}
