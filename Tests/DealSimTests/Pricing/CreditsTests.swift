import Testing

@testable import DealSim

extension Pricing {
    /// `credits`, the prepaid wallet of MODEL.md §6, month after month: every balance and
    /// invoice computed by hand with aₜ = carriedₜ + creditsPerMonth (+ initialCredits in
    /// month 1), rₜ = aₜ − uₜ or what the shortfall mode leaves, carriedₜ₊₁ as `rollover` says.
    @Suite struct CreditsTests {
        /// Accepted outcomes month after month, one credit each (tasks and attempts equal to
        /// them, so that any other count would consume the same).
        static func months(_ outcomes: [Double]) -> [MeteredUsage] {
            outcomes.map { MeteredUsage(acceptedOutcomes: $0, tasks: $0, attempts: $0) }
        }

        /// The invoices of an offer with this one charge (and these terms) over `outcomes`,
        /// metered as the engine meters them (a pausing wallet scales the months it pauses).
        static func invoices(_ credits: Credits, terms: DealTerms = DealTerms(), _ outcomes: [Double]) -> [Double] {
            let offer = Offer.agent("wallet", .credits(credits), terms: terms)
            return offer.invoices(for: offer.meteredUsages(months(outcomes)).usages)
        }

        static func expectInvoices(
            _ actual: [Double], _ expected: [Double], sourceLocation: SourceLocation = #_sourceLocation
        ) {
            #expect(actual.count == expected.count, sourceLocation: sourceLocation)
            for (month, (invoice, amount)) in zip(actual, expected).enumerated() {
                #expect(isClose(invoice, amount), "month \(month + 1): \(invoice), by hand \(amount)", sourceLocation: sourceLocation)
            }
        }

        // MARK: MODEL.md §6's worked example

        /// creditsPerMonth 1,000, one credit an outcome, fee $500, rollover 300, top-up packs
        /// of 250 credits for $200.
        static let workedExample = Credits(
            monthlyFee: 500, creditsPerMonth: 1_000, creditsPerOutcome: 1, rollover: .upTo(300),
            whenExhausted: .topUp(credits: 250, price: 200))

        @Test func workedExample() {
            // Month 1: a = 0 + 1,000 = 1,000, u = 700 ≤ a: r = 300, carried min(300, 300) = 300; $500.
            // Month 2: a = 300 + 1,000 = 1,300, u = 1,600: s = 300, k = ⌈300/250⌉ = 2 packs,
            //   2 · 200 = $400, r = 2 · 250 − 300 = 200, carried 200; $500 + $400 = $900.
            // Month 3: a = 200 + 1,000 = 1,200, u = 900: r = 300, carried 300; $500.
            Self.expectInvoices(Self.invoices(Self.workedExample, [700, 1_600, 900]), [500, 900, 500])

            var wallet = CreditWallet(Self.workedExample)
            let one = wallet.run(MeteredUsage(acceptedOutcomes: 700), isFree: false)
            #expect(one.available == 1_000 && one.remaining == 300 && one.carried == 300 && one.amount == 500)
            let two = wallet.run(MeteredUsage(acceptedOutcomes: 1_600), isFree: false)
            #expect(two.available == 1_300 && two.shortfall == 300 && two.packs == 2)
            #expect(two.remaining == 200 && two.carried == 200 && two.amount == 900)
            let three = wallet.run(MeteredUsage(acceptedOutcomes: 900), isFree: false)
            #expect(three.available == 1_200 && three.remaining == 300 && three.carried == 300 && three.amount == 500)
        }

        @Test func workedExampleLinesOfMonthTwo() {
            // Month 2 after month 1: fee $500, 1,300 available (300 carried, 1,000 granted),
            // 1,300 used of 1,600 needed, 2 packs × $200 for 300 short, 200 carried of 200 left
            // (at most 300); total $900.
            let offer = Offer.agent("wallet", .credits(Self.workedExample))
            let lines = offer.invoiceLines(for: Self.months([700, 1_600]), horizonMonths: 3)
            #expect(
                lines == [
                    InvoiceLine(item: .creditBundle(credits: 1_000), amount: 500),
                    InvoiceLine(item: .creditsAvailable(carried: 300, granted: 1_000), amount: 0),
                    InvoiceLine(item: .creditsUsed(used: 1_300, needed: 1_600), amount: 0),
                    InvoiceLine(item: .topUpPacks(creditsPerPack: 250, shortfall: 300), quantity: 2, unitPrice: 200, amount: 400),
                    InvoiceLine(item: .creditsCarried(carried: 200, remaining: 200, limit: 300), amount: 0),
                ])
            #expect(total(of: lines) == 900)
        }

        @Test func workedExampleQuotedWithTheSameOutcomesEveryMonth() {
            // 1,600 outcomes in every month (how a quote prices month m):
            // Month 1: a = 1,000, s = 600, k = ⌈2.4⌉ = 3, $600, r = 750 − 600 = 150 → carried 150; $1,100.
            // Month 2: a = 1,150, s = 450, k = ⌈1.8⌉ = 2, $400, r = 500 − 450 = 50 → carried 50; $900.
            // Month 3: a = 1,050, s = 550, k = ⌈2.2⌉ = 3, $600, r = 750 − 550 = 200 → carried 200; $1,100.
            // Month 4: a = 1,200, s = 400, k = ⌈1.6⌉ = 2, $400, r = 100; $900.
            let offer = Offer.agent("wallet", .credits(Self.workedExample))
            let usage = MeteredUsage(acceptedOutcomes: 1_600)
            for (month, amount) in [(1, 1_100.0), (2, 900), (3, 1_100), (4, 900)] {
                let quote = offer.quote(usage, month: month)
                #expect(isClose(quote.total, amount), "month \(month)")
                #expect(isClose(total(of: quote.lines), amount), "month \(month): lines")
                #expect(quote.workedFraction == 1)
            }
            Self.expectInvoices(Self.invoices(Self.workedExample, [1_600, 1_600, 1_600, 1_600]), [1_100, 900, 1_100, 900])
        }

        // MARK: Every mode when the credits run out, every rollover

        // The same wallet in each: 1,000 credits a month, one an outcome, fee $100; months of
        // 600, 1,500, 300 and 1,200 outcomes.
        static let volumes: [Double] = [600, 1_500, 300, 1_200]

        static func wallet(_ rollover: Credits.Rollover, _ whenExhausted: Credits.WhenExhausted) -> Credits {
            Credits(monthlyFee: 100, creditsPerMonth: 1_000, creditsPerOutcome: 1, rollover: rollover, whenExhausted: whenExhausted)
        }

        @Test func overageWithoutRollover() {
            // 1: a = 1,000, u = 600, r = 400, nothing carried; $100.
            // 2: a = 1,000, u = 1,500, s = 500 · $0.50 = $250; $350.
            // 3: a = 1,000, u = 300, r = 700, nothing carried; $100.
            // 4: a = 1,000, u = 1,200, s = 200 · $0.50 = $100; $200.
            Self.expectInvoices(Self.invoices(Self.wallet(.none, .overage(price: 0.5)), Self.volumes), [100, 350, 100, 200])
        }

        @Test func overageWithEverythingRolledOver() {
            // 1: a = 1,000, r = 400, carried 400; $100.
            // 2: a = 1,400, u = 1,500, s = 100 · $0.50 = $50, r = 0; $150.
            // 3: a = 1,000, u = 300, r = 700, carried 700; $100.
            // 4: a = 1,700, u = 1,200, r = 500; $100.
            Self.expectInvoices(Self.invoices(Self.wallet(.all, .overage(price: 0.5)), Self.volumes), [100, 150, 100, 100])
        }

        @Test func overageWithAtMost250RolledOver() {
            // 1: a = 1,000, r = 400, carried min(400, 250) = 250; $100.
            // 2: a = 1,250, u = 1,500, s = 250 · $0.50 = $125, r = 0; $225.
            // 3: a = 1,000, u = 300, r = 700, carried 250; $100.
            // 4: a = 1,250, u = 1,200, r = 50; $100.
            Self.expectInvoices(Self.invoices(Self.wallet(.upTo(250), .overage(price: 0.5)), Self.volumes), [100, 225, 100, 100])
        }

        @Test func rollingOverZeroIsRollingOverNothing() {
            // rollover 0 carries min(r, 0) = 0: the same invoices as "none".
            Self.expectInvoices(Self.invoices(Self.wallet(.upTo(0), .overage(price: 0.5)), Self.volumes), [100, 350, 100, 200])
        }

        @Test func topUpWithoutRollover() {
            // Packs of 300 credits for $120.
            // 1: a = 1,000, u = 600, r = 400, nothing carried; $100.
            // 2: a = 1,000, s = 500, k = ⌈500/300⌉ = 2, $240, r = 600 − 500 = 100, not carried; $340.
            // 3: a = 1,000, u = 300; $100.
            // 4: a = 1,000, s = 200, k = ⌈200/300⌉ = 1, $120, r = 100; $220.
            Self.expectInvoices(
                Self.invoices(Self.wallet(.none, .topUp(credits: 300, price: 120)), Self.volumes), [100, 340, 100, 220])
        }

        @Test func topUpCarriesTheRestOfItsLastPack() {
            // Packs of 300 for $120, everything rolled over; months of 600, 1,500, 1,100, 1,100.
            // 1: a = 1,000, r = 400, carried 400; $100.
            // 2: a = 1,400, s = 100, k = 1, $120, r = 300 − 100 = 200, carried 200; $220.
            // 3: a = 1,200, u = 1,100, r = 100, carried 100; $100 (the pack's rest covered 100).
            // 4: a = 1,100, u = 1,100, r = 0; $100.
            let credits = Self.wallet(.all, .topUp(credits: 300, price: 120))
            Self.expectInvoices(Self.invoices(credits, [600, 1_500, 1_100, 1_100]), [100, 220, 100, 100])
            var wallet = CreditWallet(credits)
            for outcomes in [600.0, 1_500] { wallet.run(MeteredUsage(acceptedOutcomes: outcomes), isFree: false) }
            #expect(wallet.carried == 200)
            #expect(wallet.available == 1_200)  // 200 carried + 1,000 granted
        }

        @Test func topUpWithAtMost150RolledOver() {
            // Packs of 300 for $120, at most 150 carried; months of 600, 1,500, 300, 1,200.
            // 1: r = 400, carried 150; $100.
            // 2: a = 1,150, s = 350, k = ⌈350/300⌉ = 2, $240, r = 600 − 350 = 250, carried 150; $340.
            // 3: a = 1,150, u = 300, r = 850, carried 150; $100.
            // 4: a = 1,150, s = 50, k = 1, $120, r = 250; $220.
            Self.expectInvoices(
                Self.invoices(Self.wallet(.upTo(150), .topUp(credits: 300, price: 120)), Self.volumes), [100, 340, 100, 220])
        }

        @Test func pauseWithoutRollover() {
            // 1: a = 1,000, u = 600: f = 1; $100.
            // 2: a = 1,000, u = 1,500: f = 1,000/1,500 = 2/3, the month consumes f · u = 1,000,
            //    r = 0; $100 (the fee, nothing for the shortfall).
            // 3: f = 1; $100. 4: a = 1,000, u = 1,200: f = 1,000/1,200 = 5/6; $100.
            let offer = Offer.agent("wallet", .credits(Self.wallet(.none, .pause)))
            let (usages, fractions) = offer.meteredUsages(Self.months(Self.volumes))
            for (fraction, expected) in zip(fractions, [1, 2.0 / 3, 1, 5.0 / 6]) {
                #expect(isClose(fraction, expected, tolerance: 1e-15))
            }
            // Every count of a paused month is scaled: 1,500 · 2/3 = 1,000; 1,200 · 5/6 = 1,000.
            #expect(isClose(usages[1].acceptedOutcomes, 1_000) && isClose(usages[1].tasks, 1_000))
            #expect(isClose(usages[3].attempts, 1_000))
            #expect(usages[0] == Self.months(Self.volumes)[0])
            Self.expectInvoices(offer.invoices(for: usages), [100, 100, 100, 100])
        }

        @Test func pauseWithEverythingRolledOver() {
            // 1: a = 1,000, u = 600, r = 400, carried 400; f = 1.
            // 2: a = 1,400, u = 1,500: f = 1,400/1,500 = 14/15; r = 1,400 − 14/15 · 1,500 = 0.
            // 3: a = 1,000, u = 300, r = 700, carried 700; f = 1.
            // 4: a = 1,700, u = 1,200 ≤ a: f = 1, r = 500.
            let credits = Self.wallet(.all, .pause)
            let offer = Offer.agent("wallet", .credits(credits))
            let (usages, fractions) = offer.meteredUsages(Self.months(Self.volumes))
            for (fraction, expected) in zip(fractions, [1, 14.0 / 15, 1, 1]) {
                #expect(isClose(fraction, expected, tolerance: 1e-15))
            }
            #expect(isClose(usages[1].acceptedOutcomes, 1_400))
            Self.expectInvoices(offer.invoices(for: usages), [100, 100, 100, 100])
            var wallet = CreditWallet(credits)
            for usage in usages { wallet.run(usage, isFree: false) }
            #expect(isClose(wallet.carried, 500))
        }

        @Test func pauseWithAtMost250RolledOver() {
            // 1: r = 400, carried 250. 2: a = 1,250, u = 1,500: f = 1,250/1,500 = 5/6, r = 0.
            // 3: r = 700, carried 250. 4: a = 1,250, u = 1,200: f = 1, r = 50.
            let offer = Offer.agent("wallet", .credits(Self.wallet(.upTo(250), .pause)))
            let (usages, fractions) = offer.meteredUsages(Self.months(Self.volumes))
            for (fraction, expected) in zip(fractions, [1, 5.0 / 6, 1, 1]) {
                #expect(isClose(fraction, expected, tolerance: 1e-15))
            }
            #expect(isClose(usages[1].acceptedOutcomes, 1_250))
            Self.expectInvoices(offer.invoices(for: usages), [100, 100, 100, 100])
        }

        @Test func anEmptyPausingWalletStopsTheAgentAtOnce() {
            // No credits at all and one credit a task: a = 0, u = 50 → f = 0/50 = 0; nothing
            // is metered, nothing billed beyond the $0 fee.
            let offer = Offer.agent("wallet", .credits(Credits(creditsPerTask: 1, whenExhausted: .pause)))
            let (usages, fractions) = offer.meteredUsages([MeteredUsage(acceptedOutcomes: 40, tasks: 50, attempts: 60)])
            #expect(fractions == [0])
            #expect(usages == [MeteredUsage(acceptedOutcomes: 0, tasks: 0, attempts: 0)])
            #expect(offer.invoices(for: usages) == [0])
        }

        // MARK: Consumption

        @Test func consumptionAddsOutcomesTasksAndAttempts() {
            // u = 2 · 100 + 0.5 · 300 + 0.25 · 400 = 200 + 150 + 100 = 450 credits; 400 a
            // month: s = 50 · $1 = $50 over a $10 fee → $60.
            let credits = Credits(
                monthlyFee: 10, creditsPerMonth: 400, creditsPerOutcome: 2, creditsPerTask: 0.5, creditsPerAttempt: 0.25,
                whenExhausted: .overage(price: 1))
            let usage = MeteredUsage(acceptedOutcomes: 100, tasks: 300, attempts: 400)
            #expect(credits.creditsNeeded(for: usage) == 450)
            #expect(isClose(Offer.agent("w", .credits(credits)).invoices(for: [usage])[0], 60))
            #expect(Charge.credits(credits).billsOnOutcomes)
            #expect(!Charge.credits(Credits(creditsPerTask: 1, whenExhausted: .pause)).billsOnOutcomes)
            #expect(Charge.credits(Credits(creditsPerTask: 1, whenExhausted: .pause)).pauses)
            #expect(!Charge.credits(credits).pauses)
        }

        // MARK: A pilot grant

        @Test func aPilotGrantRunsOutInMonthTwo() {
            // initialCredits 5,000, rollover all, no fee, $0.99 an outcome after; 3,000 a month.
            // 1: a = 5,000, u = 3,000, r = 2,000, carried 2,000; $0.
            // 2: a = 2,000, u = 3,000, s = 1,000 · $0.99 = $990; r = 0.
            // 3: a = 0, s = 3,000 · $0.99 = $2,970.
            let pilot = Credits(initialCredits: 5_000, creditsPerOutcome: 1, rollover: .all, whenExhausted: .overage(price: 0.99))
            Self.expectInvoices(Self.invoices(pilot, [3_000, 3_000, 3_000]), [0, 990, 2_970])
            let lines = Offer.agent("pilot", .credits(pilot)).invoiceLines(for: Self.months([3_000, 3_000]), horizonMonths: 3)
            // No fee and no monthly credits: no bundle line.
            #expect(
                lines == [
                    InvoiceLine(item: .creditsAvailable(carried: 2_000, granted: 0), amount: 0),
                    InvoiceLine(item: .creditsUsed(used: 2_000, needed: 3_000), amount: 0),
                    InvoiceLine(item: .overageCredits, quantity: 1_000, unitPrice: 0.99, amount: 0.99 * 1_000),
                    InvoiceLine(item: .creditsCarried(carried: 0, remaining: 0, limit: nil), amount: 0),
                ])
            #expect(isClose(total(of: lines), 990))
        }

        // MARK: A pausing wallet beside a pausing cap

        @Test func aPausingWalletAndAPausingCapTakeTheSmallerFraction() {
            // Wallet: fee $200, 1,000 credits a month, one a task, everything rolled over,
            // pause. Cap: $2 an outcome, at most $1,500, pause. And $0.10 a task.
            // Month 1, full N = 2,000, C = 1,000: wallet f = 1,000/2,000 = 0.5; cap
            //   2 · 1,000 = 2,000 > 1,500 → f = 0.75; offer f = 0.5. Scaled N = 1,000,
            //   C = 500; the wallet consumes 0.5 · 2,000 = 1,000, r = 1,000 − 1,000 = 0.
            //   $200 + 2 · 500 + 0.1 · 1,000 = 200 + 1,000 + 100 = $1,300.
            // Month 2, full N = 1,000, C = 1,000: wallet a = 1,000, u = 1,000 → f = 1; cap
            //   1,500/2,000 = 0.75; offer f = 0.75. Scaled N = 750, C = 750; the wallet
            //   consumes 750, r = 1,000 − 750 = 250, carried 250.
            //   $200 + 2 · 750 + 0.1 · 750 = 200 + 1,500 + 75 = $1,775.
            // Month 3, full N = 2,000, C = 600: wallet a = 250 + 1,000 = 1,250, u = 2,000 →
            //   f = 0.625; cap 2 · 600 = 1,200 ≤ 1,500 → 1; offer f = 0.625. Scaled N = 1,250,
            //   C = 375; r = 0. $200 + 2 · 375 + 0.1 · 1,250 = 200 + 750 + 125 = $1,075.
            let offer = Offer(
                name: "both", vendor: "agent",
                charges: [
                    .credits(Credits(monthlyFee: 200, creditsPerMonth: 1_000, creditsPerTask: 1, rollover: .all, whenExhausted: .pause)),
                    .cappedPerOutcome(CappedPerOutcome(price: 2, monthlyCap: 1_500, atCap: .pause)),
                    .perTask(PerTask(price: 0.1)),
                ])
            let full = [
                MeteredUsage(acceptedOutcomes: 1_000, tasks: 2_000, attempts: 2_500),
                MeteredUsage(acceptedOutcomes: 1_000, tasks: 1_000, attempts: 1_000),
                MeteredUsage(acceptedOutcomes: 600, tasks: 2_000, attempts: 2_000),
            ]
            let (usages, fractions) = offer.meteredUsages(full)
            for (fraction, expected) in zip(fractions, [0.5, 0.75, 0.625]) { #expect(isClose(fraction, expected, tolerance: 1e-15)) }
            #expect(isClose(usages[0].tasks, 1_000) && isClose(usages[0].acceptedOutcomes, 500) && isClose(usages[0].attempts, 1_250))
            #expect(isClose(usages[1].tasks, 750) && isClose(usages[1].acceptedOutcomes, 750))
            #expect(isClose(usages[2].tasks, 1_250) && isClose(usages[2].acceptedOutcomes, 375))
            Self.expectInvoices(offer.invoices(for: usages), [1_300, 1_775, 1_075])
            // The quote of month 3 after two months like it follows the same path: with
            // month 1's full usage every month, month 1: f = 0.5, r = 0; month 2 the same.
            #expect(isClose(offer.quote(full[0], month: 2).total, 1_300))
            #expect(isClose(offer.quote(full[0], month: 2).workedFraction, 0.5, tolerance: 1e-15))
        }

        @Test(arguments: [1_159, 1_188, 1_205, 1_226, 1_500, 2_000])
        func aTopUpWalletBesideAPausingCapBuysNoPackForItsExactBalance(outcomes: Int) {
            // $0.50 an outcome capped at $500 (pause) beside a wallet of 1,000 credits a month
            // for $100, one an outcome, packs of 250 for $200. With C > 1,000 the cap's
            // f = 500 / (0.5 · C), so the offer meters f · C = 1,000 outcomes exactly
            // (MODEL.md §3): u = 1,000 ≤ a = 1,000, no shortfall, no pack (§6 step 3).
            // Invoice: 0.5 · 1,000 + 100 = $600 — not $800 with a pack bought for a
            // floating-point 1,000.0000000000001 outcomes.
            let offer = Offer(
                name: "cap and wallet", vendor: "agent",
                charges: [
                    .cappedPerOutcome(CappedPerOutcome(price: 0.5, monthlyCap: 500, atCap: .pause)),
                    .credits(
                        Credits(
                            monthlyFee: 100, creditsPerMonth: 1_000, creditsPerOutcome: 1, whenExhausted: .topUp(credits: 250, price: 200))),
                ])
            let (usages, _) = offer.meteredUsages(Self.months([Double(outcomes)]))
            #expect(isClose(usages[0].acceptedOutcomes, 1_000))
            #expect(isClose(offer.invoices(for: usages)[0], 600))
            let lines = offer.invoiceLines(for: usages, horizonMonths: 1)
            #expect(!lines.contains { if case .topUpPacks = $0.item { return true } else { return false } })
        }

        // MARK: Free months

        @Test func aPausingWalletInFreeMonthsNeitherPausesNorBills() {
            // freeMonths 2; fee $100, 1,000 a month, one an outcome, everything rolled over, pause.
            // 1 (free): a = 1,000, u = 1,500: nothing pauses (f = 1), the shortfall empties
            //   the balance (r = 0) and costs nothing; invoice 0.
            // 2 (free): a = 1,000, u = 400, r = 600, carried 600; invoice 0.
            // 3: a = 1,600, u = 1,500, r = 100; f = 1; $100.
            // 4: a = 1,100, u = 1,500: f = 1,100/1,500 = 11/15; r = 0; $100.
            let credits = Credits(monthlyFee: 100, creditsPerMonth: 1_000, creditsPerOutcome: 1, rollover: .all, whenExhausted: .pause)
            let offer = Offer.agent("wallet", .credits(credits), terms: DealTerms(freeMonths: 2))
            let (usages, fractions) = offer.meteredUsages(Self.months([1_500, 400, 1_500, 1_500]))
            for (fraction, expected) in zip(fractions, [1, 1, 1, 11.0 / 15]) { #expect(isClose(fraction, expected, tolerance: 1e-15)) }
            #expect(usages[0].acceptedOutcomes == 1_500)
            Self.expectInvoices(offer.invoices(for: usages), [0, 0, 100, 100])
            // Month 1's lines: the shortfall of 500 is shown, not billed; the free month takes
            // the $100 fee off.
            let lines = offer.invoiceLines(for: Array(usages.prefix(1)), horizonMonths: 4)
            #expect(
                lines == [
                    InvoiceLine(item: .creditBundle(credits: 1_000), amount: 100),
                    InvoiceLine(item: .creditsAvailable(carried: 0, granted: 1_000), amount: 0),
                    InvoiceLine(item: .creditsUsed(used: 1_000, needed: 1_500), amount: 0),
                    InvoiceLine(item: .creditsShortInFreeMonth(shortfall: 500), amount: 0),
                    InvoiceLine(item: .creditsCarried(carried: 0, remaining: 0, limit: nil), amount: 0),
                    InvoiceLine(item: .freeMonth(month: 1, of: 2), amount: -100),
                ])
        }

        @Test func aTopUpWalletBuysNoPackInAFreeMonth() {
            // freeMonths 1; fee $100, 1,000 a month, rollover all, packs of 250 for $200.
            // 1 (free): a = 1,000, u = 1,500, s = 500: no pack, r = 0; charges $100, invoice 0.
            // 2: a = 0 + 1,000, u = 1,200, s = 200, k = 1, $200, r = 250 − 200 = 50; $300.
            // 3: a = 50 + 1,000 = 1,050, u = 1,000, r = 50; $100.
            let credits = Credits(
                monthlyFee: 100, creditsPerMonth: 1_000, creditsPerOutcome: 1, rollover: .all,
                whenExhausted: .topUp(credits: 250, price: 200))
            Self.expectInvoices(Self.invoices(credits, terms: DealTerms(freeMonths: 1), [1_500, 1_200, 1_000]), [0, 300, 100])
            var wallet = CreditWallet(credits)
            let free = wallet.run(MeteredUsage(acceptedOutcomes: 1_500), isFree: true)
            #expect(free.packs == 0 && free.shortfallCost == 0 && free.remaining == 0 && free.carried == 0)
        }

        @Test func anOverageWalletBillsNoShortfallInAFreeMonthEvenWithAnImplementationFee() {
            // freeMonths 1, implementation fee $1,000; $0.50 an outcome over 1,000 a month.
            // 1 (free): s = 500 costs nothing; invoice 0 + $1,000 fee = $1,000.
            // 2: s = 500 · $0.50 = $250; invoice $250.
            let credits = Credits(creditsPerMonth: 1_000, creditsPerOutcome: 1, whenExhausted: .overage(price: 0.5))
            Self.expectInvoices(
                Self.invoices(credits, terms: DealTerms(freeMonths: 1, implementationFee: 1_000), [1_500, 1_500]), [1_000, 250])
        }

        // MARK: One charge alone

        @Test func aWalletAloneIsItsMonthOneFromEmpty() {
            // Charge.amount is month 1 from an empty wallet: 1,000 + 5,000 initial = 6,000
            // available, u = 6,500, s = 500 · $2 = $1,000, + $300 fee = $1,300.
            let credits = Credits(
                monthlyFee: 300, creditsPerMonth: 1_000, initialCredits: 5_000, creditsPerOutcome: 1,
                whenExhausted: .overage(price: 2))
            #expect(Charge.credits(credits).amount(for: MeteredUsage(acceptedOutcomes: 6_500)) == 1_300)
            #expect(total(of: Charge.credits(credits).lines(for: MeteredUsage(acceptedOutcomes: 6_500))) == 1_300)
        }
    }
}
