import Testing

@testable import DealSim

extension ReportTests {
    @Suite struct MarkdownReportTests {
        typealias F = ReportFixtures

        /// The number of `|` in a line that are not escaped by a backslash.
        static func unescapedPipes(_ line: Substring) -> Int {
            var count = 0, escaped = false
            for character in line {
                if escaped { escaped = false } else if character == "\\" { escaped = true } else if character == "|" { count += 1 }
            }
            return count
        }

        /// Every table's rows have as many cells as its header.
        static func tablesAreWellFormed(_ text: String) -> Bool {
            var expected: Int?
            for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
                guard line.hasPrefix("|") else {
                    expected = nil
                    continue
                }
                let pipes = unescapedPipes(line)
                if expected == nil { expected = pipes } else if pipes != expected { return false }
            }
            return true
        }

        /// Whether every `<` and `>` is escaped, so that no HTML tag can open.
        static func everyAngleBracketIsEscaped(_ text: String) -> Bool {
            var previous: Character = " "
            for character in text {
                if character == "<" || character == ">", previous != "\\" { return false }
                previous = character
            }
            return true
        }

        /// Whether the text holds "nan" or "inf" as a word (not inside "finance" or "info").
        static func holdsNonFinite(_ text: String) -> Bool {
            text.lowercased().split(whereSeparator: { !$0.isLetter }).contains { ["nan", "inf", "infinity"].contains($0) }
        }

        @Test func pipesInNamesDoNotBreakTables() {
            let vendor = Vendor(id: "v|1", attemptSuccessRate: .fixed(0.5))
            var result = F.result([F.offer("A|B", vendor: "v|1"), F.offer("C | D", vendor: "v|1")])
            result.scenario = F.scenario(
                offers: [
                    Offer(name: "A|B", vendor: "v|1", charges: [.fixedFee(FixedFee(monthly: 1))]),
                    Offer(name: "C | D", vendor: "v|1", charges: [.fixedFee(FixedFee(monthly: 1))]),
                ],
                vendor: vendor)
            let text = MarkdownReport.render(result)
            #expect(text.contains("| A\\|B | v\\|1 | $1 a month | none | none |"))
            #expect(text.contains("| C \\| D |"))
            #expect(Self.tablesAreWellFormed(text))
            #expect(Self.tablesAreWellFormed(MarkdownReport.render(F.twoOffers)))
        }

        @Test func namesCannotInjectMarkdownOrHTML() throws {
            let names = ["<img src=x onerror=alert(1)>", "`rm -rf`", "**bold** [x](http://x)", "=HYPERLINK(\"http://x\")"]
            var result = F.result(names.map { F.offer($0) })
            result.scenario = try result.scenario.editing {
                $0.title = "Deal <b>|</b> # 1"
                $0.description = "Costs: estimates.\n- from the <i>vendor</i>\n\n# not a heading"
            }
            let text = MarkdownReport.render(result)
            #expect(
                text.hasPrefix(
                    "# Deal \\<b\\>\\|\\</b\\> \\# 1\n\nCosts: estimates.\n\\- from the \\<i\\>vendor\\</i\\>\n\n\\# not a heading\n\n"))
            #expect(Self.everyAngleBracketIsEscaped(text))
            #expect(text.contains("\\<img src=x onerror=alert(1)\\>"))
            #expect(text.contains("\\`rm -rf\\`"))
            #expect(text.contains("\\*\\*bold\\*\\* \\[x\\](http://x)"))
            #expect(text.contains("| =HYPERLINK(\"http://x\") |"))
            #expect(Self.tablesAreWellFormed(text))
        }

        @Test func headerSaysHowToReproduce() {
            let text = MarkdownReport.render(F.twoOffers)
            #expect(
                text.hasPrefix(
                    "# Hand-made\n\n100 trials over 3 months, seed 7, amounts in USD. Reproduce with "
                        + "`dealsim run scenarios/hand-made.json --seed 7 --trials 100`.\n\n## Which offer"))
        }

        @Test func singleOfferHasNoChoice() throws {
            var result = F.twoOffers
            result.offers.removeFirst()
            result.scenario = try result.scenario.editing { $0.offers.removeFirst() }
            result.offers[0].probabilityOfLossMonth = 0
            let text = MarkdownReport.render(result)
            #expect(!text.contains("## Which offer"))
            #expect(text.contains("- **Flat** does not lose money over 3 months in any of its 100 trials.\n"))
        }

        @Test func implementationFeeNamedInTheHighestBill() throws {
            var result = F.twoOffers
            result.scenario = try result.scenario.editing { $0.offers[1].terms = DealTerms(freeMonths: 1, implementationFee: 500) }
            let text = MarkdownReport.render(result)
            #expect(text.contains("| $500 (month 1, with the implementation fee) |"))
            #expect(text.contains("| Flat | agent | $1 per accepted outcome | first month free; implementation fee $500 | none |"))
        }

        @Test func everyPricingModelIsDescribedInTheReport() {
            let charges: [Charge] = [
                .perOutcome(PerOutcome(price: 0.99)),
                .cappedPerOutcome(CappedPerOutcome(price: 0.99, monthlyCap: 15_000)),
                .tiered(
                    Tiered(tiers: [.init(name: "Pro", monthlyFee: 10_000, includedOutcomes: 15_000)], plan: .tier(0), overagePrice: 0.99)),
                .graduated(Graduated(metric: .outcomes, mode: .volume, brackets: [.init(upTo: nil, unitPrice: 2)])),
                .subscriptionPlusBonus(SubscriptionPlusBonus(monthlyFee: 5_000, bonus: 10_000, target: 100)),
                .revenueShare(RevenueShare(percent: 1, basis: .revenue)),
                .perTask(PerTask(price: 0.5)),
                .perAttempt(PerAttempt(price: 0.1)),
                .costPlus(CostPlus(markup: 0.3)),
                .perSeat(PerSeat(seats: 3, pricePerSeat: 40)),
                .fixedFee(FixedFee(monthly: 500)),
            ]
            let offers = charges.enumerated().map { Offer(name: "Offer \($0)", vendor: "agent", charges: [$1]) }
            var result = F.result(offers.map { F.offer($0.name) })
            result.scenario = F.scenario(offers: offers)
            let text = MarkdownReport.render(result)
            for (index, charge) in charges.enumerated() {
                #expect(text.contains("| Offer \(index) | agent | \(charge.words(currency: "USD").plainText) | none | none |"))
            }
        }

        @Test func rendersAreIdenticalAndFinite() {
            let degenerate = F.result([F.offer("Nothing", accepted: F.stats(nil, included: 0, excluded: 100))], baseline: F.stats(nil))
            for result in [F.twoOffers, degenerate] {
                let text = MarkdownReport.render(result)
                #expect(text == MarkdownReport.render(result))
                #expect(!Self.holdsNonFinite(text))
                #expect(text.hasSuffix("\n") && !text.hasSuffix("\n\n"))
                #expect(Self.tablesAreWellFormed(text))
            }
        }
    }
}
