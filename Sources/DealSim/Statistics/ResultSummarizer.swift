/// Turns a run's per-trial totals and per-month sketches into a ``SimulationResult``.
///
/// Ratios (margin, invoice and compute per accepted outcome) are taken per trial on horizon
/// totals; a trial whose denominator is 0 is left out of that ratio and counted.
struct ResultSummarizer: Sendable {
    let store: TrialTotals
    let monthlySums: MonthlySums
    /// Monthly sketches of all trials.
    let sketches: MonthlySketches
    /// The horizon in months.
    let months: Int
    /// The buyer's monthly budget, if the workload has one.
    let monthlyBudget: Double?
    /// Whether the workload has a churn rate.
    let hasChurn: Bool

    /// The result of `scenario`, with `offers` the results of its offers (``offerResult(_:at:)``).
    func result(of scenario: Scenario, seed: UInt64, offers: [OfferResult]) -> SimulationResult {
        var baseline = Array(store.baseline)
        return SimulationResult(
            scenario: scenario, seed: seed, trials: store.trials, offers: offers, baseline: MetricSummary(values: &baseline))
    }

    /// The result of `subject`, the offer recorded at position `offer` of the accumulators.
    func offerResult(_ subject: Offer, at offer: Int) -> OfferResult {
        let trials = store.trials

        func summary(_ value: (Int) -> Double?) -> MetricSummary {
            var values: [Double] = []
            values.reserveCapacity(trials)
            for trial in 0..<trials {
                if let value = value(trial) { values.append(value) }
            }
            return MetricSummary(values: &values, excluded: trials - values.count)
        }
        let columns = store.columns(offer: offer)
        var horizon: [MetricSummary] = []
        for metric in HorizonMetric.allCases {
            switch metric {
            case .maxCashDeficit where subject.terms.paymentDelayMonths == 0:
                horizon.append(horizon[HorizonMetric.allCases.firstIndex(of: .maxDeficit)!])  // paid in the month: the same
            case .monthsOverBudget where monthlyBudget == nil, .dealMonths where !hasChurn:
                var none: [Double] = []
                horizon.append(MetricSummary(values: &none))  // not reported
            default:
                horizon.append(summary { columns.value(metric, trial: $0) })
            }
        }
        let losses = (0..<trials).reduce(0) { $0 + (columns.value(.vendorProfit, trial: $1)! < 0 ? 1 : 0) }
        let lossMonths = store.column(.hadLossMonth, offer: offer).reduce(0, +)
        let overBudget = store.column(.monthsOverBudget, offer: offer).reduce(0) { $0 + ($1 > 0 ? 1 : 0) }
        let trueUps = store.column(.trueUps, offer: offer).reduce(0, +)
        let endsEarly = store.dealMonths.reduce(0) { $0 + ($1 < Double(months) ? 1 : 0) }
        let overTime = overTime(offer: offer, columns: columns)
        let monthly = MonthlyMetric.allCases.map { metric in
            (1...months).map { month in band(metric, offer: offer, month: month) }
        }
        return OfferResult(
            name: subject.name, vendor: subject.vendor,
            horizon: horizon, monthly: monthly, probabilityOfLoss: Double(losses) / Double(trials),
            probabilityOfLossMonth: lossMonths / Double(trials), probabilityOverBudget: Double(overBudget) / Double(trials),
            probabilityEndsEarly: Double(endsEarly) / Double(trials), meanTrueUps: trueUps / Double(trials),
            overTime: overTime)
    }

    /// The figures of offer `offer` over time: termination fees, losses of the deals that
    /// end early against those that run to the horizon, the first and last year's compute cost
    /// per accepted outcome, the compute a cost trend saves.
    private func overTime(offer: Int, columns: TrialTotals.OfferColumns) -> OfferResult.OverTime {
        var figures = OfferResult.OverTime()
        let trials = store.trials
        let fees = store.column(.terminationFee, offer: offer)
        figures.meanTerminationFee = fees.reduce(0, +) / Double(trials)
        if hasChurn {
            var (early, earlyLosses, earlyProfit, full, fullLosses) = (0, 0, 0.0, 0, 0)
            for trial in 0..<trials {
                let profit = columns.value(.vendorProfit, trial: trial)!
                if store.dealMonths[trial] < Double(months) {
                    early += 1
                    earlyProfit += profit
                    if profit < 0 { earlyLosses += 1 }
                } else {
                    full += 1
                    if profit < 0 { fullLosses += 1 }
                }
            }
            if early > 0 {
                figures.probabilityOfLossEndingEarly = Double(earlyLosses) / Double(early)
                figures.meanProfitEndingEarly = earlyProfit / Double(early)
            }
            if full > 0 { figures.probabilityOfLossRunningFull = Double(fullLosses) / Double(full) }
        }
        func ratio(_ cost: TrialTotals.Column, _ outcomes: TrialTotals.Column) -> Double? {
            let total = store.column(outcomes, offer: offer).reduce(0, +)
            return total > 0 ? store.column(cost, offer: offer).reduce(0, +) / total : nil
        }
        figures.computePerOutcomeFirstYear = ratio(.computeCostFirstYear, .acceptedOutcomesFirstYear)
        figures.computePerOutcomeLastYear = ratio(.computeCostLastYear, .acceptedOutcomesLastYear)
        // Written only under a cost trend: all 0 without one (or without any compute).
        let without = store.column(.computeCostWithoutTrend, offer: offer).reduce(0, +)
        if without != 0 {
            figures.meanComputeSavedByCostTrend = (without - store.column(.computeCost, offer: offer).reduce(0, +)) / Double(trials)
        }
        return figures
    }

    private func band(_ metric: MonthlyMetric, offer: Int, month: Int) -> MonthlyBand {
        let percentiles = sketches[metric, offer: offer, month: month].percentiles([0.05, 0.50, 0.95]) ?? [0, 0, 0]
        return MonthlyBand(
            month: month, mean: monthlySums.sum(metric, offer: offer, month: month) / Double(store.trials),
            p5: percentiles[0], p50: percentiles[1], p95: percentiles[2])
    }
}
