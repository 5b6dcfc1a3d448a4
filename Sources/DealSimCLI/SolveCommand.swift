import DealSim
import Foundation

/// `dealsim solve`: the value of one parameter at which an offer's metric meets a target.
enum SolveCommand: Command {
    static let name = "solve"
    static let abstract = "Find the parameter value at which an offer's metric meets a target."
    static let synopsis = """
        <scenario.json> --vary <path>=<lo>:<hi> --offer <name> --target <metric>=<value> [--trials <N>] [--seed <S>] [--threads <N>] [--format table|csv]
        """
    static let arguments = [("<scenario.json>", "The scenario.")]
    static let options = [
        Arguments.Option(name: "vary", value: "path=lo:hi", help: "The parameter by its JSON path and the bracket to search (required)."),
        Arguments.Option(name: "offer", value: "name", help: "The offer whose metric is solved for (required)."),
        Arguments.Option(
            name: "target", value: "metric=value",
            help: "A summary.csv metric and a number, or offer:<name> for that offer's same metric (required)."),
        Arguments.Option(name: "trials", value: "N", help: "Trials of each run (default: the scenario's, else 10,000)."),
        Arguments.Option(name: "seed", value: "S", help: "Seed of every run, 0…2^64−1 (default: the scenario's, else a random one)."),
        Arguments.Option(name: "threads", value: "N", help: "Worker threads (default: one per core). Results do not depend on it."),
        Arguments.Option(name: "format", value: "table|csv", help: "Output format (default: table)."),
    ]
    static let discussion = """
        Metrics are those of summary.csv (the mean; for p_loss and p_any_loss_month the
        probability): vendor_revenue, vendor_cost, vendor_profit, margin, buyer_cost,
        buyer_net_savings, invoice_per_outcome, compute_per_outcome, max_deficit, p_loss,
        p_any_loss_month. Examples: the break-even price, --target vendor_profit=0; the price
        at which the buyer pays what a rival bid costs, --target buyer_cost=offer:'Per conversation'.

        Every run uses the same seed and trials (common random numbers), so the metric is a
        deterministic function of the parameter. The bracket is narrowed by false position
        (Illinois) safeguarded by bisection until it is narrower than 10^-4 of LO:HI or the
        metric is within its standard error of the target. With --format csv the output is
        the header parameter,value,low,high,metric,target,achieved,se,runs and one row. When
        the target is not crossed within the bracket the command says so, with the metric at
        both ends, and exits 1.
        """

    static func run(_ arguments: Arguments, output: Output) throws(CommandError) {
        let path = try scenarioPath(arguments)
        guard let vary = arguments.string("vary") else {
            throw .usage("missing --vary <path>=<lo>:<hi>: the parameter to solve for", command: name)
        }
        let (parameter, low, high) = try ParameterOption.bracket(vary, command: name)
        guard let offerName = arguments.string("offer") else {
            throw .usage("missing --offer <name>: the offer whose metric to solve for", command: name)
        }
        guard let targetText = arguments.string("target") else {
            throw .usage("missing --target <metric>=<value>, e.g. --target vendor_profit=0", command: name)
        }
        let (metric, targetValue) = try target(targetText)
        let trialsOption = try arguments.integer("trials", in: 1...10_000_000)
        let seedOption = try arguments.seed("seed")
        let threads = try arguments.integer("threads", in: 1...1_024)
        let csv = try arguments.choice("format", among: ["table", "csv"]) == "csv"
        let scenario = try ScenarioFile.load(path)
        try ParameterOption.checkReported(metric, in: scenario, varying: parameter, option: "target", command: name)
        let offer = try ParameterOption.offer(offerName, in: scenario, option: "offer", command: name)
        var solveTarget = Solve.Target.value(0)
        if let number = ParameterOption.number(Substring(targetValue)) {
            solveTarget = .value(number)
        } else if targetValue.hasPrefix("offer:") {
            let other = try ParameterOption.offer(String(targetValue.dropFirst(6)), in: scenario, option: "target", command: name)
            guard other != offer else { throw .usage("--target: an offer cannot be its own target", command: name) }
            solveTarget = .offer(other)
        } else {
            throw .usage("--target \(metric): found '\(targetValue)'; must be a number or offer:<name>", command: name)
        }
        let solve: Solve
        do {
            solve = try Solve(
                scenario: scenario, parameter: parameter, low: low, high: high, offer: offer, metric: metric, target: solveTarget)
        } catch {
            throw ParameterOption.refused(error, path: path, command: name)
        }

        var random = SystemRandomNumberGenerator()
        let seed = seedOption ?? scenario.seed ?? random.next()
        let trials = trialsOption ?? scenario.trials
        let showsProgress = output.standardErrorIsTerminal
        let start = Date()
        let outcome: Solve.Outcome
        do {
            outcome = try solve.run(seed: seed, trials: trials, threads: threads) { runs in
                guard showsProgress else { return }
                // A solve's number of runs is not known in advance: the time a run takes is shown instead.
                let each = Date().timeIntervalSince(start) / Double(runs)
                output.standardError(
                    "\r\u{1B}[Kdealsim: \(runs) run\(runs == 1 ? "" : "s") done, \(String(format: "%.1f", each)) s a run")
            }
        } catch {
            throw ParameterOption.refused(error, path: path, command: name)
        }
        if showsProgress { output.standardError("\r\u{1B}[K") }
        let text = SolveReport(solve: solve, outcome: outcome, trials: trials, seed: seed)
        output.standardOutput(csv ? text.csv : text.table)
        guard outcome.solution != nil else { throw CommandError(message: "", exitCode: .notFound) }
    }

    /// `metric=value`, split at the first `=`, the metric checked.
    static func target(_ text: String) throws(CommandError) -> (SummaryMetric, String) {
        guard let equals = text.firstIndex(of: "="), equals != text.startIndex else {
            throw .usage("--target: found '\(text)'; must be <metric>=<value>, e.g. vendor_profit=0", command: name)
        }
        let metricName = String(text[..<equals])
        guard let metric = SummaryMetric(name: metricName) else {
            let names = SummaryMetric.all.map(\.name)
            let hint =
                Suggestion.closest(to: metricName, in: names).map { "; did you mean '\($0)'?" }
                ?? "; metrics: \(names.joined(separator: ", "))"
            throw .usage("--target: found metric '\(metricName)'\(hint)", command: name)
        }
        return (metric, String(text[text.index(after: equals)...]))
    }
}
