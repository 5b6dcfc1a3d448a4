extension MarkdownReport.Page {
    /// "Assumptions": the scenario echoed back in three short tables (workload, vendors,
    /// offers). Rows whose value is 0 or none for everyone are left out, except the ones
    /// that define an agent (success rate, attempts, compute cost).
    func assumptions() -> String {
        ["## Assumptions", workloadTable(), vendorTable(), offerTable()].joined(separator: "\n\n")
    }

    private func workloadTable() -> String {
        let workload = scenario.workload
        var rows = [["Tasks per month", workload.tasksPerMonth.words(.count, currency: currency) + " in month 1"]]
        if !workload.monthlyGrowth.isZero {
            rows.append(["Growth of the volume", workload.monthlyGrowth.words(.rate, currency: currency) + " a month"])
        }
        if !workload.volumeVolatility.isZero {
            rows.append([
                "Month-to-month volatility of the volume",
                workload.volumeVolatility.words(.rate, currency: currency) + " (coefficient of variation)",
            ])
        }
        rows.append(["Human cost per task", workload.humanCostPerTask.words(.money, currency: currency)])
        if !workload.revenuePerOutcome.isZero {
            rows.append(["Revenue per accepted outcome", workload.revenuePerOutcome.words(.money, currency: currency)])
        }
        rows.append([
            "Savings per accepted outcome",
            workload.savingsPerOutcome?.words(.money, currency: currency) ?? "the human cost per task",
        ])
        return "### Workload\n\n" + MarkdownText.table(["Assumption", "Value"], rows, numeric: false)
    }

    private func vendorTable() -> String {
        let vendors = scenario.vendors
        func row(_ label: String, always: Bool = false, _ value: (Vendor) -> String?) -> [String]? {
            let values = vendors.map(value)
            guard always || values.contains(where: { $0 != nil }) else { return nil }
            return [label] + values.map { $0 ?? "none" }
        }
        func amount(_ d: Distribution) -> String? { d.isZero ? nil : d.words(.money, currency: currency) }
        let rows: [[String]?] = [
            row("Attempt success rate, once trained", always: true) { $0.attemptSuccessRate.words(.rate, currency: currency) },
            row("Attempts per task, at most", always: true) { Format.count($0.maxAttempts) },
            row("Compute cost per attempt", always: true) { $0.costPerAttempt.words(.money, currency: currency) },
            row("Cost per task") { amount($0.costPerTask) },
            row("Fixed cost per month") { amount($0.fixedCostPerMonth) },
            row("Training lag") { vendor in
                guard let lag = vendor.trainingLag, lag.months > 0 else { return nil }
                return "\(ReportWords.count(lag.months, "month")), success rate starting at "
                    + lag.initialAttemptSuccessRate.words(.rate, currency: currency)
            },
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
        let header = ["Assumption"] + vendors.map { MarkdownText.inline($0.id) }
        let title = vendors.count == 1 ? "### Vendor" : "### Vendors"
        return title + "\n\n" + MarkdownText.table(header, rows.compactMap { $0 }, numeric: false)
    }

    private func offerTable() -> String {
        let rows = scenario.offers.map { offer in
            [
                MarkdownText.inline(offer.name),
                MarkdownText.inline(offer.vendor),
                offer.pricingWords(currency: currency),
                offer.terms.words(currency: currency) ?? "none",
                offer.buyerCosts.words(currency: currency, billsOnOutcomes: offer.billsOnOutcomes) ?? "none",
            ]
        }
        return "### Offers\n\n"
            + MarkdownText.table(["Offer", "Vendor", "Pricing", "Terms", "Buyer's own costs"], rows, numeric: false)
    }
}
