extension RunReport.Page {
    // Findings about the terms beyond the month's price: payment terms, wallets,
    // commitments and the buyer's budget. Each is written only when its condition holds.

    /// How many times the funding the monthly accounts show the cash shortfall under payment
    /// terms must be before the report points it out: 1.5 (half as much again).
    static let notableCashGapRatio = 1.5

    /// The least difference between the cash shortfall and the accounts' deficit worth a
    /// sentence, as a share of the offer's average monthly invoice (expected revenue ÷ the
    /// horizon's months): 0.5, half a month's billing. Below it the difference is within
    /// what one month's invoice moves, and not worth planning for.
    static let notableCashGapShareOfMonthlyRevenue = 0.5

    /// How far above what a wallet's offer is sold for a month (its fixed charges) its
    /// highest monthly P95 must be before the report says that top-ups or overage make the
    /// bill less predictable than the bundle suggests: 25% above.
    static let notableBillRiseOverBundle = 0.25

    /// The share of an offer's expected revenue that a commitment's expected true-ups must
    /// reach before the report says the buyer pays for capacity it does not use: 25%. A
    /// commitment sized to the buyer's usage is trued up now and then for a little; a quarter
    /// of the bill paying for nothing is a commitment set well above the usage, which the
    /// buyer will resent at renewal.
    static let notableTrueUpShare = 0.25

    /// The funding an offer paid on terms needs, when it is notably deeper than its monthly
    /// accounts suggest: the P95 of the deepest cumulative cash shortfall
    /// (`max_cash_deficit`) at least ``notableCashGapRatio`` times the P95 of the deepest
    /// cumulative loss (`max_deficit`, the funding needed of the vendor table) and above it by
    /// at least ``notableCashGapShareOfMonthlyRevenue`` of the average monthly invoice.
    ///
    /// "Paid net 45, **Annual commitment** needs $41,380 of funding, not the $15,330 its
    /// monthly accounts suggest: the buyer pays each month's invoice 2 months later, while the
    /// vendor pays its costs as they arise (P95 of the deepest cumulative shortfall)."
    func cashFindings() -> [ReportText] {
        result.offers.enumerated().compactMap { index, offer in
            let terms = self.offer(index).terms
            guard terms.paymentDelayMonths > 0, let cash = offer[.maxCashDeficit].p95, let accounts = offer[.maxDeficit].p95,
                let revenue = offer[.vendorRevenue].mean, months > 0
            else { return nil }
            let monthlyRevenue = revenue / Double(months)
            guard cash > 0, cash >= Self.notableCashGapRatio * accounts,
                cash - accounts >= Self.notableCashGapShareOfMonthlyRevenue * monthlyRevenue
            else { return nil }
            let suggest: ReportText =
                accounts > 0
                ? "not the \(money(accounts)) its monthly accounts suggest"
                : "though its monthly accounts never run a deficit"
            let delay = terms.paymentDelayMonths == 1 ? "the month after" : "\(terms.paymentDelayMonths) months later"
            return "Paid net \(terms.paymentTermsDays), \(name(offer)) needs \(money(cash)) of funding, \(suggest): the buyer "
                + "pays each month's invoice \(delay), while the vendor pays its costs as they arise (P95 of the deepest "
                + "cumulative shortfall)."
        }
    }

    /// An offer with a wallet whose top-ups or overage make the bill notably less predictable
    /// than the bundle suggests: its highest monthly P95 of the invoice (without the
    /// implementation fee in month 1) at least ``notableBillRiseOverBundle`` above what it is
    /// sold for a month, ``Offer/fixedMonthlyPrice``.
    ///
    /// Only for an offer whose charges are wallets that buy top-ups or overage and fixed
    /// charges (a fee, seats), without a commitment: then nothing but the wallets moves the
    /// bill above what it is sold for. A month's P95 is what the bill reaches or passes in 1
    /// trial in 20.
    ///
    /// "**Credit bundle** is sold as $18,000 a month, but in 1 trial in 20 its bill reaches
    /// $37,952 in month 22: the top-up packs of 5,000 credits for $4,000 bought when the
    /// credits run out."
    func walletFindings() -> [ReportText] {
        result.offers.enumerated().compactMap { index, offer in
            let scenarioOffer = self.offer(index)
            let causes = scenarioOffer.charges.compactMap { charge -> String? in
                guard case .credits(let wallet) = charge else { return nil }
                switch wallet.whenExhausted {
                case .topUp(let credits, let price):
                    let pack = credits == 1 ? "1 credit" : "\(Format.count(credits)) credits"
                    return "the top-up packs of \(pack) for \(Format.price(price, currency: currency)) bought when the "
                        + "credits run out"
                case .overage(let price):
                    return "the overage at \(Format.price(price, currency: currency)) per credit beyond the balance"
                case .pause: return nil
                }
            }
            guard !causes.isEmpty, scenarioOffer.terms.commitment == nil, let sold = scenarioOffer.fixedMonthlyPrice, sold > 0
            else { return nil }
            let fee = scenarioOffer.terms.implementationFee
            var peak: OfferResult.MonthValue?
            for band in offer[.invoice] {
                let bill = band.p95 - (band.month == 1 ? fee : 0)
                if peak == nil || bill > peak!.value { peak = OfferResult.MonthValue(value: bill, month: band.month) }
            }
            guard let peak, peak.value >= (1 + Self.notableBillRiseOverBundle) * sold else { return nil }
            return "\(name(offer)) is sold as \(Format.price(sold, currency: currency)) a month, but in 1 trial in 20 its "
                + "bill reaches \(money(peak.value)) in month \(peak.month): \(ReportWords.list(causes))."
        }
    }

    /// An offer whose commitment's expected true-ups are at least ``notableTrueUpShare`` of
    /// its expected revenue: the buyer pays for capacity it does not use.
    ///
    /// "True-ups carry 66% of the vendor's expected revenue under **Annual commitment**
    /// ($792,000 of $1,200,000 over 24 months): the buyer pays for capacity it does not use,
    /// committed at $600,000 every 12 months."
    func trueUpFindings() -> [ReportText] {
        result.offers.enumerated().compactMap { index, offer in
            guard let commitment = self.offer(index).terms.commitment, let revenue = offer[.vendorRevenue].mean, revenue > 0
            else { return nil }
            let share = offer.meanTrueUps / revenue
            guard share >= Self.notableTrueUpShare else { return nil }
            return "True-ups carry \(Format.percent(share)) of the vendor's expected revenue under \(name(offer)) "
                + "(\(money(offer.meanTrueUps)) of \(money(revenue)) over \(horizon)): the buyer pays for capacity it does "
                + "not use, committed at \(commitment.words(currency: currency))."
        }
    }

    /// With a monthly budget, how often each offer's bill goes over it: per offer that does,
    /// the share of trials with a month over budget and the expected months over budget;
    /// then the offers that never do, or one sentence when none does. No sentence without a
    /// budget.
    ///
    /// "**Per resolution** goes over the $25,000 budget in 62% of trials, 3.1 months in 24
    /// on average."
    func budgetFindings() -> [ReportText] {
        guard let budget = scenario.workload.monthlyBudget else { return [] }
        let amount = budgetText(budget)
        let over = result.offers.filter { $0.probabilityOverBudget > 0 }
        guard !over.isEmpty else {
            let subject: ReportText = result.offers.count == 1 ? "The bill of \(name(result.offers[0]))" : "No offer's bill"
            let verb = result.offers.count == 1 ? "never goes" : "goes"
            return ["\(subject) \(verb) over the buyer's \(amount) budget in any month of any trial."]
        }
        var bullets: [ReportText] = over.map { offer in
            let months = offer[.monthsOverBudget].mean
            let monthWord = months == 1 ? "month" : "months"
            return "\(name(offer)) goes over the \(amount) budget \(inTrials(offer.probabilityOverBudget)), "
                + "\(expectedMonths(months)) \(monthWord) in \(self.months) on average."
        }
        let within = result.offers.filter { $0.probabilityOverBudget == 0 }
        if !within.isEmpty {
            bullets.append(
                "\(ReportWords.list(within.map(name))) \(within.count == 1 ? "stays" : "stay") within the \(amount) budget "
                    + "in every month of every trial.")
        }
        return bullets
    }
}
