import DealSim

/// `dealsim run`: simulates a scenario and writes its reports.
enum RunCommand: Command {
    static let name = "run"
    static let abstract = "Simulate a scenario and write comparison reports."
    static let synopsis = """
        <scenario.json> [--trials <N>] [--seed <S>] [--threads <N>] [--out <dir>] [--export-trials] [--precision <X>|<X>%] [--max-trials <N>]
        """
    static let arguments = [("<scenario.json>", "The scenario to simulate.")]
    static let options = [
        Arguments.Option(name: "trials", value: "N", help: "Trials to run (default: the scenario's, else 10,000)."),
        Arguments.Option(name: "seed", value: "S", help: "Seed, 0…2^64−1 (default: the scenario's, else a random one)."),
        Arguments.Option(name: "threads", value: "N", help: "Worker threads (default: one per core). Results do not depend on it."),
        Arguments.Option(name: "out", value: "dir", help: "Folder for the reports (default: reports/<scenario name>)."),
        Arguments.Option(name: "export-trials", value: nil, help: "Also write trials.csv: every trial's draws and totals, per offer."),
        Arguments.Option(
            name: "precision", value: "X|X%",
            help: "Run until every offer's expected profit and buyer cost is known to ±X (or X% of it), 95%."),
        Arguments.Option(name: "max-trials", value: "N", help: "The most trials --precision may run (default: 10,000,000)."),
    ]
    static let discussion = """
        Writes summary.md, summary.html, summary.csv, monthly.csv, drivers.csv and the charts
        into the folder, replacing earlier reports only once all are complete, and prints a
        comparison table. summary.html is the report of summary.md as one self-contained page,
        to open from disk, send or print. drivers.csv holds, for each uncertain input, its rank
        correlation with each offer's vendor profit and buyer cost and its share of their
        variance; the reports name the strongest. With --export-trials, trials.csv also holds
        one row per trial and offer: the trial's draw of each uncertain input and its totals.
        The seed is printed and written into both reports: the same scenario, seed and trials
        give the same files byte for byte, whatever the number of threads.

        With --precision, trials run in growing rounds (the first of --trials, default 1,000)
        until the 95% half-width (1.96 standard errors) of every offer's expected vendor profit
        and expected buyer cost is within X (an amount in the scenario's currency, or X% of
        the mean's magnitude), or a round reaches --max-trials; the report says which, with the
        half-widths. The files are those of a plain run with the last round's trials.
        """

    static func run(_ arguments: Arguments, output: Output) throws(CommandError) {
        let path = try scenarioPath(arguments)
        let trialsOption = try arguments.integer("trials", in: 1...10_000_000)
        let seedOption = try arguments.seed("seed")
        let threads = try arguments.integer("threads", in: 1...1_024)
        if arguments.string("out") == "" {
            throw .usage("--out: found ''; must be the folder for the reports", command: name)
        }
        let exportTrials = arguments.has("export-trials")
        let scenario = try ScenarioFile.load(path)
        let folder = arguments.string("out") ?? "reports/\(scenario.name)"
        try ReportFiles.check(folder)

        let precision = try precisionTarget(arguments)
        let maximumTrials = try arguments.integer("max-trials", in: 1...10_000_000)
        if maximumTrials != nil, precision == nil {
            throw .usage("--max-trials applies to --precision only", command: name)
        }

        var random = SystemRandomNumberGenerator()
        let seed = seedOption ?? scenario.seed ?? random.next()
        let run: SimulationRun
        var note: PrecisionNote?
        if let precision {
            let maximum = maximumTrials ?? 10_000_000
            let first = min(trialsOption ?? 1_000, maximum)
            let showsProgress = output.standardErrorIsTerminal
            let outcome = PrecisionRun(scenario: scenario, seed: seed, target: precision, maximumTrials: maximum, firstTrials: first)
                .run(threads: threads) { round, done in
                    if showsProgress {
                        output.standardError("\r\u{1B}[Kdealsim: a round of \(Format.count(round, "trial")): \(Format.count(done)) done")
                    }
                }
            if showsProgress { output.standardError("\r\u{1B}[K") }
            run = outcome.run
            note = PrecisionNote(target: precision, outcome: outcome)
        } else {
            let trials = trialsOption ?? scenario.trials
            let progress = output.standardErrorIsTerminal ? Progress(total: trials, output: output) : nil
            var report: (@Sendable (Int) -> Void)?
            if let progress { report = { progress.update($0) } }
            run = Simulation(scenario: scenario, seed: seed, trials: trials)
                .runKeepingTrials(keepingDraws: true, threads: threads, progress: report)
            progress?.finish()
        }
        let result = run.result
        let charts = RunCharts.charts(for: run)
        let drivers = Drivers(run, threads: threads)

        let document = RunReport.document(result, charts: charts, drivers: drivers, precision: note, scenarioPath: path)
        let trialsFile = exportTrials ? [("trials.csv", CSVReport.trials(run, threads: threads))] : []
        try ReportFiles.write(
            [
                ("summary.md", MarkdownWriter.render(document)),
                ("summary.html", HTMLWriter.render(document)),
                ("summary.csv", CSVReport.summary(result)),
                ("monthly.csv", CSVReport.monthly(result)),
                ("drivers.csv", CSVReport.drivers(drivers)),
            ] + trialsFile + charts.map { ("charts/\($0.fileName)", $0.svg) }, to: folder)
        output.standardOutput(comparison(result))
        output.standardOutput(
            "\nWrote \(folder)/summary.md, summary.html, summary.csv, monthly.csv, drivers.csv\(exportTrials ? ", trials.csv" : "") "
                + "and \(Format.count(charts.count, "chart")) in \(folder)/charts.\n")
    }

    /// The compact comparison printed to standard output. Without a human baseline
    /// (``SimulationResult/hasHumanBaseline``) it has no net savings column, and a line under
    /// the table says why.
    static func comparison(_ result: SimulationResult) -> String {
        let currency = result.scenario.currency
        let savings = result.hasHumanBaseline
        func money(_ value: Double?) -> String { value.map { Format.money($0, currency: currency) } ?? "–" }
        var table = TextTable(
            header: ["offer", "vendor profit", "margin", "P(loss)", "buyer cost"] + (savings ? ["net savings"] : []) + ["monthly bill P95"])
        for offer in result.offers {
            table.rows.append(
                [
                    offer.name, money(offer[.vendorProfit].mean), offer.expectedMargin.map(Format.percent) ?? "–",
                    Format.percent(offer.probabilityOfLoss), money(offer[.buyerCost].mean),
                ] + (savings ? [money(offer[.buyerNetSavings].mean)] : []) + [money(offer.highestBillP95?.value)])
        }
        let note = savings ? "" : "No net savings against all-human work: no human baseline (humanCostPerTask is 0).\n"
        return """
            \(result.scenario.title)
            \(Format.count(result.trials, "trial")), seed \(result.seed), \(Format.count(result.scenario.horizonMonths, "month")); means over the horizon

            \(table.rendered)\(note)
            """
    }

    /// `--precision X` (an amount) or `--precision X%` (a share of the mean), above 0.
    static func precisionTarget(_ arguments: Arguments) throws(CommandError) -> PrecisionRun.Target? {
        guard let text = arguments.string("precision") else { return nil }
        let relative = text.hasSuffix("%")
        let number = Double(relative ? String(text.dropLast()) : text)
        guard let number, number.isFinite, number > 0 else {
            throw .usage(
                "--precision: found '\(text)'; must be an amount above 0 (1000) or a percentage above 0 (0.5%)", command: name)
        }
        return relative ? .fraction(number / 100) : .amount(number)
    }
}
