extension RunReport.Page {
    // The two comparison tables, one row per offer: for the vendor and for the buyer.

    /// A column of numbers, aligned to the right: "Expected profit" with the detail "(P5–P95)".
    private func numbers(_ heading: ReportText, _ detail: ReportText? = nil) -> ReportTable.Column {
        ReportTable.Column(heading, detail: detail, alignment: .trailing)
    }

    /// "mean (P5–P95)" of an amount of money, its value the mean.
    private func moneyCell(_ s: MetricSummary) -> ReportTable.Cell {
        let (mean, range) = withRange(s) { money($0) }
        return ReportTable.Cell("\(mean)", detail: range.map { "\($0)" }, kind: .money, value: s.mean)
    }

    /// An amount of money.
    private func moneyCell(_ x: Double?) -> ReportTable.Cell { ReportTable.Cell("\(money(x))", kind: .money, value: x) }

    /// A percentage.
    private func percentCell(_ x: Double?) -> ReportTable.Cell { ReportTable.Cell("\(percent(x))", kind: .percent, value: x) }

    /// The vendor's table. When some offer is paid on terms (``DealTerms/paymentDelayMonths``
    /// above 0) it has a second funding column, the P95 of the deepest cumulative cash
    /// shortfall, each invoice counted when it is paid; otherwise that column would repeat
    /// the funding needed, and is left out.
    func vendorSection() -> ReportSection {
        let onTerms = scenario.offers.contains { $0.terms.paymentDelayMonths > 0 }
        let rows = result.offers.enumerated().map { index, offer in
            [
                cell(offer),
                moneyCell(offer[.vendorRevenue]),
                moneyCell(offer[.vendorProfit]),
                margin(offer),
                percentCell(offer.probabilityOfLoss),
                percentCell(offer.probabilityOfLossMonth),
                moneyCell(offer[.maxDeficit].p95),
            ] + (onTerms ? [cashFunding(index)] : [])
        }
        var columns = [
            ReportTable.Column("Offer"), numbers("Expected revenue", "(P5–P95)"), numbers("Expected profit", "(P5–P95)"),
            numbers("Margin", "(P5–P95)"), numbers("P(loss)"), numbers("P(a loss month)"), numbers("Funding needed", "(P95)"),
        ]
        if onTerms { columns.append(numbers("Funding needed, paid on terms", "(P95)")) }
        let table = ReportTable(columns: columns, rows: rows)
        var notes: [ReportText] = [
            "Means over \(ReportWords.count(result.trials, "trial")), with the 5th to 95th percentile in parentheses. "
                + "Margin is expected profit ÷ expected revenue, so it agrees with the two columns before it; in "
                + "parentheses are the P5 and P95 of each trial's margin (its profit ÷ its revenue over \(horizon)). "
                + "P(loss) is the share of trials whose profit over \(horizon) is negative; funding needed is the P95 of "
                + "the deepest cumulative loss the vendor carries."
        ]
        if onTerms {
            notes.append(
                "Funding needed, paid on terms, is the P95 of the deepest cumulative cash shortfall: each invoice counts "
                    + "in the month the buyer pays it (net 30 the month after the month it bills, net 45 two months after), "
                    + "the vendor's costs in the month they arise, and an invoice paid after month \(months) not at all; for "
                    + "an offer paid in the month it bills, it equals funding needed.")
        }
        if let length = dealLengthNote() { notes.append(length) }
        notes += result.offers.compactMap(marginExclusionNote)
        return ReportSection("For the vendor", blocks: [.table(table), .paragraph(.joined(notes, separator: " "))])
    }

    /// The buyer's table. Without human cost (``RunReport/Page/humanWorkIsFree``) it has
    /// no all-human row and no savings column, and its note says why. With a monthly budget
    /// it ends with P(over budget) and the expected months over budget ("2.3 of 24").
    func buyerSection() -> ReportSection {
        let human = !humanWorkIsFree
        let budget = scenario.workload.monthlyBudget
        var rows = result.offers.enumerated().map { index, offer in
            var row = [
                cell(offer),
                moneyCell(offer[.buyerCost]),
                ReportTable.Cell(
                    "\(offer[.acceptedOutcomes].mean.map(Format.count) ?? Format.notANumber)", kind: .count,
                    value: offer[.acceptedOutcomes].mean),
                moneyCell(offer.costPerAcceptedOutcome),
            ]
            if human { row.append(moneyCell(offer[.buyerNetSavings])) }
            row.append(highestBill(index))
            if budget != nil {
                let months = offer[.monthsOverBudget].mean
                row += [
                    percentCell(offer.probabilityOverBudget),
                    ReportTable.Cell("\(expectedMonths(months)) of \(self.months)", kind: .count, value: months),
                ]
            }
            return row
        }
        var columns = [
            ReportTable.Column("Offer"), numbers("Expected total cost", "(P5–P95)"), numbers("Accepted outcomes"),
            numbers("Cost per accepted outcome"),
        ]
        if human { columns.append(numbers("Net savings vs all-human", "(P5–P95)")) }
        columns.append(numbers("Highest monthly bill", "(P95)"))
        if budget != nil { columns += [numbers("P(over budget)"), numbers("Months over budget", "(expected)")] }
        if human {
            let none = ReportTable.Cell("—")
            rows.append(
                [ReportTable.Cell("All-human work"), moneyCell(result.baseline)] + Array(repeating: none, count: columns.count - 2))
        }
        let table = ReportTable(columns: columns, rows: rows)
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
        var notes: [ReportText] = [
            "\(total)Cost per accepted outcome is expected total cost ÷ expected accepted outcomes. "
                + "The monthly bill is the highest P95 of the invoice in any month, with that month."
        ]
        if let budget {
            notes.append(
                "P(over budget) is the share of trials in which the invoice exceeds the buyer's budget of "
                    + "\(budgetText(budget)) in at least one month; months over budget is the expected number of such months "
                    + "in a trial, of \(months).")
        }
        for offer in result.offers where offer[.acceptedOutcomes].mean == 0 {
            notes.append("\(name(offer)) has no accepted outcome in any trial, so its cost per accepted outcome is undefined.")
        }
        return ReportSection("For the buyer", blocks: [.table(table), .paragraph(.joined(notes, separator: " "))])
    }

    /// "$41,380 (net 45)": the P95 of the deepest cumulative cash shortfall of an offer, with
    /// its payment terms when it has any.
    func cashFunding(_ index: Int) -> ReportTable.Cell {
        let funding = result.offers[index][.maxCashDeficit].p95
        let days = offer(index).terms.paymentTermsDays
        return ReportTable.Cell("\(money(funding))", detail: days > 0 ? "(net \(days))" : nil, kind: .money, value: funding)
    }

    /// "$15,000 (month 24)": the highest monthly P95 of an offer's invoice and its month,
    /// which names the implementation fee when that month carries it.
    func highestBill(_ index: Int) -> ReportTable.Cell {
        guard let bill = result.offers[index].highestBillP95 else { return ReportTable.Cell("\(Format.notANumber)", kind: .money) }
        let fee = bill.month == 1 && offer(index).terms.implementationFee != 0 ? ", with the implementation fee" : ""
        return ReportTable.Cell("\(money(bill.value))", detail: "(month \(bill.month)\(fee))", kind: .money, value: bill.value)
    }

    /// "24% (-177% to 68%)": the expected margin (``OfferResult/expectedMargin``), with the
    /// P5–P95 of the per-trial margins when any trial has one.
    func margin(_ offer: OfferResult) -> ReportTable.Cell {
        guard let margin = offer.expectedMargin else { return ReportTable.Cell("\(Format.notANumber)", kind: .percent) }
        let perTrial = offer[.margin]
        var range: ReportText?
        if let p5 = perTrial.p5, let p95 = perTrial.p95 { range = "(\(ReportWords.range(percent(p5), percent(p95), p5, p95)))" }
        return ReportTable.Cell("\(percent(margin))", detail: range, kind: .percent, value: margin)
    }

    /// "The P5–P95 of the margin of X leaves out 12 of 200 trials, which have no revenue, …"
    /// when trials without revenue were left out of the per-trial margins.
    func marginExclusionNote(_ offer: OfferResult) -> ReportText? {
        let s = offer[.margin]
        guard s.excluded > 0 else { return nil }
        if s.included == 0 { return "The margin of \(name(offer)) is undefined: no trial has any revenue." }
        return "The P5–P95 of the margin of \(name(offer)) leaves out \(Format.count(s.excluded)) of "
            + "\(ReportWords.count(s.included + s.excluded, "trial")), which have no revenue, and is taken over the other "
            + "\(Format.count(s.included))."
    }
}
