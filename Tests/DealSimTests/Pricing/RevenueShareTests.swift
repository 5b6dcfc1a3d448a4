import Testing

@testable import DealSim

extension Pricing {
    @Suite struct RevenueShareTests {
        /// Revenue 20,000 and savings 50,000, with other counts that must not matter.
        static let usage = MeteredUsage(
            acceptedOutcomes: 400, tasks: 1_000, attempts: 1_200, revenue: 20_000, savings: 50_000, computeCost: 90)

        @Test(arguments: [
            // (basis, base, amount by hand)
            (RevenueShare.Basis.revenue, 20_000.0, 2_000.0),  // 10% of 20,000
            (RevenueShare.Basis.savings, 50_000.0, 5_000.0),  // 10% of 50,000
        ])
        func shareOfTheBasis(basis: RevenueShare.Basis, base: Double, expected: Double) {
            let charge = Charge.revenueShare(RevenueShare(percent: 10, basis: basis))
            #expect(isClose(charge.amount(for: Self.usage), expected))

            let lines = charge.lines(for: Self.usage)
            #expect(lines.count == 1)
            #expect(lines.first?.item == .share(percent: 10, basis: basis))
            #expect(lines.first?.quantity == base)
            #expect(isClose(lines.first?.unitPrice ?? .nan, 0.1))
            #expect(isClose(total(of: lines), expected))
        }

        @Test(
            arguments: [
                // (minimum, cap, revenue, amount by hand, adjustment line or nil)
                // The minimum raises: 10% of 20,000 = 2,000 → 3,000, adjustment +1,000.
                (3_000.0, nil, 20_000.0, 3_000.0, InvoiceLine(item: .monthlyMinimum, amount: 1_000)),
                // A minimum below the share does nothing: 2,000.
                (1_000.0, nil, 20_000.0, 2_000.0, nil),
                // The cap lowers: 2,000 → 1,500, adjustment −500.
                (nil, 1_500.0, 20_000.0, 1_500.0, InvoiceLine(item: .monthlyCap, amount: -500)),
                // A cap above the share does nothing: 2,000.
                (nil, 2_500.0, 20_000.0, 2_000.0, nil),
                // Both, minimum 1,000 ≤ cap 3,000 — below: 10% of 5,000 = 500 → 1,000, +500.
                (1_000.0, 3_000.0, 5_000.0, 1_000.0, InvoiceLine(item: .monthlyMinimum, amount: 500)),
                // Both — the share exactly at the minimum: 10% of 10,000 = 1,000, no adjustment.
                (1_000.0, 3_000.0, 10_000.0, 1_000.0, nil),
                // Both — between them: 10% of 20,000 = 2,000.
                (1_000.0, 3_000.0, 20_000.0, 2_000.0, nil),
                // Both — the share exactly at the cap: 10% of 30,000 = 3,000, no adjustment.
                (1_000.0, 3_000.0, 30_000.0, 3_000.0, nil),
                // Both — above: 10% of 50,000 = 5,000 → 3,000, −2,000.
                (1_000.0, 3_000.0, 50_000.0, 3_000.0, InvoiceLine(item: .monthlyCap, amount: -2_000)),
                // Minimum = cap = 2,500: 10% of 5,000 = 500 → 2,500 (+2,000) ...
                (2_500.0, 2_500.0, 5_000.0, 2_500.0, InvoiceLine(item: .monthlyMinimum, amount: 2_000)),
                // ... and 10% of 50,000 = 5,000 → 2,500 (−2,500).
                (2_500.0, 2_500.0, 50_000.0, 2_500.0, InvoiceLine(item: .monthlyCap, amount: -2_500)),
            ] as [(Double?, Double?, Double, Double, InvoiceLine?)])
        func minimumAndCap(minimum: Double?, cap: Double?, revenue: Double, expected: Double, adjustment: InvoiceLine?) {
            let charge = Charge.revenueShare(
                RevenueShare(percent: 10, basis: .revenue, monthlyCap: cap, monthlyMinimum: minimum))
            let usage = MeteredUsage(acceptedOutcomes: 100, revenue: revenue, savings: 999_999)
            #expect(isClose(charge.amount(for: usage), expected))

            let lines = charge.lines(for: usage)
            #expect(lines.first?.item == .share(percent: 10, basis: .revenue))
            if let adjustment {
                #expect(lines.count == 2)
                #expect(lines.last?.item == adjustment.item)
                #expect(isClose(lines.last?.amount ?? .nan, adjustment.amount))
            } else {
                #expect(lines.count == 1)
            }
            #expect(isClose(total(of: lines), expected))
        }

        @Test(
            arguments: [
                // (percent, minimum, basis, amount by hand)
                (0.0, nil, RevenueShare.Basis.revenue, 0.0),  // 0% of 20,000
                (0.0, 100.0, RevenueShare.Basis.savings, 100.0),  // 0 raised to 100
                (100.0, nil, RevenueShare.Basis.revenue, 20_000.0),  // all of 20,000
                (100.0, nil, RevenueShare.Basis.savings, 50_000.0),  // all of 50,000
                (12.5, nil, RevenueShare.Basis.savings, 6_250.0),  // 50,000 / 8
            ] as [(Double, Double?, RevenueShare.Basis, Double)])
        func extremePercents(percent: Double, minimum: Double?, basis: RevenueShare.Basis, expected: Double) {
            let charge = Charge.revenueShare(RevenueShare(percent: percent, basis: basis, monthlyMinimum: minimum))
            #expect(charge.amount(for: Self.usage) == expected)
            let lines = charge.lines(for: Self.usage)
            #expect(lines.first?.item == .share(percent: percent, basis: basis))
            #expect(total(of: lines) == expected)
        }

        @Test func billsOnOutcomesAndNeverPauses() {
            let charge = Charge.revenueShare(RevenueShare(percent: 10, basis: .savings, monthlyCap: 1))
            #expect(charge.billsOnOutcomes)
            #expect(charge.workedFraction(acceptedOutcomes: 1_000_000) == 1)
        }
    }
}
