import Testing

@testable import DealSim

/// A traced trial whose buyer leaves early (the model's §9): each month's invoice lines still
/// add up to the month's invoice; the deal's last month E lists the early termination fee
/// and the true-up of a commitment period the end cuts; the months after E bill nothing and
/// list nothing.
@Suite struct TrialTraceChurnTests {
    static let scenario = Scenario.testScenario(
        horizonMonths: 12, trials: 100,
        workload: Workload(tasksPerMonth: .fixed(1_000), humanCostPerTask: .fixed(4), monthlyChurn: .fixed(0.2)),
        vendors: [Vendor(id: "agent", attemptSuccessRate: .fixed(0.7), fixedCostPerMonth: .fixed(100))],
        offers: [
            .agent(
                "fixed fee", .fixedFee(FixedFee(monthly: 500)), terms: DealTerms(minimumTermMonths: 12, earlyTerminationFee: 2_000)),
            .agent(
                "committed", .perOutcome(PerOutcome(price: 1)),
                terms: DealTerms(commitment: Commitment(amount: 3_000, periodMonths: 4))),
            .agent(
                "wallet",
                .credits(
                    Credits(monthlyFee: 100, creditsPerMonth: 500, creditsPerOutcome: 1, whenExhausted: .overage(price: 0.5)))),
        ])

    /// Trials 0…39 with seed 4: with a churn of 0.2 most deals end before month 12.
    @Test func invoiceLinesAddUpToTheInvoiceUpToTheDealsEnd() {
        var endedEarly = 0
        for trial in 0..<40 {
            let trace = TrialTrace(scenario: Self.scenario, seed: 4, trial: trial)
            let end = trace.world.dealMonths
            if end < 12 { endedEarly += 1 }
            for offer in trace.offers {
                for month in 1...12 {
                    let lines = offer.invoiceLines(month: month)
                    let invoice = offer.months[month - 1].invoice
                    #expect(close(total(of: lines), invoice), "\(offer.offer.name), month \(month) of a deal ending in \(end)")
                    if month > end { #expect(lines.isEmpty && invoice == 0, "\(offer.offer.name), month \(month) after \(end)") }
                }
            }
            // The fixed fee: 500 a month, and in a month E < 12 the fee: 500 + 2,000.
            let fee = trace.offers[0].invoiceLines(month: end)
            if end < 12 {
                #expect(fee.last == InvoiceLine(item: .earlyTerminationFee(minimumTermMonths: 12), amount: 2_000))
                #expect(trace.offers[0].months[end - 1].invoice == 2_500)
            } else {
                #expect(!fee.contains { $0.item == .earlyTerminationFee(minimumTermMonths: 12) })
            }
        }
        #expect(endedEarly > 20)
    }
}
