extension RunReport.Page {
    /// "Assumptions": the scenario echoed back in three short tables (workload, vendors,
    /// offers). Rows whose value is 0 or none for everyone are left out, except the ones
    /// that define an agent (success rate, attempts, compute cost).
    func assumptions() -> ReportSection {
        ReportSection("Assumptions", subsections: [workloadTable(), vendorTable(), offerTable(), correlationSection()].compactMap { $0 })
    }

    /// A table of words, every column aligned to the left.
    private func wordsTable(_ header: [ReportText], _ rows: [[ReportText]]) -> ReportBlock {
        .table(ReportTable(columns: header.map { ReportTable.Column($0) }, rows: rows.map { $0.map { ReportTable.Cell($0) } }))
    }

    private func workloadTable() -> ReportSection {
        let workload = scenario.workload
        var rows: [[ReportText]] = [["Tasks per month", "\(workload.tasksPerMonthWords(currency: currency))"]]
        if !workload.monthlyGrowth.isZero {
            rows.append(["Growth of the volume", "\(workload.monthlyGrowth.words(.rate, currency: currency)) a month"])
        }
        if !workload.volumeVolatility.isZero {
            rows.append([
                "Month-to-month volatility of the volume",
                "\(workload.volumeVolatility.words(.rate, currency: currency)) (coefficient of variation)",
            ])
        }
        if let seasons = workload.seasonalityWords(horizonMonths: months) { rows.append(["Seasonality", "\(seasons)"]) }
        rows.append(["Human cost per task", "\(workload.humanCostPerTask.words(.money, currency: currency))"])
        if !workload.revenuePerOutcome.isZero {
            rows.append(["Revenue per accepted outcome", "\(workload.revenuePerOutcome.words(.money, currency: currency))"])
        }
        rows.append([
            "Savings per accepted outcome",
            "\(workload.savingsPerOutcome?.words(.money, currency: currency) ?? "the human cost per task")",
        ])
        if let budget = workload.monthlyBudget {
            rows.append(["Buyer's budget", "\(budgetText(budget)) a month for the vendor's invoices"])
        }
        if let churn = workload.churnWords(horizonMonths: months, currency: currency) { rows.append(["Buyer leaves", "\(churn)"]) }
        return ReportSection(
            "Workload", blocks: [wordsTable(["Assumption", "Value"], rows)] + (churnRule().map { [.paragraph($0)] } ?? []))
    }

    /// What the deal is after the buyer leaves (MODEL §9), said once under the workload when it
    /// may leave: "After the buyer leaves, no invoice and no vendor cost (its fixed cost
    /// included), nor any of the buyer's own costs of running the offer (when an offer has
    /// some): the buyer's work is all done by hand at the human cost per task, and counts
    /// in its total cost.", with the early termination fee when an offer has one that can
    /// apply; `nil` without churn.
    private func churnRule() -> ReportText? {
        guard scenario.workload.monthlyChurn != nil else { return nil }
        let ownCosts = scenario.offers.contains {
            $0.buyerCosts.words(currency: currency, billsOnOutcomes: $0.billsOnOutcomes) != nil
        }
        var text: ReportText =
            "After the buyer leaves, no invoice and no vendor cost (its fixed cost included)"
            + (ownCosts ? ", nor any of the buyer's own costs of running the offer" : "")
            + ": the buyer's work is all done by hand at the human cost per task, and counts in its total cost."
        if scenario.offers.contains(where: { $0.terms.minimumTermMonths > 1 && $0.terms.earlyTerminationFee > 0 }) {
            text +=
                " An early termination fee is billed with the invoice of the deal's last month when the buyer leaves "
                + "before the minimum term."
        }
        return text
    }

    private func vendorTable() -> ReportSection {
        let vendors = scenario.vendors
        func row(_ label: ReportText, always: Bool = false, _ value: (Vendor) -> String?) -> [ReportText]? {
            let values = vendors.map(value)
            guard always || values.contains(where: { $0 != nil }) else { return nil }
            return [label] + values.map { "\($0 ?? "none")" }
        }
        func amount(_ d: Distribution) -> String? { d.isZero ? nil : d.words(.money, currency: currency) }
        let rows: [[ReportText]?] = [
            row("Attempt success rate, once trained", always: true) { $0.attemptSuccessRate.words(.rate, currency: currency) },
            row("Attempts per task, at most", always: true) { Format.count($0.maxAttempts) },
            row("Compute cost per attempt", always: true) { $0.costPerAttempt.words(.money, currency: currency) },
            row("Cost per attempt trend") { $0.costTrendWords(horizonMonths: months, currency: currency) },
            row("Cost per task") { amount($0.costPerTask) },
            row("Fixed cost per month") { amount($0.fixedCostPerMonth) },
            row("Training lag") { vendor in
                guard let lag = vendor.trainingLag, lag.months > 0 else { return nil }
                return "\(ReportWords.count(lag.months, "month")), success rate starting at "
                    + lag.initialAttemptSuccessRate.words(.rate, currency: currency)
            },
            row("Failure rate trend") { $0.failureTrendWords(horizonMonths: months, currency: currency) },
            row("Reopened in the measurement window") { $0.reopenRate.isZero ? nil : $0.reopenRate.words(.rate, currency: currency) },
            row("Disputes") { vendor in
                guard !vendor.disputeRate.isZero else { return nil }
                var text =
                    vendor.disputeRate.words(.rate, currency: currency) + " of billed outcomes disputed, "
                    + vendor.disputeUpheldRate.words(.rate, currency: currency) + " of them upheld"
                if let cost = amount(vendor.disputeCost) { text += ", \(cost) each to handle" }
                return text
            },
        ]
        let header = ["Assumption"] + vendors.map { ReportText.literal($0.id) }
        return ReportSection(
            vendors.count == 1 ? "Vendor" : "Vendors",
            blocks: [wordsTable(header, rows.compactMap { $0 })] + vendors.compactMap(fallingRateNote).map(ReportBlock.paragraph))
    }

    /// "Vendor **agent** starts at a success rate above its trained one: 60% falling to 50%
    /// over 3 months.", when its training lag starts above its attempt success rate,
    /// compared by their means ("a mean of 60%" for a distribution); `nil` otherwise. The
    /// scenario format allows such a lag (an agent may start well and then degrade), but it
    /// is more often a mistake, and the note makes sure it is not a silent one.
    private func fallingRateNote(_ vendor: Vendor) -> ReportText? {
        guard let lag = vendor.trainingLag, lag.months > 0,
            lag.initialAttemptSuccessRate.mean > vendor.attemptSuccessRate.mean
        else { return nil }
        func rate(_ d: Distribution) -> String {
            let point = d.support.lowerBound == d.support.upperBound
            return point ? ReportWords.exactPercent(d.mean) : "a mean of \(Format.percent(d.mean))"
        }
        return "Vendor \(ReportText.strong(.literal(vendor.id))) starts at a success rate above its trained one: "
            + "\(rate(lag.initialAttemptSuccessRate)) falling to \(rate(vendor.attemptSuccessRate)) over "
            + "\(ReportWords.count(lag.months, "month"))."
    }

    private func offerTable() -> ReportSection {
        let rows = scenario.offers.map { offer -> [ReportText] in
            [
                .literal(offer.name),
                .literal(offer.vendor),
                offer.pricingWords(currency: currency),
                "\(offer.terms.words(currency: currency) ?? "none")",
                "\(offer.buyerCosts.words(currency: currency, billsOnOutcomes: offer.billsOnOutcomes) ?? "none")",
            ]
        }
        return ReportSection(
            "Offers", blocks: [wordsTable(["Offer", "Vendor", "Pricing", "Terms", "Buyer's own costs"], rows)])
    }

    /// "Correlations": each pair in words with its rank ("attempt success rate and cost per
    /// attempt: rank correlation −0.6"); `nil` when the inputs are drawn independently.
    private func correlationSection() -> ReportSection? {
        guard !scenario.correlations.isEmpty else { return nil }
        let inputs = scenario.uncertainParameters
        func words(_ path: String) -> ReportText { inputs.first { $0.path == path }?.words(in: scenario) ?? .code(path) }
        let items = scenario.correlations.map { pair -> ReportText in
            ("\(words(pair.first)) and \(words(pair.second)): rank correlation \(ReportWords.signed(pair.rank))" as ReportText)
                .capitalized
        }
        return ReportSection(
            "Correlations",
            blocks: [
                .paragraph(
                    "These inputs are drawn together (a Gaussian copula), each keeping its own distribution, with the Spearman rank correlation given:"
                ),
                .bulletList(items),
            ])
    }
}
