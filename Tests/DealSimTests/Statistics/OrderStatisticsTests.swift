import Testing

@testable import DealSim

@Suite struct OrderStatisticsTests {
    /// Selected ranks hold the sorted array's values, on random data, many ties, sorted and
    /// reversed input (the cases that break naive quickselect), and tiny arrays.
    @Test(arguments: [0, 1, 2, 3, 10, 1_000, 20_001])
    func selectionMatchesSorting(count: Int) {
        var rng = RandomStream(seed: 5, trial: UInt64(count), substream: 0)
        let random = (0..<count).map { _ in rng.nextUnit() * 100 - 20 }
        let ties = (0..<count).map { _ in (rng.nextUnit() * 4).rounded(.down) }
        let ascending = (0..<count).map(Double.init)
        for input in [random, ties, ascending, Array(ascending.reversed())] {
            guard count > 0 else { continue }
            let sorted = input.sorted()
            let ranks = [0.05, 0.5, 0.95].flatMap { MetricSummary.ranks(of: $0, count: count) } + [0, count - 1]
            var values = input
            OrderStatistics.select(ranks: ranks, in: &values)
            for rank in ranks {
                #expect(values[rank] == sorted[rank], "rank \(rank) of \(count)")
            }
            #expect(values.sorted() == sorted)  // a permutation of the input
        }
    }
}
