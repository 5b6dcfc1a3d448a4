/// Figures the reports derive from one offer's result, beyond the stored statistics.
extension OfferResult {
    /// A value found in one month of the horizon.
    public struct MonthValue: Equatable, Sendable {
        /// The value.
        public var value: Double
        /// The month it belongs to, 1-based.
        public var month: Int
    }

    /// The margin of the expected accounts, `E[vendor profit] / E[vendor revenue]`: the margin
    /// the report shows, which agrees with the expected profit and revenue beside it (the
    /// mean of the per-trial margins, in `summary.csv`, can be negative beside a positive
    /// expected profit, as trials with little revenue have large negative margins); `nil`
    /// when no revenue is expected.
    public var expectedMargin: Double? {
        guard let profit = self[.vendorProfit].mean, let revenue = self[.vendorRevenue].mean, revenue > 0 else { return nil }
        return profit / revenue
    }

    /// The buyer's cost per accepted outcome, `E[buyer cost] / E[accepted outcomes]` (a ratio
    /// of means, so trials without outcomes need not be left out); `nil` when no outcome is
    /// expected.
    var costPerAcceptedOutcome: Double? {
        guard let cost = self[.buyerCost].mean, let outcomes = self[.acceptedOutcomes].mean, outcomes > 0 else { return nil }
        return cost / outcomes
    }

    /// The highest monthly P95 of the invoice, with its month (the first, on a tie): the
    /// bill the buyer should budget for; `nil` for a horizon without months.
    public var highestBillP95: MonthValue? {
        var best: MonthValue?
        for band in self[.invoice] where best == nil || band.p95 > best!.value {
            best = MonthValue(value: band.p95, month: band.month)
        }
        return best
    }

    /// The share of the buyer's expected total cost that is the vendor's invoice,
    /// `E[vendor revenue] / E[buyer cost]`; `nil` when no cost is expected.
    var invoiceShareOfTotalCost: Double? {
        guard let invoice = self[.vendorRevenue].mean, let cost = self[.buyerCost].mean, cost > 0 else { return nil }
        return invoice / cost
    }

    /// The least share of the average month's mean that a month needs for its spread to
    /// count: a month that barely bills (a pilot's last free credits, the month a deal's
    /// free months end) has a P5–P95 range many times its tiny mean, which says nothing
    /// about the bill a buyer budgets for.
    static let materialMonthShare = 0.1

    /// How unpredictable the monthly bill is: ``spread(of:)`` the invoice. `nil` when the
    /// offer never bills: nothing to predict.
    var billSpread: MonthValue? { spread(of: .invoice) }

    /// How unpredictable the buyer's total monthly cost is (invoice, human work, the buyer's
    /// own costs): ``spread(of:)`` the buyer cost.
    var totalCostSpread: MonthValue? { spread(of: .buyerCost) }

    /// The largest, over the months where the metric's mean is at least
    /// ``materialMonthShare`` of the average month's (and above 0), of `(P95 − P5) / mean` of
    /// that month's values, with its month (the first, on a tie); `nil` when no month has a
    /// mean above 0.
    func spread(of metric: MonthlyMetric) -> MonthValue? {
        let bands = self[metric]
        let average = bands.reduce(0) { $0 + $1.mean } / Double(max(1, bands.count))
        var worst: MonthValue?
        for band in bands where band.mean > 0 && band.mean >= Self.materialMonthShare * average {
            let spread = (band.p95 - band.p5) / band.mean
            if worst == nil || spread > worst!.value { worst = MonthValue(value: spread, month: band.month) }
        }
        return worst
    }

    /// The expected vendor profit summed over months 1…`months` (at most the horizon).
    func expectedProfit(throughMonth months: Int) -> Double {
        self[.vendorProfit].prefix(max(0, months)).reduce(0) { $0 + $1.mean }
    }

    /// The path of cumulative expected vendor profit, when it ever falls below 0.
    struct Payback: Equatable {
        /// The lowest cumulative expected profit, and the month it is reached.
        var deepest: MonthValue
        /// The month from which cumulative expected profit stays ≥ 0 to the end of the
        /// horizon; `nil` when it ends below 0.
        var month: Int?
        /// Cumulative expected profit at the end of the horizon.
        var final: Double
    }

    /// When the vendor gets back what it loses on this offer, on expected monthly profit;
    /// `nil` when cumulative expected profit never falls below 0.
    var payback: Payback? {
        var cumulative = 0.0
        var deepest: MonthValue?
        var lastNegative: Int?
        for band in self[.vendorProfit] {
            cumulative += band.mean
            if cumulative < 0 {
                lastNegative = band.month
                if deepest == nil || cumulative < deepest!.value { deepest = MonthValue(value: cumulative, month: band.month) }
            }
        }
        guard let deepest, let lastNegative else { return nil }
        let months = self[.vendorProfit].count
        return Payback(deepest: deepest, month: lastNegative < months ? lastNegative + 1 : nil, final: cumulative)
    }
}
