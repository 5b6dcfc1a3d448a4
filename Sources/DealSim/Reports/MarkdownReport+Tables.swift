extension MarkdownReport.Page {
    // The two comparison tables, one row per offer: for the vendor and for the buyer.

    func vendorSection() -> String {
        let rows = result.offers.map { offer in
            [
                cell(offer),
                withRange(offer[.vendorRevenue]) { money($0) },
                withRange(offer[.vendorProfit]) { money($0) },
                margin(offer),
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
                + "Margin is expected profit ÷ expected revenue, so it agrees with the two columns before it; in "
                + "parentheses are the P5 and P95 of each trial's margin (its profit ÷ its revenue over \(horizon)). "
                + "P(loss) is the share of trials whose profit over \(horizon) is negative; funding needed is the P95 of "
                + "the deepest cumulative loss the vendor carries."
        ]
        notes += result.offers.compactMap(marginExclusionNote)
        return "## For the vendor\n\n" + table + "\n\n" + notes.joined(separator: " ")
    }

    /// The buyer's table. Without human cost (``MarkdownReport/Page/humanWorkIsFree``) it has
    /// no all-human row and no savings column, and its note says why.
    func buyerSection() -> String {
        let human = !humanWorkIsFree
        var rows = result.offers.enumerated().map { index, offer in
            [
                cell(offer),
                withRange(offer[.buyerCost]) { money($0) },
                offer.acceptedOutcomes.mean.map(Format.count) ?? Format.notANumber,
                offer.costPerAcceptedOutcome.map { money($0) } ?? Format.notANumber,
            ] + (human ? [withRange(offer[.buyerNetSavings]) { money($0) }] : []) + [highestBill(index)]
        }
        if human { rows.append(["All-human work", withRange(result.baseline) { money($0) }, "—", "—", "—", "—"]) }
        let table = MarkdownText.table(
            ["Offer", "Expected total cost (P5–P95)", "Accepted outcomes", "Cost per accepted outcome"]
                + (human ? ["Net savings vs all-human (P5–P95)"] : []) + ["Highest monthly bill (P95)"], rows)
        var costs = ["the invoice"]
        if scenario.offers.contains(where: { $0.buyerCosts.words(currency: currency, billsOnOutcomes: $0.billsOnOutcomes) != nil }) {
            costs.append("the buyer's own costs")
        }
        var total: String
        if human {
            costs.append("the human work on every task the agent leaves undone, at the human cost per task")
            total = "Total cost over \(horizon) adds \(ReportWords.list(costs)). "
        } else {
            total =
                (costs.count == 1
                    ? "Total cost over \(horizon) is the invoice" : "Total cost over \(horizon) adds \(ReportWords.list(costs))")
                + ": the human cost per task is \(money(0)) in every trial, so the work the agent leaves undone costs the "
                + "buyer nothing and there are no savings against all-human work to show. "
        }
        var notes = [
            total + "Cost per accepted outcome is expected total cost ÷ expected accepted outcomes. "
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

    /// "24% (-177% to 68%)": the expected margin (``OfferResult/expectedMargin``), with the
    /// P5–P95 of the per-trial margins when any trial has one.
    func margin(_ offer: OfferResult) -> String {
        guard let margin = offer.expectedMargin else { return Format.notANumber }
        let perTrial = offer[.margin]
        guard let p5 = perTrial.p5, let p95 = perTrial.p95 else { return percent(margin) }
        return "\(percent(margin)) (\(ReportWords.range(percent(p5), percent(p95), p5, p95)))"
    }

    /// "The P5–P95 of the margin of X leaves out 12 of 200 trials, which have no revenue, …"
    /// when trials without revenue were left out of the per-trial margins.
    func marginExclusionNote(_ offer: OfferResult) -> String? {
        let s = offer[.margin]
        guard s.excluded > 0 else { return nil }
        if s.included == 0 { return "The margin of \(name(offer)) is undefined: no trial has any revenue." }
        return "The P5–P95 of the margin of \(name(offer)) leaves out \(Format.count(s.excluded)) of "
            + "\(ReportWords.count(s.included + s.excluded, "trial")), which have no revenue, and is taken over the other "
            + "\(Format.count(s.included))."
    }
}
