import Testing

@testable import DealSim

extension Pricing {
    /// An offer's charges added up, then its deal terms; `billsOnOutcomes` and `workedFraction`.
    @Suite struct OfferInvoiceTests {
        static func offer(_ charges: [Charge], terms: DealTerms = DealTerms()) -> Offer {
            Offer(name: "test", vendor: "agent", charges: charges, terms: terms)
        }

        // MARK: Invoices

        /// Months invoiced together (each charge over all months, then the terms) bill what
        /// each month billed alone does, hand-computed: 3 free months, a $2,000 minimum, a
        /// $6,000 cap and a $1,000 implementation fee on $100 a month + $1 an outcome capped
        /// at $4,000 + $0.25 a task.
        @Test func monthsTogetherBillAsMonthsAlone() {
            let offer = Self.offer(
                [
                    .fixedFee(FixedFee(monthly: 100)), .cappedPerOutcome(CappedPerOutcome(price: 1, monthlyCap: 4_000)),
                    .perTask(PerTask(price: 0.25)),
                ],
                terms: DealTerms(freeMonths: 3, minimumMonthly: 2_000, monthlyCap: 6_000, implementationFee: 1_000))
            let outcomes: [Double] = [500, 800, 900, 1_000, 3_000, 5_000, 20_000]
            let usages = outcomes.map { MeteredUsage(acceptedOutcomes: $0, tasks: 2 * $0) }
            // month 4: 100 + 1,000 + 500 = 1,600 → minimum 2,000; month 5: 100 + 3,000 + 1,500 = 4,600;
            // month 6: 100 + 4,000 + 2,500 = 6,600 → cap 6,000; month 7: 100 + 4,000 + 10,000 → 6,000.
            let expected: [Double] = [1_000, 0, 0, 2_000, 4_600, 6_000, 6_000]
            #expect(offer.invoices(for: usages) == expected)
            for (index, usage) in usages.enumerated() {
                #expect(offer.invoice(for: usage, month: index + 1) == expected[index])
            }
        }

        /// the scenario format's "Platform + outcome": $500 a month + $0.50 an outcome, 2 free months,
        /// a $5,000 implementation fee. 1,000 accepted outcomes: charges 500 + 500 = 1,000.
        static let platformPlusOutcome = offer(
            [.fixedFee(FixedFee(monthly: 500)), .perOutcome(PerOutcome(price: 0.5))],
            terms: DealTerms(freeMonths: 2, implementationFee: 5_000))

        @Test(
            arguments: [
                // (month, invoice by hand, terms' lines after the two charge lines)
                (
                    1, 5_000.0,
                    [
                        InvoiceLine(item: .freeMonth(month: 1, of: 2), amount: -1_000),
                        InvoiceLine(item: .implementationFee, amount: 5_000),
                    ]
                ),
                (2, 0.0, [InvoiceLine(item: .freeMonth(month: 2, of: 2), amount: -1_000)]),
                (3, 1_000.0, []),
            ] as [(Int, Double, [InvoiceLine])])
        func platformPlusOutcome(month: Int, expected: Double, termLines: [InvoiceLine]) {
            let usage = MeteredUsage(acceptedOutcomes: 1_000, tasks: 1_500, attempts: 2_000)
            let offer = Self.platformPlusOutcome
            #expect(offer.invoice(for: usage, month: month) == expected)
            let lines = offer.quote(usage, month: month).lines
            #expect(
                lines == [
                    InvoiceLine(item: .fixedMonthlyFee, amount: 500),
                    InvoiceLine(item: .acceptedOutcomes, quantity: 1_000, unitPrice: 0.5, amount: 500),
                ] + termLines)
            #expect(total(of: lines) == expected)
        }

        @Test func severalChargesAddBeforeTheTerms() {
            // 12 seats · 40 = 480; tasks 2,000 · 0.25 = 500; graduated outcomes (first example
            // brackets) 21 → 163; 10% of savings 3,000 = 300. Sum 480 + 500 + 163 + 300 = 1,443.
            let brackets = [
                Graduated.Bracket(upTo: 10, unitPrice: 10, flatFee: 2),
                Graduated.Bracket(upTo: 20, unitPrice: 5, flatFee: 3),
                Graduated.Bracket(upTo: nil, unitPrice: 5, flatFee: 3),
            ]
            let charges: [Charge] = [
                .perSeat(PerSeat(seats: 12, pricePerSeat: 40)),
                .perTask(PerTask(price: 0.25)),
                .graduated(Graduated(metric: .outcomes, mode: .graduated, brackets: brackets)),
                .revenueShare(RevenueShare(percent: 10, basis: .savings)),
            ]
            let usage = MeteredUsage(acceptedOutcomes: 21, tasks: 2_000, attempts: 2_500, revenue: 0, savings: 3_000)
            #expect(isClose(Self.offer(charges).invoice(for: usage, month: 2), 1_443))
            #expect(isClose(total(of: Self.offer(charges).quote(usage, month: 2).lines), 1_443))
            // 1 seat line + 1 task line + 6 bracket lines + 1 share line.
            #expect(Self.offer(charges).quote(usage, month: 2).lines.count == 9)

            // With a 1,200 cap and a 300 fee, month 1: min(1,443, 1,200) + 300 = 1,500.
            let capped = Self.offer(charges, terms: DealTerms(monthlyCap: 1_200, implementationFee: 300))
            #expect(capped.invoice(for: usage, month: 1) == 1_500)
            let lines = capped.quote(usage, month: 1).lines
            #expect(lines.suffix(2).map(\.item) == [.monthlyCap, .implementationFee])
            #expect(isClose(lines[lines.count - 2].amount, -243))  // 1,200 − 1,443
            #expect(isClose(total(of: lines), 1_500))
        }

        @Test func theMinimumAppliesToTheSumNotToEachCharge() {
            // 300 + 0.5 · 600 = 600 < minimum 1,000 → 1,000; each charge alone is below 1,000 too,
            // but the minimum is raised once: not 2 · 1,000.
            let offer = Self.offer(
                [.fixedFee(FixedFee(monthly: 300)), .perOutcome(PerOutcome(price: 0.5))],
                terms: DealTerms(minimumMonthly: 1_000))
            let usage = MeteredUsage(acceptedOutcomes: 600)
            #expect(offer.invoice(for: usage, month: 5) == 1_000)
            #expect(offer.quote(usage, month: 5).lines.last == InvoiceLine(item: .monthlyMinimum, amount: 400))
        }

        @Test func aPausedOfferIsBilledOnItsScaledCounts() {
            // $2 an outcome capped at $100, pausing, plus $0.10 a task. The vendor's full month:
            // 60 outcomes → f = 100/120 = 5/6. The offer sees 60 · 5/6 = 50 outcomes and
            // 90 · 5/6 = 75 tasks: 2 · 50 = 100 (at the cap) + 0.1 · 75 = 7.5, so 107.5.
            let offer = Self.offer([
                .cappedPerOutcome(CappedPerOutcome(price: 2, monthlyCap: 100, atCap: .pause)),
                .perTask(PerTask(price: 0.1)),
            ])
            #expect(isClose(offer.quote(MeteredUsage(acceptedOutcomes: 60), month: 1).workedFraction, 5.0 / 6.0, tolerance: 1e-15))
            let scaled = MeteredUsage(acceptedOutcomes: 50, tasks: 75)
            #expect(isClose(offer.invoice(for: scaled, month: 1), 107.5))
            #expect(isClose(total(of: offer.quote(scaled, month: 1).lines), 107.5))
        }

        // MARK: billsOnOutcomes

        static let someBrackets = [Graduated.Bracket(upTo: nil, unitPrice: 1)]

        @Test(arguments: [
            (Charge.perOutcome(PerOutcome(price: 1)), true),
            (Charge.cappedPerOutcome(CappedPerOutcome(price: 1, monthlyCap: 10)), true),
            (
                Charge.tiered(
                    Tiered(
                        tiers: [Tiered.Tier(name: "A", monthlyFee: 1, includedOutcomes: 1)], plan: .cheapest,
                        overagePrice: 1)), true
            ),
            (Charge.graduated(Graduated(metric: .outcomes, mode: .graduated, brackets: someBrackets)), true),
            (Charge.graduated(Graduated(metric: .outcomes, mode: .volume, brackets: someBrackets)), true),
            (Charge.graduated(Graduated(metric: .tasks, mode: .graduated, brackets: someBrackets)), false),
            (Charge.graduated(Graduated(metric: .attempts, mode: .volume, brackets: someBrackets)), false),
            (Charge.subscriptionPlusBonus(SubscriptionPlusBonus(monthlyFee: 1, bonus: 1, target: 1)), true),
            (Charge.revenueShare(RevenueShare(percent: 1, basis: .revenue)), true),
            (Charge.revenueShare(RevenueShare(percent: 1, basis: .savings)), true),
            (Charge.perTask(PerTask(price: 1)), false),
            (Charge.perAttempt(PerAttempt(price: 1)), false),
            (Charge.costPlus(CostPlus(markup: 1)), false),
            (Charge.perSeat(PerSeat(seats: 1, pricePerSeat: 1)), false),
            (Charge.fixedFee(FixedFee(monthly: 1)), false),
        ])
        func billsOnOutcomes(charge: Charge, expected: Bool) {
            #expect(charge.billsOnOutcomes == expected)
            #expect(Self.offer([charge]).billsOnOutcomes == expected)
            // One outcome-billing charge is enough to make the whole offer bill on outcomes.
            #expect(Self.offer([.fixedFee(FixedFee(monthly: 1)), charge]).billsOnOutcomes == expected)
            #expect(Self.offer([charge, .perOutcome(PerOutcome(price: 1))]).billsOnOutcomes)
        }

        @Test func anOfferWithNoOutcomeChargeDoesNotBillOnOutcomes() {
            let offer = Self.offer([
                .perSeat(PerSeat(seats: 3, pricePerSeat: 10)),
                .graduated(Graduated(metric: .tasks, mode: .volume, brackets: Self.someBrackets)),
                .costPlus(CostPlus(markup: 0.2)),
            ])
            #expect(!offer.billsOnOutcomes)
        }

        // MARK: workedFraction

        /// Two pausing caps and one continuing cap, at 60 accepted outcomes:
        /// - $2 capped at $100, pause: 100 / 120 = 5/6;
        /// - $1 capped at $40, pause: 40 / 60 = 2/3 (the smallest);
        /// - $10 capped at $10, continue: 1, though 10/600 would be smaller.
        static let threeCaps = offer(
            [
                .cappedPerOutcome(CappedPerOutcome(price: 2, monthlyCap: 100, atCap: .pause)),
                .cappedPerOutcome(CappedPerOutcome(price: 1, monthlyCap: 40, atCap: .pause)),
                .cappedPerOutcome(CappedPerOutcome(price: 10, monthlyCap: 10, atCap: .continue)),
                .fixedFee(FixedFee(monthly: 50)),
            ],
            terms: DealTerms(freeMonths: 1))

        @Test(arguments: [
            // (accepted outcomes, month, worked fraction by hand)
            (60.0, 2, 2.0 / 3.0),  // min(5/6, 2/3, 1, 1) = 2/3
            (60.0, 1, 1.0),  // a free month: nothing pauses
            (45.0, 2, 40.0 / 45.0),  // 2 · 45 = 90 ≤ 100 → 1; 40/45 = 8/9
            (40.0, 2, 1.0),  // 2 · 40 = 80 and 1 · 40 = 40: both at or under their caps
            (0.0, 2, 1.0),  // no outcome
            (200.0, 2, 0.2),  // min(100/400, 40/200) = min(1/4, 1/5) = 1/5
        ])
        func workedFractionIsTheSmallestOverPausingCharges(outcomes: Double, month: Int, expected: Double) {
            #expect(
                isClose(
                    Self.threeCaps.quote(MeteredUsage(acceptedOutcomes: outcomes), month: month).workedFraction, expected,
                    tolerance: 1e-15)
            )
        }

        @Test func workedFractionIsOneWithoutAPausingCharge() {
            let offer = Self.offer([
                .perOutcome(PerOutcome(price: 5)),
                .cappedPerOutcome(CappedPerOutcome(price: 5, monthlyCap: 1, atCap: .continue)),
            ])
            #expect(offer.quote(MeteredUsage(acceptedOutcomes: 1_000_000), month: 3).workedFraction == 1)
        }
    }
}
