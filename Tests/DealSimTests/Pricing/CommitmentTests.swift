import Testing

@testable import DealSim

extension Pricing {
    /// `terms.commitment` (MODEL.md §3 and §6): a minimum spend per period of P months,
    /// counted after the free months, trued up in each period's last month (pro rata for a
    /// period the horizon cuts), every invoice computed by hand.
    @Suite struct CommitmentTests {
        /// $1 an outcome, so that each month's charges are its outcomes.
        static func offer(_ terms: DealTerms) -> Offer { .agent("committed", .perOutcome(PerOutcome(price: 1)), terms: terms) }

        static func usages(_ outcomes: [Double]) -> [MeteredUsage] { outcomes.map { MeteredUsage(acceptedOutcomes: $0) } }

        static let threeThousandAQuarter = Commitment(amount: 3_000, periodMonths: 3)

        static func expectInvoices(_ actual: [Double], _ expected: [Double], sourceLocation: SourceLocation = #_sourceLocation) {
            #expect(actual.count == expected.count, sourceLocation: sourceLocation)
            for (month, (invoice, amount)) in zip(actual, expected).enumerated() {
                #expect(isClose(invoice, amount), "month \(month + 1): \(invoice), by hand \(amount)", sourceLocation: sourceLocation)
            }
        }

        @Test func exactlyMetNeedsNoTrueUp() {
            // 1,000 + 1,000 + 1,000 = 3,000 = the commitment: no true-up.
            let offer = Self.offer(DealTerms(commitment: Self.threeThousandAQuarter))
            Self.expectInvoices(offer.invoices(for: Self.usages([1_000, 1_000, 1_000])), [1_000, 1_000, 1_000])
            let lines = offer.invoiceLines(for: Self.usages([1_000, 1_000, 1_000]), horizonMonths: 3)
            #expect(
                lines.last
                    == InvoiceLine(
                        item: .commitmentToDate(invoiced: 3_000, committed: 3_000, month: 3, periodMonths: 3), amount: 0))
        }

        @Test func shortIsTruedUpInThePeriodsLastMonth() {
            // 1,000 + 500 + 700 = 2,200 < 3,000: true-up 800 in month 3 → 700 + 800 = 1,500.
            // Months 4–6: 2,000 + 1,000 + 0 = 3,000: none.
            let offer = Self.offer(DealTerms(commitment: Self.threeThousandAQuarter))
            Self.expectInvoices(
                offer.invoices(for: Self.usages([1_000, 500, 700, 2_000, 1_000, 0])), [1_000, 500, 1_500, 2_000, 1_000, 0])
            // Month 2's line: 1,000 + 500 = 1,500 of 3,000 by month 2 of 3.
            #expect(
                offer.invoiceLines(for: Self.usages([1_000, 500]), horizonMonths: 6).last
                    == InvoiceLine(item: .commitmentToDate(invoiced: 1_500, committed: 3_000, month: 2, periodMonths: 3), amount: 0))
            // Month 3's lines: the outcomes, then the true-up of 800.
            #expect(
                offer.invoiceLines(for: Self.usages([1_000, 500, 700]), horizonMonths: 6) == [
                    InvoiceLine(item: .acceptedOutcomes, quantity: 700, unitPrice: 1, amount: 700),
                    InvoiceLine(item: .trueUp(invoiced: 2_200, committed: 3_000), amount: 800),
                ])
        }

        @Test func periodsStartAfterTheFreeMonths() {
            // freeMonths 2: periods are months 3–5 and 6–8; months 1 and 2 bill 0 and are in
            // no period. Months 3–5: 800 + 900 + 1,000 = 2,700 → true-up 300 in month 5 →
            // 1,300. Months 6–8: 3 · 1,200 = 3,600 ≥ 3,000: none.
            let offer = Self.offer(DealTerms(freeMonths: 2, commitment: Self.threeThousandAQuarter))
            Self.expectInvoices(
                offer.invoices(for: Self.usages([2_000, 2_000, 800, 900, 1_000, 1_200, 1_200, 1_200])),
                [0, 0, 800, 900, 1_300, 1_200, 1_200, 1_200])
            // Had periods started in month 1, months 1–3 would have been 0 + 0 + 800 and
            // trued up in month 3; they are not.
            #expect(Self.threeThousandAQuarter.period(containing: 2, freeMonths: 2, lastMonth: 8) == nil)
            #expect(
                Self.threeThousandAQuarter.period(containing: 3, freeMonths: 2, lastMonth: 8)
                    == CommitmentPeriod(first: 3, last: 5, committed: 3_000))
            #expect(
                Self.threeThousandAQuarter.period(containing: 8, freeMonths: 2, lastMonth: 8)
                    == CommitmentPeriod(first: 6, last: 8, committed: 3_000))
        }

        @Test func aLastPeriodCutByTheHorizonIsTruedUpProRata() {
            // Horizon 5: period 2 is months 4–5 only, committed 3,000 · 2/3 = 2,000;
            // 700 + 700 = 1,400 → true-up 600 in month 5 (the horizon's last) → 1,300.
            let offer = Self.offer(DealTerms(commitment: Self.threeThousandAQuarter))
            let usages = Self.usages([1_000, 1_000, 1_000, 700, 700])
            Self.expectInvoices(offer.invoices(for: usages), [1_000, 1_000, 1_000, 700, 1_300])
            Self.expectInvoices(offer.invoices(for: usages, horizonMonths: 5), [1_000, 1_000, 1_000, 700, 1_300])
            // The same five months of a deal that runs to month 6: period 2 ends in month 6,
            // beyond these months, so month 5 is not trued up.
            Self.expectInvoices(offer.invoices(for: usages, horizonMonths: 6), [1_000, 1_000, 1_000, 700, 700])
            // Horizon 4: period 2 is month 4 alone, committed 3,000 · 1/3 = 1,000; 700 →
            // true-up 300 → 1,000.
            Self.expectInvoices(offer.invoices(for: Array(usages.prefix(4))), [1_000, 1_000, 1_000, 1_000])
            #expect(
                offer.invoiceLines(for: usages, horizonMonths: 5).last
                    == InvoiceLine(item: .trueUp(invoiced: 1_400, committed: 2_000), amount: 600))
        }

        @Test func aLastPeriodCutAfterFreeMonths() {
            // freeMonths 1, P = 4, amount 4,000, horizon 7: periods are months 2–5 and 6–9,
            // the second cut to 6–7: committed 4,000 · 2/4 = 2,000. 500 + 500 = 1,000 →
            // true-up 1,000 in month 7 → 1,500. Months 2–5: 4 · 500 = 2,000 → true-up 2,000
            // in month 5 → 2,500.
            let offer = Self.offer(DealTerms(freeMonths: 1, commitment: Commitment(amount: 4_000, periodMonths: 4)))
            Self.expectInvoices(
                offer.invoices(for: Self.usages(Array(repeating: 500, count: 7))), [0, 500, 500, 500, 2_500, 500, 1_500])
        }

        @Test func theMonthlyCapDoesNotApplyToTheTrueUp() {
            // monthlyCap 800: 1,000 → 800 each month; 3 · 800 = 2,400 → true-up 600 in
            // month 3 → 800 + 600 = 1,400, above the cap.
            let offer = Self.offer(DealTerms(monthlyCap: 800, commitment: Self.threeThousandAQuarter))
            Self.expectInvoices(offer.invoices(for: Self.usages([1_000, 1_000, 1_000])), [800, 800, 1_400])
            #expect(
                offer.invoiceLines(for: Self.usages([1_000, 1_000, 1_000]), horizonMonths: 3) == [
                    InvoiceLine(item: .acceptedOutcomes, quantity: 1_000, unitPrice: 1, amount: 1_000),
                    InvoiceLine(item: .monthlyCap, amount: -200),
                    InvoiceLine(item: .trueUp(invoiced: 2_400, committed: 3_000), amount: 600),
                ])
        }

        @Test func theMinimumCountsTowardTheCommitment() {
            // minimumMonthly 800: 500 → 800 each month; 2,400 → true-up 600 → 1,400 in month 3.
            let offer = Self.offer(DealTerms(minimumMonthly: 800, commitment: Self.threeThousandAQuarter))
            Self.expectInvoices(offer.invoices(for: Self.usages([500, 500, 500])), [800, 800, 1_400])
        }

        @Test func theImplementationFeeDoesNotCountTowardTheCommitment() {
            // implementationFee 5,000 in month 1: the period's invoices are 500 + 500 + 500 =
            // 1,500 without it → true-up 1,500 in month 3. Month 1 = 500 + 5,000 = 5,500;
            // month 3 = 500 + 1,500 = 2,000.
            let offer = Self.offer(DealTerms(implementationFee: 5_000, commitment: Self.threeThousandAQuarter))
            Self.expectInvoices(offer.invoices(for: Self.usages([500, 500, 500])), [5_500, 500, 2_000])
        }

        @Test func aOneMonthPeriodIsAMonthlyFloorAboveTheCap() {
            // P = 1, amount 1,000, cap 600: every month 0 → 0, true-up 1,000 → 1,000;
            // 2,000 → 600 (capped), true-up 400 → 1,000.
            let offer = Self.offer(DealTerms(monthlyCap: 600, commitment: Commitment(amount: 1_000, periodMonths: 1)))
            Self.expectInvoices(offer.invoices(for: Self.usages([0, 2_000])), [1_000, 1_000])
        }

        @Test func aQuoteAssumesTheSameOutcomesEveryMonth() {
            // 700 outcomes every month: by month 3, 2,100 of 3,000 → true-up 900 → 1,600.
            let offer = Self.offer(DealTerms(commitment: Self.threeThousandAQuarter))
            let usage = MeteredUsage(acceptedOutcomes: 700)
            #expect(isClose(offer.quote(usage, month: 1).total, 700))
            #expect(isClose(offer.quote(usage, month: 3).total, 1_600))
            // Month 5 of a deal that ends in month 5: 1,400 of 3,000 · 2/3 = 2,000 → 600 → 1,300.
            #expect(isClose(offer.quote(usage, month: 5, horizonMonths: 5).total, 1_300))
            // Month 5 of a longer deal: no true-up yet.
            #expect(isClose(offer.quote(usage, month: 5).total, 700))
        }
    }
}
