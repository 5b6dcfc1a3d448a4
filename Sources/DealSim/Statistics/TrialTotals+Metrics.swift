extension TrialTotals {
    /// One offer's per-trial totals, read in place, and the horizon metrics of `summary.csv`
    /// computed from them trial by trial: the one definition that the summaries, the trials'
    /// export and the analyses share.
    public struct OfferColumns {
        let revenue: UnsafeBufferPointer<Double>
        let vendorCost: UnsafeBufferPointer<Double>
        let computeCost: UnsafeBufferPointer<Double>
        let buyerCost: UnsafeBufferPointer<Double>
        let acceptedOutcomes: UnsafeBufferPointer<Double>
        let maxDeficit: UnsafeBufferPointer<Double>
        let maxCashDeficit: UnsafeBufferPointer<Double>
        let humanTasks: UnsafeBufferPointer<Double>
        let monthsOverBudget: UnsafeBufferPointer<Double>
        let dealMonths: UnsafeBufferPointer<Double>
        let baseline: UnsafeBufferPointer<Double>

        /// The value of `metric` in trial `trial`: a total, or a ratio taken on the trial's
        /// totals (`nil` where its denominator is 0: margin without revenue, a cost per
        /// accepted outcome without outcomes).
        /// - Precondition: the ``TrialTotals`` these columns come from is alive.
        public func value(_ metric: HorizonMetric, trial: Int) -> Double? {
            switch metric {
            case .vendorRevenue: return revenue[trial]
            case .vendorCost: return vendorCost[trial]
            case .vendorProfit: return revenue[trial] - vendorCost[trial]
            case .margin: return revenue[trial] == 0 ? nil : (revenue[trial] - vendorCost[trial]) / revenue[trial]
            case .buyerCost: return buyerCost[trial]
            case .buyerNetSavings: return baseline[trial] - buyerCost[trial]
            case .invoicePerOutcome: return acceptedOutcomes[trial] == 0 ? nil : revenue[trial] / acceptedOutcomes[trial]
            case .computePerOutcome: return acceptedOutcomes[trial] == 0 ? nil : computeCost[trial] / acceptedOutcomes[trial]
            case .maxDeficit: return maxDeficit[trial]
            case .maxCashDeficit: return maxCashDeficit[trial]
            case .acceptedOutcomes: return acceptedOutcomes[trial]
            case .humanTasks: return humanTasks[trial]
            case .monthsOverBudget: return monthsOverBudget[trial]
            case .dealMonths: return dealMonths[trial]
            }
        }
    }

    /// Offer `offer`'s columns; valid while this ``TrialTotals`` is.
    public func columns(offer: Int) -> OfferColumns {
        OfferColumns(
            revenue: column(.revenue, offer: offer), vendorCost: column(.vendorCost, offer: offer),
            computeCost: column(.computeCost, offer: offer), buyerCost: column(.buyerCost, offer: offer),
            acceptedOutcomes: column(.acceptedOutcomes, offer: offer), maxDeficit: column(.maxDeficit, offer: offer),
            maxCashDeficit: column(.maxCashDeficit, offer: offer), humanTasks: column(.humanTasks, offer: offer),
            monthsOverBudget: column(.monthsOverBudget, offer: offer), dealMonths: dealMonths, baseline: baseline)
    }
}
