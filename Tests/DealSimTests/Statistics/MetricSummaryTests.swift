import Testing

@testable import DealSim

@Suite struct MetricSummaryTests {
    /// Positions h = (n − 1)·p on [10, 20, 30, 40]: 0.15 → 11.5, 1.5 → 25, 2.85 → 38.5.
    @Test func percentilesInterpolateLinearly() {
        var values = [40.0, 10, 30, 20]
        let summary = MetricSummary(values: &values)
        #expect(close(summary.p5!, 11.5))
        #expect(close(summary.p50!, 25))
        #expect(close(summary.p95!, 38.5))
        #expect(summary.mean == 25)
        // s² = (225 + 25 + 25 + 225)/3 = 500/3; se = √(500/3)/2
        #expect(close(summary.standardError!, (500.0 / 3).squareRoot() / 2))
    }

    @Test func singleTrialHasNoStandardError() {
        var values = [7.0]
        let summary = MetricSummary(values: &values)
        #expect(summary.mean == 7)
        #expect(summary.standardError == nil)
        #expect(summary.p5 == 7 && summary.p50 == 7 && summary.p95 == 7)
    }

    @Test func allTrialsLeftOutGiveNoStatistics() {
        var values: [Double] = []
        let summary = MetricSummary(values: &values, excluded: 12)
        #expect(summary.included == 0)
        #expect(summary.excluded == 12)
        #expect(summary.mean == nil && summary.standardError == nil && summary.p50 == nil)
    }
}
