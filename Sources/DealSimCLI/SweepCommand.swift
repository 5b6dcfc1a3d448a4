import DealSim

/// `dealsim sweep`: runs a scenario at each value of one parameter, or of two on a grid, and
/// writes the curves.
enum SweepCommand: Command {
    static let name = "sweep"
    static let abstract = "Run a scenario over a range of one or two parameters."
    static let synopsis = """
        <scenario.json> --vary <path>=<values> [--vary <path>=<values>] [--trials <N>] [--seed <S>] [--threads <N>] [--out <dir>]
        """
    static let arguments = [("<scenario.json>", "The scenario to sweep.")]
    static let options = [
        Arguments.Option(
            name: "vary", value: "path=values",
            help: "A parameter by its JSON path and its values: FROM:TO:COUNT or v1,v2,… (twice for a grid).", repeatable: true),
        Arguments.Option(name: "trials", value: "N", help: "Trials at each point (default: the scenario's, else 10,000)."),
        Arguments.Option(name: "seed", value: "S", help: "Seed of every point, 0…2^64−1 (default: the scenario's, else a random one)."),
        Arguments.Option(name: "threads", value: "N", help: "Worker threads (default: one per core). Results do not depend on it."),
        Arguments.Option(name: "out", value: "dir", help: "Folder for the reports (default: reports/<scenario name>/sweep)."),
    ]
    static let discussion = """
        A path names a number as error messages do: vendors[0].attemptSuccessRate,
        offers[2].pricing.price, offers[1].pricing[0].monthly, offers[0].terms.monthlyCap; an
        index may be a vendor's id or an offer's name in quotes: offers["Per resolution"].pricing.price.
        FROM:TO:COUNT gives COUNT evenly spaced values (2 to 1,000), both ends included; FROM
        above TO runs downwards. Each value replaces the parameter, a distribution included.

        Every point runs with the same seed and trials (common random numbers), so neighbouring
        points differ by the parameter alone, and each point's numbers equal a 'dealsim run' of
        the scenario edited to that value. A sweep of prices or terms simulates each trial once
        and prices every point on it. Writes sweep.md, sweep.html, charts/*.svg and sweep.csv (columns
        value,offer,metric,mean,se,p5,p50,p95; value1,value2,… for a grid), replacing earlier
        files only once both are complete, and prints each offer's expected profit per point.
        """

    static func run(_ arguments: Arguments, output: Output) throws(CommandError) {
        let path = try scenarioPath(arguments)
        let texts = arguments.strings("vary")
        guard (1...2).contains(texts.count) else {
            throw .usage(
                texts.isEmpty
                    ? "missing --vary <path>=<values>: the parameter to sweep"
                    : "--vary given \(texts.count) times; a sweep takes one or two",
                command: name)
        }
        let axes = try texts.map { text throws(CommandError) in try ParameterOption.axis(text, command: name) }
        if axes.count == 2, axes[0].parameter == axes[1].parameter {
            throw .usage("--vary: the same parameter twice (\(axes[0].parameter)); a grid needs two", command: name)
        }
        if axes.count == 2, axes[0].values.count * axes[1].values.count > ParameterOption.maximumPoints {
            throw .usage(
                "--vary: a grid of \(Format.count(axes[0].values.count)) × \(Format.count(axes[1].values.count)) points; at most 10,000",
                command: name)
        }
        let trialsOption = try arguments.integer("trials", in: 1...10_000_000)
        let seedOption = try arguments.seed("seed")
        let threads = try arguments.integer("threads", in: 1...1_024)
        if arguments.string("out") == "" {
            throw .usage("--out: found ''; must be the folder for the reports", command: name)
        }
        let scenario = try ScenarioFile.load(path)
        if axes.count == 2, let place = ParameterOption.place(of: axes[0].parameter, in: scenario),
            place == ParameterOption.place(of: axes[1].parameter, in: scenario)
        {
            throw .usage(
                "--vary: \(axes[0].parameter) and \(axes[1].parameter) are the same parameter (\(place)); a grid needs two",
                command: name)
        }
        let sweep: Sweep
        do {
            sweep = try Sweep(scenario: scenario, axes: axes)
        } catch {
            throw ParameterOption.refused(error, path: path, command: name)
        }
        let folder = arguments.string("out") ?? "reports/\(scenario.name)/sweep"
        try ReportFiles.check(folder)

        var random = SystemRandomNumberGenerator()
        let seed = seedOption ?? scenario.seed ?? random.next()
        let trials = trialsOption ?? scenario.trials
        let points = sweep.points.count
        let progress = output.standardErrorIsTerminal ? Progress(total: points, unit: "points", output: output) : nil
        var report: (@Sendable (Double) -> Void)?
        if let progress { report = { progress.update(Int(($0 * Double(points)).rounded(.down))) } }
        let results = sweep.run(seed: seed, trials: trials, threads: threads, progress: report)
        progress?.finish()

        let command =
            "dealsim sweep \(path) " + texts.map { "--vary '\($0)'" }.joined(separator: " ") + " --seed \(seed) --trials \(trials)"
        let charts = SweepCharts.charts(sweep, results: results)
        let document = SweepReport.document(sweep, results: results, charts: charts, command: command)
        try ReportFiles.write(
            [
                ("sweep.md", MarkdownWriter.render(document)),
                ("sweep.html", HTMLWriter.render(document)),
                ("sweep.csv", SweepReport.csv(sweep, results: results)),
            ] + charts.map { ("charts/\($0.fileName)", $0.svg) }, to: folder)
        output.standardOutput(table(sweep, results: results, seed: seed, trials: trials))
        output.standardOutput("\nWrote \(folder)/sweep.md, sweep.html, sweep.csv and the charts in \(folder)/charts.\n")
    }

    /// Each offer's expected vendor profit at each point.
    static func table(_ sweep: Sweep, results: [SimulationResult], seed: UInt64, trials: Int) -> String {
        let scenario = sweep.scenario
        let currency = scenario.currency
        var table = TextTable(header: sweep.axes.map { "\($0.parameter)" } + scenario.offers.map(\.name))
        for (point, result) in zip(sweep.points, results) {
            table.rows.append(
                point.values.map(CSVReport.number)
                    + result.offers.map { offer in offer[.vendorProfit].mean.map { Format.money($0, currency: currency) } ?? "–" })
        }
        return """
            \(scenario.title)
            Expected vendor profit over \(Format.count(scenario.horizonMonths, "month")); \(Format.count(trials, "trial")) a point, seed \(seed)

            \(table.rendered)
            """
    }
}
