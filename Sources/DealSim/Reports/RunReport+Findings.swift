extension RunReport.Page {
    /// The share of its price that a vendor's compute cost per accepted outcome must reach
    /// before the report points it out: 20%.
    static let notableComputeShare = 0.2

    /// "Findings": sentences computed from this run. Each is written only when its
    /// condition holds, so the list differs from run to run; `nil` when none applies.
    func findings() -> ReportSection? {
        var bullets: [ReportText] = []
        if let warning = sustainabilityFinding() { bullets.append(warning) }
        bullets += lossFindings()
        if let churn = churnFinding() { bullets.append(churn) }
        bullets += terminationFeeFindings()
        bullets += cashFindings()
        bullets += scenario.vendors.compactMap(trainingLagFinding)
        bullets += result.offers.compactMap(paybackFinding)
        bullets += computeFindings()
        bullets += computeTrendFindings()
        bullets += trueUpFindings()
        bullets += walletFindings()
        bullets += budgetFindings()
        bullets += buyerFindings()
        guard !bullets.isEmpty else { return nil }
        return ReportSection("Findings", blocks: [.bulletList(bullets)])
    }

    /// The offer best for the buyer, when it loses its vendor money in more than
    /// ``OfferComparison/acceptableProbabilityOfLoss`` of trials: a deal the vendor may not
    /// sustain, so the buyer's saving may not last. `nil` with a single offer (nothing was
    /// chosen) or when the pick is safe for its vendor.
    func sustainabilityFinding() -> ReportText? {
        guard result.offers.count > 1, let pick = comparison.bestForBuyer else { return nil }
        let offer = result.offers[pick]
        guard offer.probabilityOfLoss > OfferComparison.acceptableProbabilityOfLoss else { return nil }
        let vendor: ReportText = .literal(offer.vendor)
        let itsVendor: ReportText = severalVendors ? "its vendor, \(vendor)," : "the vendor"
        return "\(name(offer)) is the cheapest for the buyer, but \(itsVendor) "
            + "loses money on it \(inTrials(offer.probabilityOfLoss)) (expected profit \(money(offer[.vendorProfit].mean)) "
            + "over \(horizon)): a deal \(severalVendors ? vendor : "the vendor") may not sustain."
    }

    /// How often each offer loses money, over the horizon and in single months, and the
    /// funding that takes.
    func lossFindings() -> [ReportText] {
        let offers = result.offers
        var bullets: [ReportText] = []
        let noneLoses = offers.allSatisfy { $0.probabilityOfLoss == 0 }
        if noneLoses {
            let subject: ReportText = offers.count == 1 ? "\(name(offers[0])) does not lose" : "No offer loses"
            let trials = result.trials == 1 ? "its single trial" : "any of its \(Format.count(result.trials)) trials"
            bullets.append("\(subject) money over \(horizon) in \(trials).")
        }
        for offer in offers where offer.probabilityOfLoss > 0 || offer.probabilityOfLossMonth > 0 {
            var text: ReportText
            if offer.probabilityOfLoss > 0 {
                text = "\(name(offer)) loses money over \(horizon) \(inTrials(offer.probabilityOfLoss))"
                if offer.probabilityOfLossMonth > offer.probabilityOfLoss {
                    let share = offer.probabilityOfLossMonth == 1 ? "in every trial" : "in \(percent(offer.probabilityOfLossMonth))"
                    text += " and has at least one losing month \(share)"
                }
            } else {
                text = "\(name(offer)) has at least one losing month \(inTrials(offer.probabilityOfLossMonth))"
                if !noneLoses { text += ", although it never loses money over \(horizon)" }
            }
            if let funding = offer[.maxDeficit].p95, funding > 0 {
                text += "; at P95 the vendor needs \(money(funding)) of funding to carry it"
            }
            bullets.append(text + ".")
        }
        return bullets
    }

    /// "in 23% of trials", or "in every trial" when the share is exactly 1.
    func inTrials(_ share: Double) -> String {
        share == 1 ? "in every trial" : "in \(percent(share)) of trials"
    }

    /// What a vendor's training lag costs it under each of its offers: the expected profit
    /// over the lag months, for the offers where it is negative; `nil` when none loses.
    func trainingLagFinding(_ vendor: Vendor) -> ReportText? {
        guard let lag = vendor.trainingLag, lag.months > 0 else { return nil }
        let lagMonths = min(lag.months, months)
        var costs: [ReportText] = []
        for offer in result.offers where offer.vendor == vendor.id {
            let profit = offer.expectedProfit(throughMonth: lagMonths)
            if profit < 0 { costs.append("\(name(offer)) \(costs.isEmpty ? "costs the vendor " : "")\(money(-profit))") }
        }
        guard !costs.isEmpty else { return nil }
        let span = lagMonths == 1 ? "month 1" : "months 1–\(lagMonths)"
        let before = lagMonths < months ? " before month \(lagMonths + 1)" : ""
        return "During the training lag of \(ReportText.strong(.literal(vendor.id))) "
            + "(\(ReportWords.count(lag.months, "month"))), \(ReportWords.list(costs))\(before) "
            + "(expected profit over \(span))."
    }

    /// When the vendor recovers its early losses, on cumulative expected profit.
    func paybackFinding(_ offer: OfferResult) -> ReportText? {
        guard let payback = offer.payback else { return nil }
        let bottom = "bottoms out at \(money(payback.deepest.value)) in month \(payback.deepest.month)"
        if let month = payback.month {
            return "\(name(offer)) pays back the vendor's losses in month \(month): cumulative expected profit \(bottom)."
        }
        var text: ReportText =
            "\(name(offer)) has not paid back the vendor's losses after \(horizon): cumulative expected profit ends at "
            + "\(money(payback.final))"
        if payback.deepest.month != months { text += " after it \(bottom)" }
        return text + "."
    }

    /// The vendor's compute cost per accepted outcome against what it invoices per accepted
    /// outcome, when compute takes a notable share. Both are means over trials of each
    /// trial's ratio (the `compute_per_outcome` and `invoice_per_outcome` of `summary.csv`;
    /// the compute total is not kept, so a ratio of means cannot be formed), and the first
    /// such sentence says so: the invoice per outcome may then differ a little from expected
    /// revenue ÷ expected accepted outcomes in the tables. When several offers of one vendor
    /// show the same compute cost (they see the same attempts) and leave no trial out, one
    /// sentence covers them all.
    func computeFindings() -> [ReportText] {
        let notable = result.offers.filter { offer in
            guard let compute = offer[.computePerOutcome].mean, let price = offer[.invoicePerOutcome].mean, price > 0 else {
                return false
            }
            return compute / price >= Self.notableComputeShare
        }
        var vendors: [String] = []
        for offer in notable where !vendors.contains(offer.vendor) { vendors.append(offer.vendor) }
        // Each vendor's offers, as one shared sentence or one sentence each.
        let groups = vendors.map { vendor -> (vendor: String, offers: [OfferResult], shared: Bool) in
            let offers = notable.filter { $0.vendor == vendor }
            let computeTexts = Set(offers.map { ReportWords.smallMoney($0[.computePerOutcome].mean!, currency: currency) })
            let shared = offers.count > 1 && computeTexts.count == 1 && offers.allSatisfy { $0[.computePerOutcome].excluded == 0 }
            return (vendor, offers, shared)
        }
        let count = groups.reduce(0) { $0 + ($1.shared ? 1 : $1.offers.count) }
        let definition = "each a mean over trials of the trial's total ÷ its accepted outcomes" + (count > 1 ? ", here and below" : "")
        var sentences: [ReportText] = []
        for group in groups {
            if group.shared {
                sentences.append(
                    sharedComputeSentence(vendor: group.vendor, offers: group.offers, notes: sentences.isEmpty ? [definition] : []))
                continue
            }
            for offer in group.offers {
                var notes = sentences.isEmpty ? [definition] : []
                let excluded = offer[.computePerOutcome].excluded
                if excluded > 0 { notes.append("\(ReportWords.count(excluded, "trial")) without accepted outcomes left out") }
                let compute = offer[.computePerOutcome].mean!, price = offer[.invoicePerOutcome].mean!
                sentences.append(
                    "Under \(name(offer)) the vendor's compute costs \(ReportWords.smallMoney(compute, currency: currency)) "
                        + "per accepted outcome, \(Format.percent(compute / price)) of the "
                        + "\(ReportWords.smallMoney(price, currency: currency)) it invoices per accepted outcome"
                        + (notes.isEmpty ? "" : " (\(notes.joined(separator: "; ")))") + ".")
            }
        }
        return sentences
    }

    /// One sentence for offers of one vendor that share a compute cost per accepted outcome.
    private func sharedComputeSentence(vendor: String, offers: [OfferResult], notes: [String]) -> ReportText {
        let compute = offers[0][.computePerOutcome].mean!
        let shares = offers.enumerated().map { index, offer -> ReportText in
            let price = offer[.invoicePerOutcome].mean!
            let share = Format.percent(compute / price)
            let priceText = ReportWords.smallMoney(price, currency: currency)
            return index == 0
                ? "\(share) of the \(priceText) \(name(offer)) invoices per accepted outcome"
                : "\(share) of the \(priceText) of \(name(offer))"
        }
        let list = ReportWords.list(shares)
        return "Compute costs \(ReportText.strong(.literal(vendor))) \(ReportWords.smallMoney(compute, currency: currency)) per accepted "
            + "outcome under each of these offers: \(list)" + (notes.isEmpty ? "" : " (\(notes.joined(separator: "; ")))") + "."
    }

    /// The buyer's savings against all-human work (when it costs anything): the offer that
    /// saves most, and every offer that costs more than all-human work; and the offer best for
    /// both sides, if one is.
    func buyerFindings() -> [ReportText] {
        var bullets = savingsFindings()
        if let buyerPick = comparison.bestForBuyer, let vendorPick = comparison.bestForVendor(result.offers[buyerPick].vendor),
            vendorPick.isSafe, vendorPick.offer == buyerPick
        {
            let vendor: ReportText = severalVendors ? .literal(vendorPick.vendor) : "the vendor"
            bullets.append(
                "\(name(result.offers[buyerPick])) is both the cheapest for the buyer and the most profitable offer "
                    + "\(vendor) can accept.")
        }
        return bullets
    }

    private func savingsFindings() -> [ReportText] {
        guard let baseline = result.baseline.mean, baseline > 0 else { return [] }
        var bullets: [ReportText] = []
        let saving = result.offers.filter { ($0[.buyerNetSavings].mean ?? 0) > 0 }
        if let best = saving.max(by: { $0[.buyerNetSavings].mean! < $1[.buyerNetSavings].mean! }) {
            let savings = best[.buyerNetSavings]
            var text: ReportText =
                "All-human work would cost the buyer \(money(baseline)) over \(horizon); \(name(best)) saves "
                + "\(money(savings.mean)) of it (\(Format.percent(savings.mean! / baseline))) on average"
            if let p5 = savings.p5, p5 > 0 { text += ", and still \(money(p5)) at P5" }
            bullets.append(text + ".")
        }
        for offer in result.offers {
            guard let savings = offer[.buyerNetSavings].mean, savings < 0 else { continue }
            bullets.append("\(name(offer)) costs the buyer \(money(-savings)) more than all-human work on average.")
        }
        return bullets
    }
}
