extension Workload {
    /// How far from 1 the mean of the twelve seasonal multipliers may be for the report to
    /// call a multiplier of 1 "the average month": 2%. Multipliers are estimates given to a
    /// digit or two (the bundled retail season averages 1.008); within 2% of 1, "1.5× the
    /// average month" is off by less than its last digit shows. Further from 1 the
    /// multipliers are read as what they are, multiples of the tasks per month.
    static let seasonalAverageTolerance = 0.02

    /// Whether the seasonal multipliers average 1 within ``seasonalAverageTolerance``, so
    /// that the tasks per month is the volume of an average month; `false` without
    /// seasonality.
    var seasonsAverageOne: Bool {
        guard let seasonality else { return false }
        return abs(seasonality.reduce(0, +) / Double(seasonality.count) - 1) <= Self.seasonalAverageTolerance
    }

    /// The tasks per month in words: "20,000 in month 1"; with seasonality, "20,000 in an
    /// average month; seasonality below" ("… in an average month at the start" when the
    /// volume grows or shrinks, as the tasks per month is month 1's level), or "20,000 in
    /// month 1 before seasonality; seasonality below" when the multipliers do not average 1.
    func tasksPerMonthWords(currency: String) -> String {
        let tasks = tasksPerMonth.words(.count, currency: currency)
        guard seasonality != nil else { return "\(tasks) in month 1" }
        guard seasonsAverageOne else { return "\(tasks) in month 1 before seasonality; seasonality below" }
        return "\(tasks) in an average month\(monthlyGrowth.isZero ? "" : " at the start"); seasonality below"
    }

    /// The seasonality in words, over the months of a horizon of `horizonMonths` (there is no
    /// calendar: month 1 of the horizon takes the first multiplier): "volume peaks in month 12
    /// of each year at 1.5× the average month, lowest in months 2–3 at 0.85×". Only the
    /// months the horizon reaches count ("of each year" when it passes 12). When the
    /// multipliers do not average 1 (``seasonsAverageOne``) they are multiples of "the tasks
    /// per month", and their average is said. `nil` without seasonality.
    func seasonalityWords(horizonMonths: Int) -> String? {
        guard let seasonality, !seasonality.isEmpty else { return nil }
        let used = Array(seasonality.prefix(max(1, min(12, horizonMonths))))
        let reference = seasonsAverageOne ? "the average month" : "the tasks per month"
        let each = horizonMonths > 12 ? " of each year" : ""
        func times(_ x: Double) -> String { ReportWords.plain(x) + "×" + (x == 0 ? " (no tasks)" : "") }
        func months(of value: Double) -> String {
            ReportWords.monthList(used.indices.filter { used[$0] == value }.map { $0 + 1 })
        }
        let high = used.max()!, low = used.min()!
        var text: String
        if high == low {
            text = "volume at \(times(high)) \(reference) in every month"
        } else {
            text =
                "volume peaks in \(months(of: high))\(each) at \(times(high)) \(reference), lowest in \(months(of: low)) at \(times(low))"
        }
        if !seasonsAverageOne {
            let mean = seasonality.reduce(0, +) / Double(seasonality.count)
            text += "; the 12 multipliers average \(ReportWords.plain((mean * 100).rounded(.toNearestOrAwayFromZero) / 100))"
        }
        return text
    }

    /// The month by whose end half of the deals have ended, at a monthly churn `p`: the
    /// smallest t with 1 − (1 − p)^t ≥ ½, the median of the deal's last month E; `nil` when
    /// that is not before the horizon's last month (at most, churn ends a deal after month
    /// H − 1), so that most deals run to the horizon.
    static func medianLastMonth(churn p: Double, horizonMonths: Int) -> Int? {
        guard p > 0 else { return nil }
        var staying = 1.0
        for month in 1..<max(1, horizonMonths) {
            staying *= 1 - p
            if 1 - staying >= 0.5 { return month }
        }
        return nil
    }

    /// The churn in words: "with a 2% chance at the end of each month: half of the deals end
    /// by month 35" (``medianLastMonth(churn:horizonMonths:)``), "…: most deals run to the
    /// horizon" when half of them do not end before it; for a distribution its words and the
    /// month at its mean: "with a chance of Beta(8, 392), mean 2%, at the end of each month: at
    /// the mean, half of the deals end by month 35". `nil` without churn.
    func churnWords(horizonMonths: Int, currency: String) -> String? {
        guard let monthlyChurn else { return nil }
        let point = monthlyChurn.support.lowerBound == monthlyChurn.support.upperBound
        let chance =
            point
            ? "with a \(monthlyChurn.words(.rate, currency: currency)) chance at the end of each month"
            : "with a chance of \(monthlyChurn.words(.rate, currency: currency)), at the end of each month"
        let atMean = point ? "" : "at the mean, "
        if monthlyChurn.mean == 0 || horizonMonths == 1 { return "\(chance): every deal runs to the horizon" }
        guard let month = Self.medianLastMonth(churn: monthlyChurn.mean, horizonMonths: horizonMonths) else {
            return "\(chance): \(atMean)most deals run to the horizon"
        }
        return "\(chance): \(atMean)half of the deals end by month \(month)"
    }
}

extension ReportWords {
    /// Months in words, consecutive ones as a range: [12] → "month 12", [2, 3] → "months
    /// 2–3", [1, 2, 3, 7] → "months 1–3 and 7", [1, 5, 9] → "months 1, 5 and 9".
    static func monthList(_ months: [Int]) -> String {
        var runs: [String] = []
        var index = 0
        while index < months.count {
            var end = index
            while end + 1 < months.count, months[end + 1] == months[end] + 1 { end += 1 }
            runs.append(end == index ? "\(months[index])" : "\(months[index])–\(months[end])")
            index = end + 1
        }
        return (months.count == 1 ? "month " : "months ") + list(runs)
    }
}
