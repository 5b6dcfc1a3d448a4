import DealSim

/// `dealsim run`: simulates a scenario and writes its reports.
enum RunCommand: Command {
    static let name = "run"
    static let abstract = "Simulate a scenario and write comparison reports."
    static let synopsis = "<scenario.json> [--trials <N>] [--seed <S>] [--threads <N>] [--out <dir>] [--export-trials]"
    static let arguments = [("<scenario.json>", "The scenario to simulate.")]
    static let options = [
        Arguments.Option(name: "trials", value: "N", help: "Trials to run (default: the scenario's, else 10,000)."),
        Arguments.Option(name: "seed", value: "S", help: "Seed, 0…2^64−1 (default: the scenario's, else a random one)."),
        Arguments.Option(name: "threads", value: "N", help: "Worker threads (default: one per core). Results do not depend on it."),
        Arguments.Option(name: "out", value: "dir", help: "Folder for the reports (default: reports/<scenario name>)."),
        Arguments.Option(name: "export-trials", value: nil, help: "Also write trials.csv: every trial's draws and totals, per offer."),
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

        var random = SystemRandomNumberGenerator()
        let seed = seedOption ?? scenario.seed ?? random.next()
        let trials = trialsOption ?? scenario.trials
        let progress = output.standardErrorIsTerminal ? Progress(total: trials, output: output) : nil
        var report: (@Sendable (Int) -> Void)?
        if let progress { report = { progress.update($0) } }
        let run = Simulation(scenario: scenario, seed: seed, trials: trials)
            .runKeepingTrials(keepingDraws: true, threads: threads, progress: report)
        progress?.finish()
        let result = run.result
        let charts = RunCharts.charts(for: run)
        let drivers = Drivers(run, threads: threads)

        let document = RunReport.document(result, charts: charts, drivers: drivers, scenarioPath: path)
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
                + "and \(charts.count) charts in \(folder)/charts.\n")
    }

    /// The compact comparison printed to standard output.
    static func comparison(_ result: SimulationResult) -> String {
        let currency = result.scenario.currency
        func money(_ value: Double?) -> String { value.map { Format.money($0, currency: currency) } ?? "–" }
        var table = TextTable(header: [
            "offer", "vendor profit", "margin", "P(loss)", "buyer cost", "net savings", "monthly bill P95",
        ])
        for offer in result.offers {
            table.rows.append([
                offer.name, money(offer[.vendorProfit].mean), offer.expectedMargin.map(Format.percent) ?? "–",
                Format.percent(offer.probabilityOfLoss), money(offer[.buyerCost].mean),
                money(offer[.buyerNetSavings].mean), money(offer.highestBillP95?.value),
            ])
        }
        return """
            \(result.scenario.title)
            \(Format.count(Double(result.trials))) trials, seed \(result.seed), \(result.scenario.horizonMonths) months; means over the horizon

            \(table.rendered)
            """
    }
}
