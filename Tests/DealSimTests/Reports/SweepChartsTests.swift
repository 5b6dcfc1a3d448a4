import Testing

@testable import DealSim

/// A sweep's charts: the profit curve with its break-even marked where the findings put it,
/// the buyer's cost with the change of the cheapest offer marked, and a heat map per offer
/// for a grid; all well-formed and inside their canvas.
@Suite struct SweepChartsTests {
    typealias Fixture = SweepReportTests

    static func expectDrawn(_ chart: ReportChart, sourceLocation: SourceLocation = #_sourceLocation) {
        let inspection = SVGInspection(chart.svg)
        #expect(inspection.isWellFormed, "\(chart.fileName)", sourceLocation: sourceLocation)
        #expect(inspection.strayCoordinates.isEmpty, "\(chart.fileName)", sourceLocation: sourceLocation)
        #expect(!chart.svg.contains("nan") && !chart.svg.contains("inf"), sourceLocation: sourceLocation)
    }

    /// Prices 0.3 … 1.2: the per-outcome offer breaks even near $0.49 and becomes dearer for
    /// the buyer than the per-task offer near $0.64; both are marked at the interpolated
    /// prices, the same places the findings give.
    @Test func oneParameter() throws {
        let (sweep, results) = try Fixture.sweep([SweepAxis(parameter: Fixture.price, from: 0.3, to: 1.2, count: 10)])
        let charts = SweepCharts.charts(sweep, results: results)
        #expect(charts.map(\.fileName) == ["profit.svg", "buyer-cost.svg"])
        charts.forEach { Self.expectDrawn($0) }
        let crossings = SweepCrossings(sweep: sweep, results: results).all
        let breakEven = try #require(crossings.first { $0.kind == .profit(offer: 0) })
        let label = "break-even ≈ \(TickFormat.money(prefix: "$").label(breakEven.x))"
        #expect(SVGInspection(charts[0].svg).texts.contains(label))
        #expect(
            charts[0].caption.plainText == "Break-even price: per outcome at about \(TickFormat.money(prefix: "$").label(breakEven.x)).")
        #expect(abs(breakEven.x - 0.49) < 0.02)
        let change = try #require(crossings.first { if case .cheapest = $0.kind { true } else { false } })
        #expect(change.kind == .cheapest(from: 0, to: 1))
        #expect(SVGInspection(charts[1].svg).texts.contains("cheapest from ≈ \(TickFormat.money(prefix: "$").label(change.x))"))
        #expect(charts[1].caption.plainText.hasPrefix("Cheapest for the buyer at the start: per outcome; then per task from about "))
    }

    @Test func grid() throws {
        let (sweep, results) = try Fixture.sweep([
            SweepAxis(parameter: Fixture.price, values: [0.4, 0.8, 1.2]),
            SweepAxis(parameter: Fixture.successRate, values: [0.5, 0.9]),
        ])
        let charts = SweepCharts.charts(sweep, results: results)
        #expect(charts.map(\.fileName) == ["profit-1.svg", "profit-2.svg"])
        charts.forEach { Self.expectDrawn($0) }
        let losing = results.filter { $0.offers[0][.vendorProfit].mean! < 0 }.count
        #expect(charts[0].caption.plainText.hasPrefix("per outcome loses money on average at \(ReportWords.count(losing, "point")) of 6"))
    }
}
