import Foundation

extension Vendor {
    /// The trend of the cost per attempt in words, with what it makes of the cost by the
    /// horizon's last month H (``meanCostPerAttempt(inMonth:)``, from the means):
    ///
    /// - "falls 3% a month, to $0.04 by month 36 (from $0.10)" for a fixed trend and cost;
    /// - "falls 3% a month, to $0.05 by month 36 (from the mean, $0.14)" for an uncertain cost;
    /// - "triangular -5% to 0%, most likely -3% (mean -2.7%) a month; at the means, the cost
    ///   falls to $0.05 by month 36 (from $0.14)" for an uncertain trend ("… the cost stays at
    ///   $0.14" when the trend's mean is 0).
    ///
    /// `nil` without a trend; without the month after "a month" for a 1-month horizon.
    func costTrendWords(horizonMonths: Int, currency: String) -> String? {
        guard !costPerAttemptTrend.isZero else { return nil }
        func money(_ x: Double) -> String { ReportWords.approximate(x, .money, currency: currency) }
        let fixedTrend = costPerAttemptTrend.support.lowerBound == costPerAttemptTrend.support.upperBound
        let fixedCost = costPerAttempt.support.lowerBound == costPerAttempt.support.upperBound
        let trend = costPerAttemptTrend.mean
        let rate: String
        if fixedTrend {
            rate = "\(trend < 0 ? "falls" : "rises") \(ReportWords.exactPercent(abs(trend))) a month"
        } else {
            rate = "\(costPerAttemptTrend.words(.rate, currency: currency)) a month"
        }
        guard horizonMonths > 1 else { return rate }
        let first = money(meanCostPerAttempt(inMonth: 1)), last = money(meanCostPerAttempt(inMonth: horizonMonths))
        if fixedTrend {
            return "\(rate), to \(last) by month \(horizonMonths) (from \(fixedCost ? "" : "the mean, ")\(first))"
        }
        let change =
            trend == 0 ? "stays at \(first)" : "\(trend < 0 ? "falls" : "rises") to \(last) by month \(horizonMonths) (from \(first))"
        return "\(rate); at the means, the cost \(change)"
    }

    /// The trend of the failure rate in words, with the attempt success rate it makes in the
    /// first month after the training lag and in the horizon's last month (from the means
    /// when either is uncertain): "the agent's failures shrink 5% a month after the lag; its
    /// attempt success rate rises from 60% in month 4 to 74% in month 36", "the agent's
    /// failures grow 2% a month after the lag (drift); at the means, its attempt success rate
    /// falls from …"; for an uncertain trend, "triangular -3% to 0%, most likely -1% (mean
    /// -1.3%) a month: the agent's failures shrink after the lag; at the means, …". Without
    /// a lag, "a month" alone. `nil` without a trend.
    func failureTrendWords(horizonMonths: Int, currency: String) -> String? {
        guard !failureRateTrend.isZero else { return nil }
        let lag = trainingLag?.months ?? 0
        let afterLag = lag > 0 ? " after the lag" : ""
        let trend = failureRateTrend.mean
        let direction = trend < 0 ? "shrink" : "grow"
        let drift = trend > 0 ? " (drift)" : ""
        let fixedTrend = failureRateTrend.support.lowerBound == failureRateTrend.support.upperBound
        var text: String
        if fixedTrend {
            text = "the agent's failures \(direction) \(ReportWords.exactPercent(abs(trend))) a month\(afterLag)\(drift)"
        } else {
            text = "\(failureRateTrend.words(.rate, currency: currency)) a month"
            if trend != 0 { text += ": the agent's failures \(direction)\(afterLag)\(drift)" }
        }
        let start = lag + 1
        guard horizonMonths > start, trend != 0 else { return text }
        let fixedRate = attemptSuccessRate.support.lowerBound == attemptSuccessRate.support.upperBound
        let failure = 1 - attemptSuccessRate.mean
        let last = 1 - min(1, failure * pow(1 + trend, Double(horizonMonths - start)))
        return text + "; \(fixedTrend && fixedRate ? "" : "at the means, ")its attempt success rate "
            + "\(trend < 0 ? "rises" : "falls") from \(Format.percent(1 - failure)) in month \(start) to "
            + "\(Format.percent(last)) in month \(horizonMonths)"
    }
}
