extension RunReport.Page {
    /// "Which offer": the picks of ``OfferComparison``, each with the numbers that decide
    /// it; `nil` with fewer than two offers, where there is no choice.
    func whichOffer() -> ReportSection? {
        let offers = result.offers
        guard offers.count > 1 else { return nil }
        var bullets: [ReportText] = []
        bullets += comparison.vendorPicks.map(vendorPick)
        if let single = singleOfferVendors() { bullets.append(single) }
        if let pick = comparison.bestForBuyer { bullets.append(buyerPick(pick)) }
        if let pick = comparison.mostPredictable { bullets.append(predictablePick(pick)) }
        guard !bullets.isEmpty else { return nil }
        return ReportSection("Which offer", blocks: [.bulletList(bullets)])
    }

    /// The best offer of one vendor, among its own offers only; the heading names the vendor
    /// when offers come from several.
    private func vendorPick(_ pick: OfferComparison.VendorPick) -> ReportText {
        let offer = result.offers[pick.offer]
        let vendor: ReportText = .literal(pick.vendor)
        let ofVendor: ReportText = severalVendors ? " of \(vendor)" : ""
        let heading: ReportText = .strong("For \(severalVendors ? vendor : "the vendor"): \(ReportText.literal(offer.name)).")
        let limit = Format.percent(OfferComparison.acceptableProbabilityOfLoss)
        let profit = money(offer[.vendorProfit].mean)
        guard pick.isSafe else {
            return "\(heading) Every offer\(ofVendor) loses money in more than \(limit) of "
                + "trials; this one least often (\(percent(offer.probabilityOfLoss))), with an expected profit of \(profit)."
        }
        var text: ReportText =
            "\(heading) It has the highest expected profit, \(profit) over \(horizon), of the offers"
            + "\(ofVendor) that lose money in at most \(limit) of trials"
        text += offer.probabilityOfLoss == 0 ? " (it never does)." : " (this one in \(percent(offer.probabilityOfLoss)))."
        // A riskier offer of the same vendor that earns more on average.
        let richer = result.offers.indices.filter {
            $0 != pick.offer && result.offers[$0].vendor == pick.vendor
                && (result.offers[$0][.vendorProfit].mean ?? -.infinity) > (offer[.vendorProfit].mean ?? .infinity)
        }
        if let top = richer.max(by: { result.offers[$0][.vendorProfit].mean! < result.offers[$1][.vendorProfit].mean! }) {
            let other = result.offers[top]
            text +=
                " \(name(other)) earns \(severalVendors ? vendor + " " : "")more on average "
                + "(\(money(other[.vendorProfit].mean))) but loses money in \(percent(other.probabilityOfLoss)) of trials."
        }
        return text
    }

    /// The vendors with a single offer, when offers come from several vendors: each one's
    /// expected profit and probability of loss, in one sentence, without ranking them (their
    /// profits belong to different companies); `nil` when there is none.
    private func singleOfferVendors() -> ReportText? {
        guard severalVendors else { return nil }
        let vendors = result.offers.filter { offer in result.offers.count { $0.vendor == offer.vendor } == 1 }
        guard !vendors.isEmpty else { return nil }
        let parts = vendors.enumerated().map { index, offer -> ReportText in
            let loss =
                switch offer.probabilityOfLoss {
                case 0: "never loses money on it"
                case 1: "loses money on it in every trial"
                default: "loses money on it in \(percent(offer.probabilityOfLoss)) of trials"
                }
            return "\(ReportText.literal(offer.vendor)) expects \(money(offer[.vendorProfit].mean))"
                + "\(index == 0 ? " over \(horizon)" : "") from \(name(offer)) and \(loss)"
        }
        let lead: ReportText =
            comparison.vendorPicks.isEmpty
            ? "\(ReportText.strong("For the vendors:")) each has a single offer, so there is none to choose, and their "
                + "profits, which belong to different companies, are not ranked"
            : vendors.count == 1
                ? "\(ReportText.strong("The vendor with a single offer")) has none to choose"
                : "\(ReportText.strong("The vendors with a single offer")) have none to choose, and their profits are not ranked"
        return lead + ": " + .joined(parts, separator: "; ") + "."
    }

    private func buyerPick(_ pick: Int) -> ReportText {
        let offer = result.offers[pick]
        var text: ReportText =
            "\(ReportText.strong("For the buyer: \(ReportText.literal(offer.name)).")) It has the lowest expected total cost, "
            + "\(money(offer[.buyerCost].mean)) over \(horizon)\(humanWorkIsFree ? "" : " including the human work it leaves")"
        let others = result.offers.indices.filter { $0 != pick && result.offers[$0][.buyerCost].mean != nil }
        if let next = others.min(by: { result.offers[$0][.buyerCost].mean! < result.offers[$1][.buyerCost].mean! }),
            let cost = offer[.buyerCost].mean, let nextCost = result.offers[next][.buyerCost].mean
        {
            text +=
                nextCost == cost
                ? ", the same as \(name(result.offers[next]))."
                : ", \(money(nextCost - cost)) less than the next cheapest, \(name(result.offers[next]))."
        } else {
            text += "."
        }
        return text
    }

    private func predictablePick(_ pick: Int) -> ReportText {
        let offer = result.offers[pick]
        var text: ReportText =
            "\(ReportText.strong("Most predictable bill (the vendor's invoice): \(ReportText.literal(offer.name)).")) "
        guard let spread = offer.billSpread else {
            return text + "It sends no bill in \(horizon)." + (totalCostNote(pick).map { " " + $0 } ?? "")
        }
        if spread.value == 0 {
            text += "Its monthly bill is the same at P5 and P95 in every month."
        } else {
            text +=
                "In its least predictable month (month \(spread.month)) the bill's P5–P95 range is "
                + "\(Format.percent(spread.value)) of that month's mean bill."
        }
        let spreads = result.offers.indices.compactMap { index in result.offers[index].billSpread.map { (index, $0) } }
        if let worst = spreads.max(by: { $0.1.value < $1.1.value }), worst.0 != pick, worst.1.value > spread.value {
            text +=
                " The least predictable, \(name(result.offers[worst.0])), has a P5–P95 range of "
                + "\(Format.percent(worst.1.value)) of its mean bill in month \(worst.1.month)."
        }
        return text + (totalCostNote(pick).map { " " + $0 } ?? "")
    }

    /// How much smaller (as a share) another offer's total-cost spread must be before the report
    /// names it as the more predictable total: a tenth. Closer spreads, where human work
    /// common to every offer dominates, do not make a choice.
    static let notableSpreadReduction = 0.1

    /// When the invoice of the most predictable bill is under
    /// ``OfferComparison/smallInvoiceShare`` of the buyer's expected total cost: how
    /// predictable the buyer's total monthly cost is under that offer, and which offer's
    /// total is most predictable when another's is steadier.
    private func totalCostNote(_ pick: Int) -> ReportText? {
        let offer = result.offers[pick]
        guard let share = offer.invoiceShareOfTotalCost, share < OfferComparison.smallInvoiceShare,
            let spread = offer.totalCostSpread
        else { return nil }
        var parts: [String] = []
        let terms = scenario.offers[pick]
        if terms.buyerCosts.words(currency: currency, billsOnOutcomes: terms.billsOnOutcomes) != nil {
            parts.append("the buyer's own costs")
        }
        if !humanWorkIsFree { parts.append("the human work") }
        let with = parts.isEmpty ? "" : "with \(ReportWords.list(parts)), "
        var text: ReportText =
            "The invoice is only \(Format.percent(share)) of the buyer's expected total cost under \(name(offer)) "
            + "(\(money(offer[.vendorRevenue].mean)) of \(money(offer[.buyerCost].mean))); \(with)its total monthly cost "
            + "\(Self.spreadWords(spread))."
        if let steadiest = comparison.mostPredictableTotalCost, steadiest != pick,
            let other = result.offers[steadiest].totalCostSpread,
            other.value <= spread.value * (1 - Self.notableSpreadReduction)
        {
            text +=
                " \(name(result.offers[steadiest])) has the most predictable total monthly cost: "
                + "\(Self.spreadWords(other, verb: false))."
        }
        return text
    }

    /// "has a P5–P95 range of up to 34% of the month's mean (month 14)", or without the verb
    /// "a P5–P95 range of …"; "is the same at P5 and P95 in every month" when it never varies.
    private static func spreadWords(_ spread: OfferResult.MonthValue, verb: Bool = true) -> String {
        if spread.value == 0 { return verb ? "is the same at P5 and P95 in every month" : "the same at P5 and P95 in every month" }
        return (verb ? "has " : "") + "a P5–P95 range of up to \(Format.percent(spread.value)) of the month's mean "
            + "(month \(spread.month))"
    }
}
