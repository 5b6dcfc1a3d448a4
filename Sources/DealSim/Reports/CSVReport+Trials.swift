import Foundation

extension CSVReport {
    /// The `summary.csv` metrics that `trials.csv` gives per trial for `scenario`: every
    /// horizon total and ratio it reports.
    public static func trialMetrics(in scenario: Scenario) -> [HorizonMetric] {
        HorizonMetric.allCases.filter { $0.isReported(in: scenario) }
    }

    /// `trials.csv`: every trial of a run, one row per trial and offer, for an analyst's own
    /// tools.
    ///
    /// Columns `trial,offer`, then one per uncertain input named by its JSON path (the
    /// trial's draw, the same in each of the trial's rows), then one per horizon metric of
    /// `summary.csv` (``trialMetrics(in:)``: `vendor_revenue`, `vendor_cost`, `vendor_profit`,
    /// `margin`, `buyer_cost`, `buyer_net_savings`, `invoice_per_outcome`,
    /// `compute_per_outcome`, `max_deficit`, `max_cash_deficit`, `accepted_outcomes`,
    /// `human_tasks`, and `months_over_budget` with a budget), the trial's value over the
    /// horizon. A ratio
    /// whose denominator is 0 in the trial is an empty cell. Rows are ordered by trial (0
    /// first), then offer (the scenario's order). Numbers as ``number(_:)`` writes them; the
    /// summary statistics of `summary.csv` are those of these columns.
    /// - Parameters:
    ///   - run: a run that kept its draws (`runKeepingTrials(keepingDraws: true)`).
    ///   - threads: worker threads; the text does not depend on it.
    /// - Returns: the file's text, header included.
    /// - Precondition: the run kept its draws.
    /// - Complexity: O(trials · offers · columns), the trials written in parallel blocks.
    public static func trials(_ run: SimulationRun, threads: Int? = nil) -> String {
        guard let draws = run.draws else { preconditionFailure("the run must keep its draws") }
        let offers = run.result.offers.map { Array(text($0.name).utf8) }
        var header = ["trial", "offer"] + draws.parameters.map { text($0.path) }
        let metrics = trialMetrics(in: run.result.scenario)
        header += metrics.map(\.rawValue)
        let trials = run.totals.trials
        let block = 4_096
        let blocks = (trials + block - 1) / block
        let workers = max(1, threads ?? ProcessInfo.processInfo.activeProcessorCount)
        let parts = parallelMap(blocks, workers: workers) { index in
            rows(run, draws: draws, offers: offers, metrics: metrics, trials: (index * block)..<min(trials, (index + 1) * block))
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(parts.reduce(0) { $0 + $1.count } + 256)
        bytes.append(contentsOf: line(header).utf8)
        for part in parts { bytes.append(contentsOf: part) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The rows of `trials`, as UTF-8.
    private static func rows(
        _ run: SimulationRun, draws: ParameterDraws, offers: [[UInt8]], metrics: [HorizonMetric], trials: Range<Int>
    ) -> [UInt8] {
        let totals = run.totals
        let parameters = draws.parameters.indices.map { draws.column(ofParameter: $0) }
        let columns = offers.indices.map { totals.columns(offer: $0) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(trials.count * offers.count * (24 + 20 * (parameters.count + metrics.count)))
        var drawCells: [UInt8] = []
        for trial in trials {
            drawCells.removeAll(keepingCapacity: true)
            for parameter in parameters {
                drawCells.append(UInt8(ascii: ","))
                appendNumber(parameter[trial], to: &drawCells)
            }
            for (offer, name) in offers.enumerated() {
                appendInteger(trial, to: &bytes)
                bytes.append(UInt8(ascii: ","))
                bytes.append(contentsOf: name)
                bytes.append(contentsOf: drawCells)
                for metric in metrics {
                    let value = columns[offer].value(metric, trial: trial)
                    bytes.append(UInt8(ascii: ","))
                    if let value { appendNumber(value, to: &bytes) }
                }
                bytes.append(UInt8(ascii: "\n"))
            }
        }
        return bytes
    }

    /// Appends ``number(_:)``'s text of `value` as UTF-8, without building the cell as a
    /// `String` in the common case: Swift's `description` without its ".0", or, when it has
    /// an exponent, ``number(_:)`` itself. NaN and infinity append nothing.
    static func appendNumber(_ value: Double, to bytes: inout [UInt8]) {
        guard value.isFinite else { return }
        if value == 0 {
            bytes.append(UInt8(ascii: "0"))
            return
        }
        var description = value.description
        let plain = description.withUTF8 { utf8 -> Bool in
            guard !utf8.contains(UInt8(ascii: "e")) else { return false }
            var end = utf8.count
            if end > 2, utf8[end - 2] == UInt8(ascii: "."), utf8[end - 1] == UInt8(ascii: "0") { end -= 2 }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[0..<end]))
            return true
        }
        if !plain { bytes.append(contentsOf: number(value).utf8) }
    }

    /// Appends the decimal digits of a non-negative integer.
    private static func appendInteger(_ value: Int, to bytes: inout [UInt8]) {
        var digits:
            (
                UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                UInt8, UInt8, UInt8
            ) =
                (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        var rest = value
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                buffer[count] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10
                count += 1
            } while rest > 0
            for index in stride(from: count - 1, through: 0, by: -1) { bytes.append(buffer[index]) }
        }
    }
}
