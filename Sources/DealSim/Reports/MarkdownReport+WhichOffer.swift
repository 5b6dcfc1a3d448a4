extension MarkdownReport.Page {
    /// "Which offer": the picks of ``OfferComparison``, each with the numbers that decide
    /// it; `nil` with fewer than two offers, where there is no choice.
    func whichOffer() -> String? {
        let offers = result.offers
        guard offers.count > 1 else { return nil }
        var bullets: [String] = []
        if let pick = comparison.bestForVendor { bullets.append(vendorPick(pick)) }
        if let pick = comparison.bestForBuyer { bullets.append(buyerPick(pick)) }
        if let pick = comparison.mostPredictable { bullets.append(predictablePick(pick)) }
        guard !bullets.isEmpty else { return nil }
        return "## Which offer\n\n" + bullets.map { "- " + $0 }.joined(separator: "\n")
    }

    private func vendorPick(_ pick: Int) -> String {
        let offer = result.offers[pick]
        let whose = severalVendors ? "its vendor" : "the vendor"
        let limit = Format.percent(OfferComparison.acceptableProbabilityOfLoss)
        let profit = money(offer[.vendorProfit].mean)
        guard comparison.bestForVendorIsSafe else {
            return "**For \(whose): \(MarkdownText.inline(offer.name)).** Every offer loses money in more than \(limit) of "
                + "trials; this one least often (\(percent(offer.probabilityOfLoss))), with an expected profit of \(profit)."
        }
        var text =
            "**For \(whose): \(MarkdownText.inline(offer.name)).** It has the highest expected profit, \(profit) over "
            + "\(horizon), of the offers that lose money in at most \(limit) of trials"
        text += offer.probabilityOfLoss == 0 ? " (it never does)." : " (this one in \(percent(offer.probabilityOfLoss)))."
        // A riskier offer that earns more on average.
        let richer = result.offers.indices.filter {
            ($0 != pick) && (result.offers[$0][.vendorProfit].mean ?? -.infinity) > (offer[.vendorProfit].mean ?? .infinity)
        }
        if let top = richer.max(by: { result.offers[$0][.vendorProfit].mean! < result.offers[$1][.vendorProfit].mean! }) {
            let other = result.offers[top]
            text +=
                " \(name(other)) earns more on average (\(money(other[.vendorProfit].mean))) but loses money in "
                + "\(percent(other.probabilityOfLoss)) of trials."
        }
        return text
    }

    private func buyerPick(_ pick: Int) -> String {
        let offer = result.offers[pick]
        var text =
            "**For the buyer: \(MarkdownText.inline(offer.name)).** It has the lowest expected total cost, "
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

    private func predictablePick(_ pick: Int) -> String {
        let offer = result.offers[pick]
        var text = "**Most predictable bill: \(MarkdownText.inline(offer.name)).** "
        guard let spread = offer.billSpread else {
            return text + "It sends no bill in \(horizon)."
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
        return text
    }
}
