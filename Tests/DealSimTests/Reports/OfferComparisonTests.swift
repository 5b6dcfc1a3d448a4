import Testing

@testable import DealSim

extension ReportTests {
    @Suite struct OfferComparisonTests {
        typealias F = ReportFixtures

        static func offer(
            _ name: String, vendor: String = "agent", profit: Double, cost: Double, pLoss: Double,
            invoice: [MonthlyBand]? = nil
        ) -> OfferResult {
            F.offer(
                name, vendor: vendor, horizon: [.vendorProfit: F.stats(profit), .buyerCost: F.stats(cost)], invoice: invoice,
                pLoss: pLoss)
        }

        /// The pick of the only vendor.
        static func vendorPick(_ result: SimulationResult) -> OfferComparison.VendorPick? {
            let comparison = OfferComparison(result)
            #expect(comparison.vendorPicks.count <= 1)
            return comparison.bestForVendor("agent")
        }

        @Test func picksOfTheTwoOfferFixture() {
            let comparison = OfferComparison(F.twoOffers)
            // Flat: Per outcome loses in 23% of trials.
            #expect(comparison.vendorPicks == [.init(vendor: "agent", offer: 1, isSafe: true)])
            #expect(comparison.bestForBuyer == 0)
            #expect(comparison.mostPredictable == 1)
        }

        @Test func safestOfferWhenNoneIsSafe() {
            let result = F.result([
                Self.offer("A", profit: 900, cost: 1, pLoss: 0.3),
                Self.offer("B", profit: 100, cost: 1, pLoss: 0.2),
                Self.offer("C", profit: 200, cost: 1, pLoss: 0.2),
            ])
            #expect(Self.vendorPick(result) == .init(vendor: "agent", offer: 2, isSafe: false))
        }

        @Test func highestProfitAmongSafeOffers() {
            let result = F.result([
                Self.offer("A", profit: 900, cost: 1, pLoss: 0.051),
                Self.offer("B", profit: 100, cost: 1, pLoss: 0.05),
                Self.offer("C", profit: 200, cost: 1, pLoss: 0),
            ])
            #expect(Self.vendorPick(result) == .init(vendor: "agent", offer: 2, isSafe: true))
        }

        @Test func tiesGoToTheFirstOrTheCheaper() {
            let steady = F.bands(3) { _ in (100, 100, 100, 100) }
            let result = F.result([
                Self.offer("A", profit: 1, cost: 500, pLoss: 0, invoice: steady),
                Self.offer("B", profit: 1, cost: 400, pLoss: 0, invoice: steady),
                Self.offer("C", profit: 1, cost: 400, pLoss: 0, invoice: steady),
            ])
            let comparison = OfferComparison(result)
            #expect(comparison.bestForVendor("agent")?.offer == 0)
            #expect(comparison.bestForBuyer == 1)
            #expect(comparison.mostPredictable == 1)
        }

        /// Offers of different vendors are not ranked for "the vendor": each vendor with two or
        /// more offers gets its own pick, a vendor with one offer none.
        @Test func onePickPerVendorWithAChoice() {
            let result = F.result([
                Self.offer("A", vendor: "one", profit: 900, cost: 1, pLoss: 0),
                Self.offer("B", vendor: "two", profit: 5_000, cost: 1, pLoss: 0.2),
                Self.offer("C", vendor: "one", profit: 100, cost: 1, pLoss: 0),
                Self.offer("D", vendor: "three", profit: 9_000, cost: 1, pLoss: 0),
                Self.offer("E", vendor: "two", profit: 50, cost: 1, pLoss: 0.1),
            ])
            let comparison = OfferComparison(result)
            #expect(
                comparison.vendorPicks == [
                    .init(vendor: "one", offer: 0, isSafe: true), .init(vendor: "two", offer: 4, isSafe: false),
                ])
            #expect(comparison.bestForVendor("three") == nil)
            #expect(OfferComparison(F.result([Self.offer("Only", profit: 1, cost: 1, pLoss: 0)])).vendorPicks.isEmpty)
        }

        @Test func mostPredictableTotalCost() {
            let steady = F.bands(3) { _ in (100, 100, 100, 100) }
            let wide = F.bands(3) { _ in (100, 50, 100, 150) }
            var a = Self.offer("A", profit: 1, cost: 500, pLoss: 0, invoice: steady)
            var b = Self.offer("B", profit: 1, cost: 400, pLoss: 0, invoice: wide)
            a.monthly[MonthlyMetric.buyerCost.index] = wide
            b.monthly[MonthlyMetric.buyerCost.index] = steady
            let comparison = OfferComparison(F.result([a, b]))
            #expect(comparison.mostPredictable == 0)
            #expect(comparison.mostPredictableTotalCost == 1)
            #expect(a.totalCostSpread == .init(value: 1, month: 1))
            #expect(b.invoiceShareOfTotalCost == nil)  // no revenue statistic
        }

        @Test func billSpreadSkipsMonthsWithoutABill() {
            let free = F.offer(
                "Free then billed", invoice: F.bands(3) { [(0.0, 0.0, 0.0, 0.0), (100, 50, 100, 150), (200, 190, 200, 210)][$0 - 1] })
            #expect(free.billSpread == .init(value: 1, month: 2))
            let never = F.offer("Never billed", invoice: F.bands(3) { _ in (0, 0, 0, 0) })
            #expect(never.billSpread == nil)
        }

        /// A month that barely bills does not count: the average month bills (9 + 1,000 +
        /// 1,000) / 3 = 669.67, a tenth of it 66.97; month 1's mean 9 is below it, so its
        /// range 90 (1,000% of 9) is left out; month 3's 300 / 1,000 = 30% is the largest left.
        @Test func billSpreadSkipsMonthsThatBarelyBill() {
            let pilot = F.offer(
                "Pilot", invoice: F.bands(3) { [(9.0, 0.0, 0.0, 90.0), (1_000, 900, 1_000, 1_100), (1_000, 850, 1_000, 1_150)][$0 - 1] })
            #expect(pilot.billSpread == .init(value: 0.3, month: 3))
            // A low month above a tenth still counts: means 100, 450, 450 average 333.33; 100 ≥ 33.33,
            // and its range 200 is 200% of its mean.
            let tenth = F.offer(
                "Tenth", invoice: F.bands(3) { [(100.0, 0.0, 100.0, 200.0), (450, 400, 450, 500), (450, 400, 450, 500)][$0 - 1] })
            #expect(tenth.billSpread == .init(value: 2, month: 1))
        }

        @Test func figures() {
            let offer = F.twoOffers.offers[0]
            #expect(offer.costPerAcceptedOutcome == 9)
            #expect(offer.invoiceShareOfTotalCost == 3_000.0 / 9_000)
            #expect(offer.expectedMargin == 1_000.0 / 3_000)
            #expect(offer.highestBillP95 == .init(value: 1_300, month: 3))
            #expect(offer.expectedProfit(throughMonth: 2) == 200)
            #expect(offer.payback == .init(deepest: .init(value: -300, month: 1), month: 2, final: 1_000))
            let losing = F.offer("Losing", profit: F.bands(3) { _ in (-100, -150, -100, -50) })
            #expect(losing.payback == .init(deepest: .init(value: -300, month: 3), month: nil, final: -300))
            let noOutcomes = F.offer("None", horizon: [.buyerCost: F.stats(5)], accepted: F.stats(0))
            #expect(noOutcomes.costPerAcceptedOutcome == nil)
        }
    }
}
