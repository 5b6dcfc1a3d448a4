import Foundation

/// What drives a run's results: for each uncertain input (``Scenario/uncertainParameters``)
/// and each offer, the Spearman rank correlation (``SpearmanCorrelation``) between the
/// input's draw in a trial and the offer's vendor profit and buyer cost over that trial's
/// horizon, and the input's share of the variance as Crystal Ball's sensitivity chart
/// computes it: its squared correlation over the sum of all inputs' squared correlations
/// with the same offer and metric,
///
/// ```
/// share_i = ρ_i² / Σ_j ρ_j²
/// ```
///
/// Computed from the trials a run keeps, with no extra simulation. The shares normalise
/// the inputs' effects to 100%; they leave out what no input explains (the chance of each
/// month's tasks, successes and disputes) and treat the inputs as independent, which they
/// are: each is drawn on its own.
public struct Drivers: Sendable, Equatable {
    /// A per-trial total whose drivers are measured, named as in `summary.csv`.
    public enum Metric: String, Sendable, CaseIterable {
        /// The vendor's profit over the horizon.
        case vendorProfit = "vendor_profit"
        /// The buyer's cost over the horizon.
        case buyerCost = "buyer_cost"
    }

    /// One input's effect on one offer's metric.
    public struct Driver: Sendable, Equatable {
        /// The input's index in ``Drivers/parameters``.
        public let input: Int
        /// Spearman's ρ between the input's draws and the metric; `nil` when undefined (the
        /// metric does not vary, or the run has a single trial).
        public let spearman: Double?
        /// ρ² as a fraction of the sum of every input's ρ² for the same offer and metric;
        /// `nil` when ρ is undefined or every input's ρ is 0.
        public let varianceShare: Double?
    }

    /// The uncertain inputs, in ``Scenario/uncertainParameters`` order.
    public let parameters: [UncertainParameter]
    /// The offers' names, in the scenario's order.
    public let offers: [String]
    /// `table[offer][metric][input]`.
    private let table: [[[Driver]]]

    /// The drivers of a run that kept its draws (`runKeepingTrials(keepingDraws: true)`).
    /// - Parameters:
    ///   - run: the run.
    ///   - threads: worker threads for the ranks; the result does not depend on it.
    /// - Precondition: the run kept its draws.
    /// - Complexity: O((p + 2m) · n + p · m · n), the ranks by radix sort for p inputs, m offers and n trials.
    public init(_ run: SimulationRun, threads: Int? = nil) {
        guard let draws = run.draws else { preconditionFailure("the run must keep its draws") }
        let parameters = draws.parameters
        let offerCount = run.result.offers.count
        let metrics = Metric.allCases
        let workers = max(1, threads ?? ProcessInfo.processInfo.activeProcessorCount)
        let series = parameters.count + offerCount * metrics.count
        // The ranks of every input, then of every offer's metrics: each series ranked once.
        let ranks =
            parameters.isEmpty
            ? []
            : parallelMap(series, workers: workers) { index -> [Double] in
                if index < parameters.count { return SpearmanCorrelation.ranks(draws.column(ofParameter: index)) }
                let offer = (index - parameters.count) / metrics.count
                switch metrics[(index - parameters.count) % metrics.count] {
                case .vendorProfit: return SpearmanCorrelation.ranks(run.totals.vendorProfit(offer: offer))
                case .buyerCost: return SpearmanCorrelation.ranks(run.totals.column(.buyerCost, offer: offer))
                }
            }
        let table = parallelMap(offerCount * metrics.count, workers: workers) { slot -> [Driver] in
            guard !parameters.isEmpty else { return [] }
            let outcome = ranks[parameters.count + slot]
            let spearman = parameters.indices.map { SpearmanCorrelation.coefficient(ranks: ranks[$0], outcome) }
            let total = spearman.reduce(0) { $0 + ($1 ?? 0) * ($1 ?? 0) }
            return parameters.indices.map { input in
                Driver(
                    input: input, spearman: spearman[input],
                    varianceShare: total > 0 ? spearman[input].map { $0 * $0 / total } : nil)
            }
        }
        self.parameters = parameters
        self.offers = run.result.offers.map(\.name)
        self.table = (0..<offerCount).map { offer in
            metrics.indices.map { metric in table[offer * metrics.count + metric] }
        }
    }

    /// Every input's effect on an offer's metric, in ``parameters`` order.
    /// - Parameters:
    ///   - offer: the offer's index in the scenario.
    ///   - metric: the metric.
    public func drivers(offer: Int, metric: Metric) -> [Driver] {
        table[offer][Metric.allCases.firstIndex(of: metric)!]
    }

    /// The inputs with the largest |ρ| for an offer's metric, largest first (ties in
    /// ``parameters`` order), leaving out undefined correlations and those below
    /// `threshold` in magnitude.
    /// - Parameters:
    ///   - offer: the offer's index in the scenario.
    ///   - metric: the metric.
    ///   - count: the most to return.
    ///   - threshold: the smallest |ρ| that counts.
    public func strongest(offer: Int, metric: Metric, count: Int, threshold: Double = 0) -> [Driver] {
        let defined = drivers(offer: offer, metric: metric).filter { ($0.spearman?.magnitude ?? -1) >= threshold && $0.spearman != nil }
        let sorted = defined.sorted { a, b in
            a.spearman!.magnitude != b.spearman!.magnitude ? a.spearman!.magnitude > b.spearman!.magnitude : a.input < b.input
        }
        return Array(sorted.prefix(count))
    }
}
