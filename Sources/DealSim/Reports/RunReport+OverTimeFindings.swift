extension RunReport.Page {
    // Findings about a deal that changes over time or ends early (MODEL §9): a cost trend,
    // churn, a minimum term. Each is written only when its condition holds.

    /// How much a vendor's compute cost per accepted outcome must change from the horizon's
    /// first year to its last, as a share of the first year's, before the report says who
    /// keeps the change: 10%. Below it the trend moves the vendor's margin by less than a
    /// tenth of the share compute takes, too little to tell an outcome price from cost-plus.
    static let notableComputeTrendChange = 0.1

    /// How many times as often the deals that end early must lose the vendor money as those
    /// that run to the horizon before the report says so: 2. At twice the rate, the buyer
    /// leaving is the main source of the vendor's risk on the offer, not the agent's results.
    static let notableEarlyLossRatio = 2.0

    /// Who keeps a change of the compute cost per accepted outcome between the horizon's first
    /// and last year (``OfferResult/OverTime/computePerOutcomeFirstYear`` and
    /// ``OfferResult/OverTime/computePerOutcomeLastYear``), when it is at least
    /// ``notableComputeTrendChange`` of the first year's: an offer with a `costPlus` charge
    /// passes it on to the buyer, any other keeps the gain or bears the rise (its prices are
    /// not tied to compute).
    /// One sentence for the offers of a vendor that show the same figures, then what the
    /// trend of the cost per attempt saves the vendor under the offers that keep it
    /// (``OfferResult/OverTime/meanComputeSavedByCostTrend``), against their expected profit.
    ///
    /// "Compute per accepted outcome falls from $0.22 in the first year to $0.10 in the last
    /// (expected compute cost ÷ expected accepted outcomes over each 12 months), as attempts
    /// get cheaper and the agent succeeds more often (said when the vendor has a training lag
    /// or a failure-rate trend, which move the figure too): **A** keeps the gain, its price not tied
    /// to compute, while **B** (compute cost plus 200%) passes it on to the buyer. The falling
    /// cost per attempt saves the vendor $27,748 of compute on average (against month 1's cost
    /// per attempt throughout), 13% of the expected profit of **A**."
    func computeTrendFindings() -> [ReportText] {
        var groups: [(vendor: String, first: String, last: String, offers: [Int])] = []
        for (index, offer) in result.offers.enumerated() {
            guard let first = offer.overTime.computePerOutcomeFirstYear, let last = offer.overTime.computePerOutcomeLastYear,
                first > 0, abs(last - first) >= Self.notableComputeTrendChange * first
            else { continue }
            let texts = (ReportWords.smallMoney(first, currency: currency), ReportWords.smallMoney(last, currency: currency))
            if let group = groups.firstIndex(where: { $0.vendor == offer.vendor && $0.first == texts.0 && $0.last == texts.1 }) {
                groups[group].offers.append(index)
            } else {
                groups.append((offer.vendor, texts.0, texts.1, [index]))
            }
        }
        return groups.enumerated().map { number, group in
            computeTrendSentence(group.offers, definition: number == 0)
        }
    }

    /// The sentence of ``computeTrendFindings()`` for offers of one vendor that show the same
    /// first and last year's compute cost per accepted outcome.
    private func computeTrendSentence(_ indices: [Int], definition: Bool) -> ReportText {
        let figures = result.offers[indices[0]].overTime
        let first = figures.computePerOutcomeFirstYear!, last = figures.computePerOutcomeLastYear!
        let falls = last < first
        let (passers, keepers) = (
            indices.filter { offer($0).passesComputeOn }, indices.filter { !offer($0).passesComputeOn }
        )
        let vendorID = result.offers[indices[0]].vendor
        let of: ReportText = severalVendors ? " of \(ReportText.strong(.literal(vendorID)))" : ""
        var text: ReportText =
            "Compute per accepted outcome\(of) \(falls ? "falls" : "rises") from \(ReportWords.smallMoney(first, currency: currency)) "
            + "in the first year to \(ReportWords.smallMoney(last, currency: currency)) in the last"
            + (definition ? " (expected compute cost ÷ expected accepted outcomes over each 12 months)" : "")
        if let vendor = scenario.vendors.first(where: { $0.id == vendorID }),
            (vendor.trainingLag?.months ?? 0) > 0 || !vendor.failureRateTrend.isZero
        {
            let trend = vendor.costPerAttemptTrend.mean
            let cost = trend < 0 ? "attempts get cheaper" : trend > 0 ? "attempts cost more" : "the cost per attempt varies"
            let agent = vendor.failureRateTrend.mean > 0 ? "the agent's success rate changes" : "the agent succeeds more often"
            text += ", as \(cost) and \(agent)"
        }
        var clauses: [ReportText] = []
        if !keepers.isEmpty {
            let names = ReportWords.list(keepers.map { name(result.offers[$0]) })
            let one = keepers.count == 1
            let verb = falls ? (one ? "keeps the gain" : "keep the gain") : (one ? "bears the rise" : "bear the rise")
            clauses.append("\(names) \(verb), \(one ? "its price" : "their prices") not tied to compute")
        }
        if !passers.isEmpty {
            let names = passers.map { index -> ReportText in
                let charge = offer(index).charges.first { if case .costPlus = $0 { true } else { false } }!
                return "\(name(result.offers[index])) (\(charge.words(currency: currency)))"
            }
            clauses.append("\(ReportWords.list(names)) \(passers.count == 1 ? "passes" : "pass") it on to the buyer")
        }
        text += ": " + ReportText.joined(clauses, separator: ", while ") + "."
        if let saving = costTrendSaving(keepers) { text += " " + saving }
        return text
    }

    /// What the trend of the cost per attempt saves the vendor under the offers that keep the
    /// change, as a share of each one's expected profit (when it has one): "The falling cost
    /// per attempt saves the vendor $27,748 of compute on average (against month 1's cost per
    /// attempt throughout), 13% of the expected profit of **A** and 24% of **C**." When the
    /// offers' savings differ (an offer that pauses the agent makes fewer attempts), each is
    /// given: "… saves the vendor $27,748 of compute on average under **A** (13% of its
    /// expected profit) and $20,112 under **C** (…)". A rising cost: "The rising cost per
    /// attempt costs the vendor $9,120 more compute on average …", without shares. `nil`
    /// without such an offer or saving.
    private func costTrendSaving(_ keepers: [Int]) -> ReportText? {
        let saved = keepers.compactMap { index in result.offers[index].overTime.meanComputeSavedByCostTrend.map { (index, $0) } }
        guard !saved.isEmpty, saved.allSatisfy({ $0.1 > 0 }) || saved.allSatisfy({ $0.1 < 0 }) else { return nil }
        let falls = saved[0].1 > 0
        let against = "(against month 1's cost per attempt throughout)"
        func share(_ index: Int, _ amount: Double) -> String? {
            guard falls, let profit = result.offers[index][.vendorProfit].mean, profit > 0 else { return nil }
            return Format.percent(amount / profit)
        }
        let opening =
            falls ? "The falling cost per attempt saves the vendor" : "The rising cost per attempt costs the vendor"
        let what = falls ? "of compute" : "more compute"
        if Set(saved.map { money(abs($0.1)) }).count == 1 {
            var text: ReportText = "\(opening) \(money(abs(saved[0].1))) \(what) on average \(against)"
            let shares = saved.compactMap { index, amount in share(index, amount).map { (index, $0) } }
            if !shares.isEmpty {
                let items = shares.enumerated().map { number, item -> ReportText in
                    "\(item.1) of \(number == 0 ? "the expected profit of " : "")\(name(result.offers[item.0]))"
                }
                text += ", " + ReportWords.list(items)
            }
            return text + "."
        }
        let items = saved.enumerated().map { number, item -> ReportText in
            var text: ReportText = "\(money(abs(item.1)))\(number == 0 ? " \(what) on average" : "") under \(name(result.offers[item.0]))"
            if let share = share(item.0, item.1) { text += " (\(share)\(number == 0 ? " of its expected profit" : ""))" }
            return text
        }
        return "\(opening) \(ReportWords.list(items)) \(against)."
    }

    /// How the deals that end early fare against those that run to the horizon, for the
    /// offers whose early deals lose the vendor money in more than
    /// ``OfferComparison/acceptableProbabilityOfLoss`` of them (what the picks accept of a
    /// whole run) and at least ``notableEarlyLossRatio`` times as often as the deals that run
    /// the whole horizon; `nil` without churn or such an offer.
    ///
    /// "Under **A** the vendor loses money in 31% of the deals that end early (they do 49% of
    /// the time; a deal runs 28.3 months on average) against 0.2% of those that run 36
    /// months." With several offers: "The vendor loses money in more of the deals that end
    /// early (…) than of those that run 36 months: 31% against 0.2% under **A** and 20%
    /// against 0% under **B**."
    func churnFinding() -> ReportText? {
        guard scenario.workload.monthlyChurn != nil, let any = result.offers.first else { return nil }
        let notable = result.offers.filter { offer in
            guard let early = offer.overTime.probabilityOfLossEndingEarly, let full = offer.overTime.probabilityOfLossRunningFull
            else { return false }
            return early > OfferComparison.acceptableProbabilityOfLoss && early >= Self.notableEarlyLossRatio * full
        }
        guard !notable.isEmpty else { return nil }
        let how =
            "(they do \(percent(any.probabilityEndsEarly)) of the time; a deal runs \(expectedMonths(any[.dealMonths].mean)) "
            + "months on average)"
        func rates(_ offer: OfferResult) -> (String, String) {
            (percent(offer.overTime.probabilityOfLossEndingEarly), percent(offer.overTime.probabilityOfLossRunningFull))
        }
        if notable.count == 1 {
            let (early, full) = rates(notable[0])
            return "Under \(name(notable[0])) the vendor loses money in \(early) of the deals that end early \(how) against "
                + "\(full) of those that run \(horizon)."
        }
        let items = notable.map { offer -> ReportText in
            let (early, full) = rates(offer)
            return "\(early) against \(full) under \(name(offer))"
        }
        return "The vendor loses money in more of the deals that end early \(how) than of those that run \(horizon): "
            + "\(ReportWords.list(items))."
    }

    /// What each early termination fee brings in, for offers with a fee that can apply
    /// (a minimum term above 1 month) under churn: the expected fee per deal
    /// (``OfferResult/OverTime/meanTerminationFee``) and the share of deals that pay it; and
    /// the vendor's P(loss) against that of the same offer without the fee, when the scenario
    /// has one (same vendor, charges and buyer costs, terms equal but for the minimum term and
    /// fee, and no fee that applies), or else the share of the deals ending early that pay it.
    ///
    /// "The $10,000 early termination fee of **B** brings in $1,972 per deal on average (20%
    /// of the deals end before month 12 and pay it); with it the vendor's P(loss) is 7.7%
    /// against 15% for **A**, the same offer without it."
    func terminationFeeFindings() -> [ReportText] {
        guard scenario.workload.monthlyChurn != nil else { return [] }
        return result.offers.enumerated().compactMap { index, offer in
            let terms = self.offer(index).terms
            guard terms.minimumTermMonths > 1, terms.earlyTerminationFee > 0 else { return nil }
            let fee: ReportText =
                "The \(Format.price(terms.earlyTerminationFee, currency: currency)) early termination fee of \(name(offer))"
            let mean = offer.overTime.meanTerminationFee
            guard mean > 0 else {
                return "\(fee) is never paid: no deal ends before month \(terms.minimumTermMonths) in any trial."
            }
            let paying = mean / terms.earlyTerminationFee
            let pay = "\(percent(paying)) of the deals end before month \(terms.minimumTermMonths) and pay it"
            let brings: ReportText = "\(fee) brings in \(money(mean)) per deal on average"
            if let twin = feelessTwin(of: index) {
                let other = result.offers[twin]
                return "\(brings) (\(pay)); with it the vendor's P(loss) is \(percent(offer.probabilityOfLoss)) against "
                    + "\(percent(other.probabilityOfLoss)) for \(name(other)), the same offer without it."
            }
            guard offer.probabilityEndsEarly > 0 else { return "\(brings): \(pay)." }
            return "\(brings): \(pay), \(percent(paying / offer.probabilityEndsEarly)) of those that end early."
        }
    }

    /// The first other offer that differs from offer `index` only in having no minimum term
    /// fee that applies: the same vendor, charges and buyer costs, and terms equal once the
    /// minimum term and fee of both are set to none.
    private func feelessTwin(of index: Int) -> Int? {
        func withoutTerm(_ terms: DealTerms) -> DealTerms {
            var terms = terms
            (terms.minimumTermMonths, terms.earlyTerminationFee) = (0, 0)
            return terms
        }
        let subject = offer(index)
        return scenario.offers.indices.first { other in
            let candidate = offer(other)
            return other != index && candidate.vendor == subject.vendor && candidate.charges == subject.charges
                && candidate.buyerCosts == subject.buyerCosts && withoutTerm(candidate.terms) == withoutTerm(subject.terms)
                && (candidate.terms.minimumTermMonths <= 1 || candidate.terms.earlyTerminationFee == 0)
        }
    }

    /// The buyer's early ending in the vendor table's note, when the workload has churn: "The
    /// buyer ends the deal before month 36 in 49% of trials, the same under every offer (each
    /// sees the same buyer); a deal runs 28.3 months on average (P5–P95 9–36)."
    func dealLengthNote() -> ReportText? {
        guard scenario.workload.monthlyChurn != nil, let any = result.offers.first else { return nil }
        let length = any[.dealMonths]
        var text: ReportText =
            "The buyer ends the deal before month \(months) \(inTrials(any.probabilityEndsEarly))"
            + (result.offers.count > 1 ? ", the same under every offer (each sees the same buyer)" : "")
            + "; a deal runs \(expectedMonths(length.mean)) months on average"
        if let p5 = length.p5, let p95 = length.p95 { text += " (P5–P95 \(Format.count(p5))–\(Format.count(p95)))" }
        return text + "."
    }
}

extension Offer {
    /// Whether the offer bills compute cost plus a markup, so that a change of the vendor's
    /// compute cost reaches the buyer's invoice.
    var passesComputeOn: Bool {
        charges.contains { if case .costPlus = $0 { true } else { false } }
    }
}
