extension Charge {
    /// The charge in words: "$0.99 per accepted outcome, capped at $15,000 a month", "Pro
    /// plan: $10,000 a month including 15,000 outcomes, $0.99 each beyond" (a plan's name
    /// is a ``ReportInline/literal(_:)``, from the scenario).
    func words(currency: String) -> ReportText {
        func price(_ x: Double) -> String { Format.price(x, currency: currency) }
        switch self {
        case .perOutcome(let model):
            return "\(price(model.price)) per accepted outcome"
        case .cappedPerOutcome(let model):
            let pause = model.atCap == .pause ? " (the agent pauses at the cap and humans take the rest of the month)" : ""
            return "\(price(model.price)) per accepted outcome, capped at \(price(model.monthlyCap)) a month\(pause)"
        case .tiered(let model):
            return model.words(currency: currency)
        case .graduated(let model):
            return "\(model.words(currency: currency))"
        case .subscriptionPlusBonus(let model):
            return "\(price(model.monthlyFee)) a month plus a \(price(model.bonus)) bonus in any month with at least "
                + "\(ReportWords.count(model.target, "accepted outcome"))"
        case .revenueShare(let model):
            let basis = model.basis == .revenue ? "attributed revenue" : "savings"
            var limits = ""
            switch (model.monthlyMinimum, model.monthlyCap) {
            case (let minimum?, let cap?): limits = ", at least \(price(minimum)) and at most \(price(cap)) a month"
            case (let minimum?, nil): limits = ", at least \(price(minimum)) a month"
            case (nil, let cap?): limits = ", capped at \(price(cap)) a month"
            case (nil, nil): break
            }
            return "\(ReportWords.plainPercent(model.percent)) of \(basis)\(limits)"
        case .perTask(let model):
            return "\(price(model.price)) per task handled, resolved or not"
        case .perAttempt(let model):
            return "\(price(model.price)) per attempt"
        case .costPlus(let model):
            return "compute cost plus \(ReportWords.exactPercent(model.markup))"
        case .perSeat(let model):
            return model.seats == 1
                ? "1 seat at \(price(model.pricePerSeat)) a month"
                : "\(Format.count(model.seats)) seats at \(price(model.pricePerSeat)) a month each"
        case .fixedFee(let model):
            return "\(price(model.monthly)) a month"
        case .package(let model):
            let free = model.freeUnits == 0 ? "" : ", the first \(Format.count(model.freeUnits)) of each month free"
            return "\(price(model.pricePerPackage)) per started block of \(Format.count(model.unitsPerPackage)) "
                + "\(model.metric.words)\(free)"
        case .credits(let model):
            return "\(model.words(currency: currency))"
        }
    }
}

extension UsageMetric {
    /// "accepted outcomes", "tasks", "attempts".
    var words: String {
        switch self {
        case .outcomes: return "accepted outcomes"
        case .tasks: return "tasks"
        case .attempts: return "attempts"
        }
    }
}

extension Credits {
    /// "25,000 credits a month for $18,000, 1 credit per accepted outcome; up to 10,000
    /// unused credits carried over; packs of 5,000 credits for $4,000 when they run out".
    func words(currency: String) -> String {
        func price(_ x: Double) -> String { Format.price(x, currency: currency) }
        func credits(_ x: Double) -> String { x == 1 ? "1 credit" : "\(Format.quantity(x)) credits" }
        var bundle: [String] = []
        if creditsPerMonth > 0 {
            bundle.append("\(credits(creditsPerMonth)) a month " + (monthlyFee > 0 ? "for \(price(monthlyFee))" : "free"))
        } else if monthlyFee > 0 {
            bundle.append("\(price(monthlyFee)) a month")
        }
        if initialCredits > 0 { bundle.append("\(credits(initialCredits)) up front") }
        let uses = [(creditsPerOutcome, "accepted outcome"), (creditsPerTask, "task"), (creditsPerAttempt, "attempt")]
            .filter { $0.0 > 0 }.map { "\(credits($0.0)) per \($0.1)" }
        var parts = [(bundle + [ReportWords.list(uses)]).joined(separator: ", ")]
        switch rollover {
        case .none: parts.append("unused credits lapse at the month's end")
        case .all: parts.append("unused credits carried over")
        case .upTo(let limit): parts.append("up to \(Format.quantity(limit)) unused \(limit == 1 ? "credit" : "credits") carried over")
        }
        switch whenExhausted {
        case .overage(let overagePrice): parts.append("\(price(overagePrice)) per credit beyond the balance")
        case .topUp(let packCredits, let packPrice):
            parts.append("packs of \(credits(Double(packCredits))) for \(price(packPrice)) when they run out")
        case .pause: parts.append("the agent pauses when the credits run out")
        }
        return parts.joined(separator: "; ")
    }
}

extension Tiered {
    /// "Pro plan: $10,000 a month including 15,000 outcomes, $0.99 each beyond"; with the
    /// plan `cheapest`, every tier and "whichever costs less each month". A plan's name is a
    /// ``ReportInline/literal(_:)``, from the scenario.
    func words(currency: String) -> ReportText {
        let beyond =
            overagePrice == 0
            ? "no charge beyond" : "\(Format.price(overagePrice, currency: currency)) each beyond"
        func package(_ tier: Tier) -> String {
            "\(Format.price(tier.monthlyFee, currency: currency)) a month including \(ReportWords.count(tier.includedOutcomes, "outcome"))"
        }
        switch plan {
        case .tier(let index):
            let tier = tiers[index]
            return "\(ReportText.literal(tier.name)) plan: \(package(tier)), \(beyond)"
        case .cheapest:
            if tiers.count == 1 { return "\(ReportText.literal(tiers[0].name)) plan: \(package(tiers[0])), \(beyond)" }
            let plans = tiers.map { tier -> ReportText in "\(ReportText.literal(tier.name)) (\(package(tier)))" }
            return "whichever plan costs less each month: \(ReportWords.list(plans, "or")), \(beyond)"
        }
    }
}

extension Graduated {
    /// "accepted outcomes priced by bracket: up to 10 at $10 each plus a flat $2; 11–20 at
    /// $5 each; over 20 at $4 each" (graduated), or "… all at the price of the bracket the
    /// month's total falls in: …" (volume).
    func words(currency: String) -> String {
        let units = metric.words
        let how: String
        switch mode {
        case .graduated: how = "\(units) priced by bracket"
        case .volume: how = "\(units), all at the price of the bracket the month's total falls in"
        }
        var parts: [String] = []
        for (index, bracket) in brackets.enumerated() {
            let previous = index == 0 ? nil : brackets[index - 1].upTo
            let range: String
            switch (previous, bracket.upTo) {
            case (nil, nil): range = "every one"
            case (nil, let upTo?): range = "up to \(Format.count(upTo))"
            case (let lower?, nil): range = "over \(Format.count(lower))"
            case (let lower?, let upTo?):
                range = lower + 1 == upTo ? Format.count(upTo) : "\(Format.count(lower + 1))–\(Format.count(upTo))"
            }
            var part = "\(range) at \(Format.price(bracket.unitPrice, currency: currency)) each"
            if bracket.flatFee != 0 { part += " plus a flat \(Format.price(bracket.flatFee, currency: currency))" }
            parts.append(part)
        }
        return "\(how): " + parts.joined(separator: "; ")
    }
}

extension Offer {
    /// The offer's charges in words, joined by "plus": "$500 a month plus $0.50 per
    /// accepted outcome".
    ///
    /// When the words of any charge hold a clause of their own (", resolved or not",
    /// ", capped at …", a list of brackets after "; ") or a "plus" of their own ("compute cost
    /// plus 30%"), every charge is set apart by "; plus ", so that no clause reads as part of
    /// its neighbour: "$0.50 per task handled, resolved or not; plus 15% of savings". The
    /// comma of a thousands separator ("$10,000") is not a clause.
    func pricingWords(currency: String) -> ReportText {
        let words = charges.map { $0.words(currency: currency) }
        let clauses =
            words.count > 1
            && words.map(\.plainText).contains { $0.contains(", ") || $0.contains("; ") || $0.contains(" plus ") }
        return .joined(words, separator: clauses ? "; plus " : " plus ")
    }
}

extension DealTerms {
    /// The terms in words: "first 2 months free; implementation fee $5,000; minimum
    /// $1,000 a month; bill capped at $20,000 a month; commits to $300,000 every 12 months,
    /// trued up at the end of each; paid net 45; a 12-month minimum term with a $20,000 early
    /// termination fee"; `nil` when no term applies.
    ///
    /// A minimum term without a fee costs the buyer nothing to break, and a fee without a
    /// minimum term (or with a term of 1 month, which no deal ends before) is never billed:
    /// each is said as such, so that the scenario's intent does not read as a term that binds.
    func words(currency: String) -> String? {
        var parts: [String] = []
        if freeMonths == 1 { parts.append("first month free") }
        if freeMonths > 1 { parts.append("first \(Format.count(freeMonths)) months free") }
        if implementationFee != 0 { parts.append("implementation fee \(Format.price(implementationFee, currency: currency))") }
        if let minimum = minimumMonthly { parts.append("minimum \(Format.price(minimum, currency: currency)) a month") }
        if let cap = monthlyCap { parts.append("bill capped at \(Format.price(cap, currency: currency)) a month") }
        if let commitment { parts.append("commits to \(commitment.words(currency: currency)), trued up at the end of each") }
        if paymentTermsDays > 0 { parts.append("paid net \(paymentTermsDays)") }
        if let term = minimumTermWords(currency: currency) { parts.append(term) }
        return parts.isEmpty ? nil : parts.joined(separator: "; ")
    }

    /// "a 12-month minimum term with a $20,000 early termination fee", "a 12-month minimum
    /// term without an early termination fee", "an early termination fee of $5,000 that never
    /// applies without a minimum term" (or "… with a 1-month minimum term", which every deal
    /// lasts); `nil` with neither.
    private func minimumTermWords(currency: String) -> String? {
        let fee = Format.price(earlyTerminationFee, currency: currency)
        switch (minimumTermMonths, earlyTerminationFee) {
        case (0, 0): return nil
        case (0, _): return "an early termination fee of \(fee) that never applies without a minimum term"
        case (1, let amount) where amount > 0:
            return "an early termination fee of \(fee) that never applies with a 1-month minimum term, which every deal lasts"
        case (let months, 0): return "a \(Format.count(months))-month minimum term without an early termination fee"
        case (let months, _): return "a \(Format.count(months))-month minimum term with a \(fee) early termination fee"
        }
    }
}

extension BuyerCosts {
    /// The buyer's own costs in words: "$0.35 per task; $200 a month"; `nil` when all are 0.
    /// The per-dispute cost is listed only when it applies (the offer bills on outcomes).
    func words(currency: String, billsOnOutcomes: Bool) -> String? {
        var parts: [String] = []
        if !perTask.isZero { parts.append("\(perTask.words(.money, currency: currency)) per task") }
        if !perMonth.isZero { parts.append("\(perMonth.words(.money, currency: currency)) a month") }
        if billsOnOutcomes, !perDispute.isZero { parts.append("\(perDispute.words(.money, currency: currency)) per dispute") }
        return parts.isEmpty ? nil : parts.joined(separator: "; ")
    }
}

extension Commitment {
    /// The commitment in words: "$300,000 every 12 months", "$25,000 every month".
    func words(currency: String) -> String {
        let every = periodMonths == 1 ? "every month" : "every \(Format.count(periodMonths)) months"
        return "\(Format.price(amount, currency: currency)) \(every)"
    }
}
