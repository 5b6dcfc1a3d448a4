import Foundation
import Testing

@testable import DealSim

/// The four charts of a run's report: drawn, well-formed, inside their canvas, and captioned
/// from the numbers; also for one offer over one month.
@Suite struct RunChartsTests {
    static let agent = Vendor(
        id: "agent", attemptSuccessRate: .beta(alpha: 16, beta: 4), maxAttempts: 2, costPerAttempt: .fixed(0.06),
        fixedCostPerMonth: .fixed(900), trainingLag: TrainingLag(months: 2, initialAttemptSuccessRate: .fixed(0.3)))
    static let workload = Workload(
        tasksPerMonth: .fixed(2_000), monthlyGrowth: .fixed(0.02), volumeVolatility: .fixed(0.2), humanCostPerTask: .fixed(4))

    static func run(months: Int, offers: [Offer]) -> SimulationRun {
        let scenario = Scenario.testScenario(horizonMonths: months, trials: 500, workload: workload, vendors: [agent], offers: offers)
        return Simulation(scenario: scenario, seed: 3).runKeepingTrials(keepingDraws: false)
    }

    static let offers: [Offer] = [
        .agent("Per outcome", .perOutcome(PerOutcome(price: 0.9))),
        .agent("Capped", .cappedPerOutcome(CappedPerOutcome(price: 0.9, monthlyCap: 1_200))),
        .agent("Subscription", .subscriptionPlusBonus(SubscriptionPlusBonus(monthlyFee: 1_000, bonus: 200, target: 1_500))),
    ]

    static func expectDrawn(_ charts: [ReportChart], sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(
            charts.map(\.fileName) == ["monthly-bill.svg", "cash-curve.svg", "profit-distributions.svg", "buyer-cost.svg"],
            sourceLocation: sourceLocation)
        for chart in charts {
            let inspection = SVGInspection(chart.svg)
            #expect(inspection.isWellFormed, "\(chart.fileName)", sourceLocation: sourceLocation)
            #expect(
                inspection.strayCoordinates.isEmpty, "\(chart.fileName): \(inspection.strayCoordinates)", sourceLocation: sourceLocation)
            #expect(!chart.svg.contains("nan") && !chart.svg.contains("inf"), sourceLocation: sourceLocation)
            #expect(!chart.alt.isEmpty && !chart.caption.isEmpty, sourceLocation: sourceLocation)
        }
    }

    @Test func threeOffersOverAYear() {
        let run = Self.run(months: 12, offers: Self.offers)
        let charts = RunCharts.charts(for: run)
        Self.expectDrawn(charts)
        #expect(charts == RunCharts.charts(for: Self.run(months: 12, offers: Self.offers)), "the same run draws the same bytes")
        // Each offer is named in the monthly bill's panels and in the legend of the other charts.
        for chart in charts.prefix(3) {
            for offer in Self.offers { #expect(SVGInspection(chart.svg).texts.contains(offer.name), "\(chart.fileName)") }
        }
        // The profit distributions' caption gives each offer's P(loss).
        let losses = run.result.offers.map { "\($0.name) \(Format.percent($0.probabilityOfLoss))" }
        #expect(
            charts[2].caption.plainText == "The share of trials left of zero is the probability of a loss: \(ReportWords.list(losses)).")
        // The buyer's cost names the cheapest offer and the all-human cost.
        let cheapest = run.result.offers.min { $0[HorizonMetric.buyerCost].mean! < $1[HorizonMetric.buyerCost].mean! }!
        #expect(charts[3].caption.plainText.hasPrefix("\(cheapest.name) costs the buyer least, "))
        #expect(charts[3].caption.plainText.contains(Format.money(run.result.baseline.mean!, currency: "USD")))
        #expect(SVGInspection(charts[3].svg).texts.contains("All human work"))
    }

    /// The training lag's first months lose money: the cash curve marks each dip's deepest
    /// point and the caption names the deepest of all.
    @Test func cashCurveMarksTheDeepestPoint() throws {
        let run = Self.run(months: 12, offers: Self.offers)
        let dips = run.result.offers.compactMap { offer in offer.payback.map { (offer.name, $0.deepest) } }
        let deepest = try #require(dips.min { $0.1.value < $1.1.value })
        let chart = RunCharts.charts(for: run)[1]
        #expect(
            chart.caption.plainText.hasPrefix(
                "\(deepest.0) needs the most funding: cumulative expected profit bottoms out at "
                    + "\(Format.money(deepest.1.value, currency: "USD")) in month \(deepest.1.month)"))
        let labels = SVGInspection(chart.svg).texts.filter { $0.contains(" in month ") }
        #expect(labels.count == dips.count)
    }

    /// The caption counts the offers whose curve never dips, in the singular for one.
    @Test(arguments: [(1, "; 1 offer never dips below zero."), (2, "; 2 offers never dip below zero.")])
    func cashCurveCountsTheOffersThatNeverDip(fixed: Int, ending: String) {
        // A fixed fee far above the costs never dips; $0.90 an outcome dips in the training lag.
        let offers = [Self.offers[0]] + (1...fixed).map { Offer.agent("Fixed \($0)", .fixedFee(FixedFee(monthly: 100_000))) }
        let chart = RunCharts.charts(for: Self.run(months: 12, offers: offers))[1]
        #expect(chart.caption.plainText.hasSuffix(ending))
    }

    /// With an offer paid on terms the cash curve is cash: each invoice counted when it is
    /// paid, so that the curve of a net-45 offer ends below its cumulative profit by its last
    /// two months' invoices, never received; an offer paid in the month keeps its profit.
    @Test func cashCurveUnderPaymentTerms() throws {
        var offers = Self.offers
        offers[0].terms = DealTerms(paymentTermsDays: 45)
        let run = Self.run(months: 12, offers: offers)
        let charts = RunCharts.charts(for: run)
        Self.expectDrawn(charts)
        let chart = charts[1]
        #expect(chart.caption.plainText.contains("cumulative expected cash bottoms out at "))
        #expect(chart.alt == "Cumulative expected vendor cash by month, one line per offer")
        let texts = SVGInspection(chart.svg).texts
        #expect(texts.contains("Per outcome (net 45)") && texts.contains("Capped") && texts.contains("Cumulative expected cash"))
        let page = ChartPage(run: run)
        for offer in run.result.offers {
            var profit = 0.0
            #expect(
                page.cumulativeCash(offer, delay: 0)
                    == offer[.vendorProfit].map { band in
                        profit += band.mean
                        return profit
                    })
        }
        let offer = run.result.offers[0]
        let invoices = offer[.invoice].map(\.mean)
        let cash = try #require(page.cumulativeCash(offer, delay: 2).last)
        let expected = page.cumulativeCash(offer, delay: 0).last! - invoices[10] - invoices[11]
        #expect(abs(cash - expected) <= 1e-9 * abs(expected))
        // Paid in the month, the chart is as it was: profit.
        #expect(RunCharts.charts(for: Self.run(months: 12, offers: Self.offers))[1].caption.plainText.contains("expected profit"))
    }

    @Test func oneOfferOverOneMonth() {
        Self.expectDrawn(RunCharts.charts(for: Self.run(months: 1, offers: [Self.offers[0]])))
    }

    @Test func oneOfferOverTwoYears() {
        Self.expectDrawn(RunCharts.charts(for: Self.run(months: 24, offers: [Self.offers[1]])))
    }
}
