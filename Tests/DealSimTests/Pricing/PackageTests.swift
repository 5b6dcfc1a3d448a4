import Testing

@testable import DealSim

extension Pricing {
    /// `package` (MODEL.md §3 and §6): `pricePerPackage · ⌈max(0, units − freeUnits) / unitsPerPackage⌉`,
    /// every amount computed by hand.
    @Suite struct PackageTests {
        /// MODEL.md §6's worked example: blocks of 1,000 outcomes at $50, the first 100 free.
        static let example = Package(metric: .outcomes, unitsPerPackage: 1_000, pricePerPackage: 50, freeUnits: 100)

        @Test(
            arguments: [
                // (outcomes, blocks by hand, amount by hand)
                (0.0, 0.0, 0.0),  // max(0, 0 − 100) = 0 → ⌈0/1,000⌉ = 0 blocks → $0
                (100.0, 0.0, 0.0),  // max(0, 100 − 100) = 0 → 0 blocks → $0
                (101.0, 1.0, 50.0),  // 101 − 100 = 1 → ⌈1/1,000⌉ = 1 → 1 · 50 = $50
                (1_100.0, 1.0, 50.0),  // 1,100 − 100 = 1,000 → ⌈1,000/1,000⌉ = 1 → $50
                (1_101.0, 2.0, 100.0),  // 1,101 − 100 = 1,001 → ⌈1.001⌉ = 2 → 2 · 50 = $100
                (2_500.0, 3.0, 150.0),  // 2,500 − 100 = 2,400 → ⌈2.4⌉ = 3 → 3 · 50 = $150
            ] as [(Double, Double, Double)])
        func workedExample(outcomes: Double, blocks: Double, amount: Double) {
            let usage = MeteredUsage(acceptedOutcomes: outcomes, tasks: 99_999, attempts: 99_999)
            #expect(Self.example.packages(for: usage) == blocks)
            #expect(isClose(Self.example.amount(for: usage), amount))
            let charge = Charge.package(Self.example)
            #expect(isClose(charge.amount(for: usage), amount))
            #expect(
                charge.lines(for: usage) == [
                    InvoiceLine(
                        item: .packages(metric: .outcomes, units: outcomes, freeUnits: min(outcomes, 100), unitsPerPackage: 1_000),
                        quantity: blocks, unitPrice: 50, amount: amount)
                ])
            // Through the offer: one month, no terms.
            let offer = Offer.agent("package", charge)
            #expect(offer.invoices(for: [usage]).count == 1)
            #expect(isClose(offer.invoices(for: [usage])[0], amount))
            #expect(isClose(total(of: offer.invoiceLines(for: [usage], horizonMonths: 1)), amount))
        }

        @Test func theWorkedExampleMonthAfterMonth() {
            // The six volumes as six consecutive months: a package carries nothing from one
            // month to the next, so each month is its own worked-example amount.
            let offer = Offer.agent("package", .package(Self.example))
            let usages = [0.0, 100, 101, 1_100, 1_101, 2_500].map { MeteredUsage(acceptedOutcomes: $0) }
            let invoices = offer.invoices(for: usages)
            let expected = [0.0, 0, 50, 50, 100, 150]
            #expect(invoices.count == expected.count)
            for (invoice, amount) in zip(invoices, expected) { #expect(isClose(invoice, amount)) }
        }

        @Test func eachMetricCountsItsOwnUnits() {
            // Blocks of 100 at $7, no free units. C = 150, N = 250, A = 320.
            let usage = MeteredUsage(acceptedOutcomes: 150, tasks: 250, attempts: 320)
            let outcomes = Package(metric: .outcomes, unitsPerPackage: 100, pricePerPackage: 7)
            let tasks = Package(metric: .tasks, unitsPerPackage: 100, pricePerPackage: 7)
            let attempts = Package(metric: .attempts, unitsPerPackage: 100, pricePerPackage: 7)
            #expect(isClose(outcomes.amount(for: usage), 14))  // ⌈150/100⌉ = 2 → 2 · 7 = 14
            #expect(isClose(tasks.amount(for: usage), 21))  // ⌈250/100⌉ = 3 → 3 · 7 = 21
            #expect(isClose(attempts.amount(for: usage), 28))  // ⌈320/100⌉ = 4 → 4 · 7 = 28
            #expect(outcomes.freeUnits == 0)
        }

        @Test func aSingleUnitBlockIsAPricePerUnit() {
            // unitsPerPackage 1, $0.25 a block, 3 free: 10 units → ⌈(10 − 3)/1⌉ = 7 → 7 · 0.25 = 1.75.
            let model = Package(metric: .tasks, unitsPerPackage: 1, pricePerPackage: 0.25, freeUnits: 3)
            #expect(isClose(model.amount(for: MeteredUsage(acceptedOutcomes: 0, tasks: 10)), 1.75))
            // Fewer units than free ones: 2 → max(0, 2 − 3) = 0 → $0.
            #expect(model.amount(for: MeteredUsage(acceptedOutcomes: 0, tasks: 2)) == 0)
        }

        @Test(
            arguments: [
                // Scaled, fractional units are rounded up to whole blocks (MODEL.md §6, "under pause").
                // (units, amount by hand) with blocks of 1,000 at $50 and 100 free:
                (100.5, 50.0),  // 100.5 − 100 = 0.5 → ⌈0.0005⌉ = 1 → $50
                (1_100.25, 100.0),  // 1,000.25 → ⌈1.00025⌉ = 2 → $100
                (1_099.75, 50.0),  // 999.75 → ⌈0.99975⌉ = 1 → $50
                (99.9, 0.0),  // below the free units → 0 → $0
            ] as [(Double, Double)])
        func fractionalUnitsRoundUpToWholeBlocks(units: Double, amount: Double) {
            #expect(isClose(Self.example.amount(for: MeteredUsage(acceptedOutcomes: units)), amount))
        }

        @Test func aPausedOfferBillsItsPackagesOnTheScaledUnits() {
            // A cappedPerOutcome ($1 an outcome, cap $1,000, pause) beside blocks of 100 tasks
            // at $10. Month 1: C = 2,000, N = 3,000: f = 1,000/(1 · 2,000) = 0.5; scaled
            // N = 1,500 → ⌈15⌉ = 15 blocks = $150; capped 1 · 1,000 = $1,000; invoice $1,150.
            // Month 2: C = 3,000, N = 3,001: f = 1,000/3,000 = 1/3; scaled N = 3,001/3 =
            // 1,000.33… → ⌈10.0033…⌉ = 11 blocks = $110; capped 1 · 1,000 = $1,000; invoice $1,110.
            let offer = Offer(
                name: "paused", vendor: "agent",
                charges: [
                    .cappedPerOutcome(CappedPerOutcome(price: 1, monthlyCap: 1_000, atCap: .pause)),
                    .package(Package(metric: .tasks, unitsPerPackage: 100, pricePerPackage: 10)),
                ])
            let full = [
                MeteredUsage(acceptedOutcomes: 2_000, tasks: 3_000, attempts: 3_000),
                MeteredUsage(acceptedOutcomes: 3_000, tasks: 3_001, attempts: 3_001),
            ]
            let (usages, fractions) = offer.meteredUsages(full)
            #expect(isClose(fractions[0], 0.5, tolerance: 1e-15))
            #expect(isClose(fractions[1], 1.0 / 3, tolerance: 1e-15))
            #expect(isClose(usages[0].tasks, 1_500))
            #expect(isClose(usages[1].tasks, 3_001.0 / 3))
            let invoices = offer.invoices(for: usages)
            #expect(isClose(invoices[0], 1_150))
            #expect(isClose(invoices[1], 1_110))
        }

        @Test(arguments: [101, 151, 156, 166, 173, 176, 250, 333, 499])
        func aPausedMonthAtAWholeBlockIsThatBlock(tasks: Int) {
            // A pausing wallet of 100 credits a month, one a task, beside blocks of 100 tasks
            // at $50. With N > 100 tasks the wallet's f = 100/N, and the offer meters f · N =
            // 100 tasks exactly (MODEL.md §6: the month consumes f·uₜ = aₜ): ⌈100/100⌉ = 1
            // block, $50 — not 2 blocks for a floating-point 100.00000000000001 tasks.
            let offer = Offer(
                name: "wallet and blocks", vendor: "agent",
                charges: [
                    .credits(Credits(creditsPerMonth: 100, creditsPerTask: 1, whenExhausted: .pause)),
                    .package(Package(metric: .tasks, unitsPerPackage: 100, pricePerPackage: 50)),
                ])
            let full = MeteredUsage(acceptedOutcomes: Double(tasks), tasks: Double(tasks), attempts: Double(tasks))
            let (usages, fractions) = offer.meteredUsages([full])
            #expect(isClose(fractions[0], 100 / Double(tasks), tolerance: 1e-15))
            #expect(isClose(usages[0].tasks, 100))
            #expect(offer.invoices(for: usages) == [50])
            #expect(offer.quote(full, month: 1).total == 50)
        }

        @Test func billsOnOutcomesOnlyWhenItCountsOutcomes() {
            // MODEL.md §4: package on outcomes bills on outcomes; on tasks or attempts it does not.
            #expect(Charge.package(Package(metric: .outcomes, unitsPerPackage: 1, pricePerPackage: 1)).billsOnOutcomes)
            #expect(!Charge.package(Package(metric: .tasks, unitsPerPackage: 1, pricePerPackage: 1)).billsOnOutcomes)
            #expect(!Charge.package(Package(metric: .attempts, unitsPerPackage: 1, pricePerPackage: 1)).billsOnOutcomes)
            #expect(!Charge.package(Self.example).pauses)
        }
    }
}
