import Foundation

/// What `dealsim solve` prints: the value found, the bracket it was narrowed to, the metric
/// there with its standard error, the target and the runs it took; or, when the target is
/// not crossed, a sentence with the metric at both ends.
public struct SolveReport: Sendable {
    /// The solve.
    public let solve: Solve
    /// Its outcome.
    public let outcome: Solve.Outcome
    /// Trials of each run.
    public let trials: Int
    /// Seed of every run.
    public let seed: UInt64

    /// A report of `outcome`.
    public init(solve: Solve, outcome: Solve.Outcome, trials: Int, seed: UInt64) {
        self.solve = solve
        self.outcome = outcome
        self.trials = trials
        self.seed = seed
    }

    /// `x` to six significant digits, as a plain number: 0.3100000001 → "0.31".
    static func number(_ x: Double?) -> String {
        guard let x, x.isFinite else { return "" }
        guard x != 0 else { return "0" }
        let scale = pow(10, 5 - floor(log10(abs(x))))
        let rounded = scale.isFinite && scale > 0 ? (x * scale).rounded(.toNearestOrAwayFromZero) / scale : x
        return rounded.decimalText ?? ""
    }

    /// `x` rounded to the precision its standard error allows (two significant digits of
    /// the error): a break-even profit of 3·10⁻¹⁰ with a standard error of 655 reads "0".
    static func number(_ x: Double?, standardError: Double?) -> String {
        guard let x, let standardError, standardError > 0, standardError.isFinite else { return number(x) }
        let step = pow(10, floor(log10(standardError)) - 1)
        return number((x / step).rounded(.toNearestOrAwayFromZero) * step + 0)
    }

    var offerName: String { solve.scenario.offers[solve.offer].name }

    /// The target in words: "0" or "buyer_cost of 'Per conversation'".
    var targetText: String {
        switch solve.target {
        case .value(let value): return Self.number(value)
        case .offer(let other): return "\(solve.metric) of '\(solve.scenario.offers[other].name)'"
        }
    }

    /// The sentence for a target not crossed: "p_loss of 'Per resolution' stays above 0.05
    /// for every price from 0.5 to 3: 0.31 at 0.5, 0.07 at 3."
    var notCrossed: String {
        let (low, high) = (outcome.atLow, outcome.atHigh)
        guard let lowGap = low.gap, let highGap = high.gap else {
            return "\(solve.metric) of '\(offerName)' is undefined at an end of the bracket "
                + "(\(solve.parameter) from \(Self.number(solve.low)) to \(Self.number(solve.high))): no trial has a value.\n"
        }
        let side = lowGap > 0 && highGap > 0 ? "above" : "below"
        var ends = "\(Self.number(low.metric)) at \(Self.number(low.value)), \(Self.number(high.metric)) at \(Self.number(high.value))"
        if case .offer = solve.target {
            ends += " (against \(Self.number(low.target)) and \(Self.number(high.target)))"
        }
        return "\(solve.metric) of '\(offerName)' stays \(side) \(targetText) for every \(solve.parameter.words) from "
            + "\(Self.number(solve.low)) to \(Self.number(solve.high)): \(ends).\n"
    }

    /// The table for people.
    public var table: String {
        let scenario = solve.scenario
        var text = """
            \(scenario.title)
            Solving \(solve.parameter) in \(Self.number(solve.low))…\(Self.number(solve.high)) for \(solve.metric) of '\(offerName)' = \(targetText); \(Format.count(trials, "trial")) a run, seed \(seed)


            """
        guard let solution = outcome.solution else { return text + notCrossed }
        let standardError = solution.standardError.map { " (standard error \(Self.number($0)))" } ?? ""
        let rows = [
            ("value", Self.number(solution.value)),
            ("bracket", "\(Self.number(outcome.bracket.lowerBound)) to \(Self.number(outcome.bracket.upperBound))"),
            ("achieved", "\(solve.metric) = \(Self.number(solution.metric, standardError: solution.standardError))\(standardError)"),
            ("target", Self.number(solution.target) + (targetText == Self.number(solution.target) ? "" : " (\(targetText))")),
            ("runs", String(outcome.runs)),
        ]
        text += rows.map { "\($0.0.padding(toLength: 10, withPad: " ", startingAt: 0))\($0.1)" }.joined(separator: "\n") + "\n"
        return text
    }

    /// `parameter,value,low,high,metric,target,achieved,se,runs` and one row, raw numbers;
    /// `value`, `achieved` and `se` empty when the target is not crossed (and `target` too
    /// when it is another offer's metric, which differs from one end to the other).
    public var csv: String {
        let solution = outcome.solution
        var target = solution?.target
        if target == nil, case .value(let number) = solve.target { target = number }
        return CSVReport.line(["parameter", "value", "low", "high", "metric", "target", "achieved", "se", "runs"])
            + CSVReport.line([
                CSVReport.text(solve.parameter.description), CSVReport.number(solution?.value),
                CSVReport.number(outcome.bracket.lowerBound), CSVReport.number(outcome.bracket.upperBound), solve.metric.name,
                CSVReport.number(target), CSVReport.number(solution?.metric), CSVReport.number(solution?.standardError),
                String(outcome.runs),
            ])
    }
}
