import Foundation

/// The distribution of one metric across trials: mean with its standard error and the
/// 5th, 50th and 95th percentiles (<doc:Statistics>).
///
/// Trials whose value is undefined (a ratio whose denominator is 0) are left out and counted
/// in ``excluded``. When no trial is left, every statistic is `nil`; a summary never holds
/// NaN or infinity.
public struct MetricSummary: Sendable, Equatable {
    /// Trials whose value entered the statistics.
    public var included: Int
    /// Trials left out because the value is undefined for them.
    public var excluded: Int
    /// The sample mean.
    public var mean: Double?
    /// The standard error of the mean, `s/√n` with the (n − 1) sample standard deviation;
    /// `nil` for a single trial.
    public var standardError: Double?
    /// The 5th percentile.
    public var p5: Double?
    /// The median.
    public var p50: Double?
    /// The 95th percentile.
    public var p95: Double?

    /// Summarises `values` (all finite) with `excluded` further trials left out.
    ///
    /// Percentiles interpolate linearly at position `h = (n − 1)·p` of the sorted values,
    /// found by selection rather than a full sort. The mean is summed in the given order, so
    /// the same values give the same bits.
    /// - Complexity: O(n) expected; reorders `values`.
    init(values: inout [Double], excluded: Int = 0) {
        included = values.count
        self.excluded = excluded
        guard !values.isEmpty else { return }
        let n = Double(values.count)
        var sum = 0.0
        for value in values { sum += value }
        let mean = sum / n
        self.mean = mean
        if values.count > 1 {
            var squares = 0.0
            for value in values { squares += (value - mean) * (value - mean) }
            standardError = (squares / (n - 1)).squareRoot() / n.squareRoot()
        }
        let levels = [0.05, 0.50, 0.95]
        OrderStatistics.select(ranks: levels.flatMap { Self.ranks(of: $0, count: values.count) }, in: &values)
        p5 = Self.percentile(0.05, ofSelected: values)
        p50 = Self.percentile(0.50, ofSelected: values)
        p95 = Self.percentile(0.95, ofSelected: values)
    }

    /// The two ranks around position `h = (n − 1)·p` that the p-th percentile interpolates.
    static func ranks(of p: Double, count: Int) -> [Int] {
        let lower = Int((Double(count - 1) * p).rounded(.down))
        return [lower, min(lower + 1, count - 1)]
    }

    /// The p-th percentile by linear interpolation at `h = (n − 1)·p`, from values whose
    /// ``ranks(of:count:)`` hold their order statistics (a sorted array qualifies).
    /// - Precondition: `values` is not empty; `0 ≤ p ≤ 1`.
    static func percentile(_ p: Double, ofSelected values: [Double]) -> Double {
        let h = Double(values.count - 1) * p
        let ranks = ranks(of: p, count: values.count)
        return interpolate(values[ranks[0]], values[ranks[1]], at: h - Double(ranks[0]))
    }

    /// `a + (b − a)·t`, exact at both ends and never outside `[a, b]`.
    static func interpolate(_ a: Double, _ b: Double, at t: Double) -> Double {
        if t == 0 || a == b { return a }
        return min(max(a + (b - a) * t, min(a, b)), max(a, b))
    }
}
