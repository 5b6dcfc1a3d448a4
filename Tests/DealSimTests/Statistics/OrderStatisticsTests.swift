import Testing

@testable import DealSim

@Suite struct OrderStatisticsTests {
    /// Selected ranks hold the sorted array's values, on random data, many ties, sorted,
    /// reversed and organ-pipe input (the cases that break naive quickselect), tiny arrays,
    /// and sizes on both sides of 600, above which Floyd–Rivest selects in a sample first.
    @Test(arguments: [0, 1, 2, 3, 10, 600, 601, 602, 1_000, 20_001, 100_003])
    func selectionMatchesSorting(count: Int) {
        var rng = RandomStream(seed: 5, trial: UInt64(count), substream: 0)
        let random = (0..<count).map { _ in rng.nextUnit() * 100 - 20 }
        let ties = (0..<count).map { _ in (rng.nextUnit() * 4).rounded(.down) }
        let ascending = (0..<count).map(Double.init)
        let organPipe = (0..<count).map { Double(min($0, count - 1 - $0)) }
        for input in [random, ties, ascending, Array(ascending.reversed()), organPipe] {
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
