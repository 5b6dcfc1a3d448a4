import Testing

@testable import DealSim

extension Pricing {
    /// Deal terms in their order: free month, minimum, cap, then the implementation fee in month 1.
    @Suite struct DealTermsTests {
        /// Checks the invoice and that the charges plus the terms' lines add up to it.
        static func check(
            _ terms: DealTerms, charges: Double, month: Int, invoice expected: Double, lines: [InvoiceLine]
        ) {
            #expect(terms.invoice(charges: charges, month: month) == expected)
            let months = Array(repeating: charges, count: month)
            #expect(terms.lines(charges: months, horizonMonths: month) == lines)
            #expect(charges + total(of: terms.lines(charges: months, horizonMonths: month)) == expected)
        }

        @Test func noTermsPassTheChargesThrough() {
            Self.check(DealTerms(), charges: 1_234.5, month: 1, invoice: 1_234.5, lines: [])
            Self.check(DealTerms(), charges: 0, month: 7, invoice: 0, lines: [])
        }

        @Test(
            arguments: [
                // freeMonths 2, minimum 1,000; month 3 is the first paid month. (month, charges, invoice, lines)
                (1, 300.0, 0.0, [InvoiceLine(item: .freeMonth(month: 1, of: 2), amount: -300)]),  // free: 0, not 1,000
                (2, 300.0, 0.0, [InvoiceLine(item: .freeMonth(month: 2, of: 2), amount: -300)]),  // the last free month
                (2, 0.0, 0.0, []),  // nothing to take off
                (3, 400.0, 1_000.0, [InvoiceLine(item: .monthlyMinimum, amount: 600)]),  // 400 → 1,000
                (3, 0.0, 1_000.0, [InvoiceLine(item: .monthlyMinimum, amount: 1_000)]),  // 0 → 1,000
                (3, 1_000.0, 1_000.0, []),  // exactly the minimum
                (4, 1_500.0, 1_500.0, []),  // above it
            ] as [(Int, Double, Double, [InvoiceLine])])
        func freeMonthsWithAMinimum(month: Int, charges: Double, invoice: Double, lines: [InvoiceLine]) {
            let terms = DealTerms(freeMonths: 2, minimumMonthly: 1_000)
            #expect(terms.isFree(month: month) == (month <= 2))
            Self.check(terms, charges: charges, month: month, invoice: invoice, lines: lines)
        }

        @Test func theImplementationFeeIsBilledInMonthOneEvenWhenItIsFree() {
            // freeMonths 1, minimum 1,000, fee 5,000 on 300 of charges: month 1 = 0 + 5,000.
            let terms = DealTerms(freeMonths: 1, minimumMonthly: 1_000, implementationFee: 5_000)
            Self.check(
                terms, charges: 300, month: 1, invoice: 5_000,
                lines: [
                    InvoiceLine(item: .freeMonth(month: 1, of: 1), amount: -300),
                    InvoiceLine(item: .implementationFee, amount: 5_000),
                ])
            // Month 2: paid, 300 → 1,000, and no implementation fee.
            Self.check(
                terms, charges: 300, month: 2, invoice: 1_000,
                lines: [InvoiceLine(item: .monthlyMinimum, amount: 700)])
        }

        @Test func theImplementationFeeIsAddedOnlyInMonthOne() {
            // No free month: month 1 = 300 + 5,000 = 5,300; months 2 and 12 = 300.
            let terms = DealTerms(implementationFee: 5_000)
            Self.check(
                terms, charges: 300, month: 1, invoice: 5_300,
                lines: [InvoiceLine(item: .implementationFee, amount: 5_000)])
            Self.check(terms, charges: 300, month: 2, invoice: 300, lines: [])
            Self.check(terms, charges: 300, month: 12, invoice: 300, lines: [])
        }

        @Test(
            arguments: [
                // Cap 800 alone. (charges, invoice by hand, lines)
                (1_000.0, 800.0, [InvoiceLine(item: .monthlyCap, amount: -200)]),  // 1,000 → 800
                (800.0, 800.0, []),  // exactly the cap
                (500.0, 500.0, []),  // below it
            ] as [(Double, Double, [InvoiceLine])])
        func aCapBelowTheCharges(charges: Double, invoice: Double, lines: [InvoiceLine]) {
            Self.check(DealTerms(monthlyCap: 800), charges: charges, month: 2, invoice: invoice, lines: lines)
        }

        @Test(
            arguments: [
                // Minimum 500 ≤ cap 800. (month, charges, invoice by hand, lines)
                (2, 100.0, 500.0, [InvoiceLine(item: .monthlyMinimum, amount: 400)]),  // raised: 100 → 500
                (2, 600.0, 600.0, []),  // between them
                (2, 1_000.0, 800.0, [InvoiceLine(item: .monthlyCap, amount: -200)]),  // lowered: 1,000 → 800
                // Month 1 with a 2,000 fee: the cap applies before the fee, 800 + 2,000 = 2,800.
                (
                    1, 1_000.0, 2_800.0,
                    [
                        InvoiceLine(item: .monthlyCap, amount: -200),
                        InvoiceLine(item: .implementationFee, amount: 2_000),
                    ]
                ),
                // Month 1, below the minimum: 100 → 500, + 2,000 = 2,500.
                (
                    1, 100.0, 2_500.0,
                    [
                        InvoiceLine(item: .monthlyMinimum, amount: 400),
                        InvoiceLine(item: .implementationFee, amount: 2_000),
                    ]
                ),
            ] as [(Int, Double, Double, [InvoiceLine])])
        func minimumAndCapTogether(month: Int, charges: Double, invoice: Double, lines: [InvoiceLine]) {
            let terms = DealTerms(minimumMonthly: 500, monthlyCap: 800, implementationFee: 2_000)
            Self.check(terms, charges: charges, month: month, invoice: invoice, lines: lines)
        }

        @Test func minimumEqualToTheCapFixesTheInvoice() {
            // Minimum = cap = 700: 100 → 700, 5,000 → 700.
            let terms = DealTerms(minimumMonthly: 700, monthlyCap: 700)
            Self.check(
                terms, charges: 100, month: 3, invoice: 700, lines: [InvoiceLine(item: .monthlyMinimum, amount: 600)])
            Self.check(
                terms, charges: 5_000, month: 3, invoice: 700, lines: [InvoiceLine(item: .monthlyCap, amount: -4_300)]
            )
        }

        @Test func aFreeMonthUnderACapStaysFree() {
            // freeMonths 1, cap 800, 1,000 of charges: free first (0), the cap then leaves 0 alone.
            let terms = DealTerms(freeMonths: 1, minimumMonthly: 500, monthlyCap: 800)
            Self.check(
                terms, charges: 1_000, month: 1, invoice: 0,
                lines: [InvoiceLine(item: .freeMonth(month: 1, of: 1), amount: -1_000)])
            Self.check(
                terms, charges: 1_000, month: 2, invoice: 800, lines: [InvoiceLine(item: .monthlyCap, amount: -200)])
        }
    }
}
