import DealSim

/// `dealsim sensitivity`: which uncertain input moves each offer's results most (a tornado).
enum SensitivityCommand: Command {
    static let name = "sensitivity"
    static let abstract = "Rank the uncertain inputs by how much they move each offer's results."
    static let synopsis = "<scenario.json> [--metric <name>] [--offer <name>] [--trials <N>] [--seed <S>] [--threads <N>] [--out <dir>]"
    static let arguments = [("<scenario.json>", "The scenario.")]
    static let options = [
        Arguments.Option(
            name: "metric", value: "name", help: "A summary.csv metric (default: vendor_profit, and buyer_cost as a second table)."),
        Arguments.Option(name: "offer", value: "name", help: "Report only this offer (default: every offer)."),
        Arguments.Option(name: "trials", value: "N", help: "Trials of each run (default: the scenario's, else 10,000)."),
        Arguments.Option(name: "seed", value: "S", help: "Seed of every run, 0…2^64−1 (default: the scenario's, else a random one)."),
        Arguments.Option(name: "threads", value: "N", help: "Worker threads (default: one per core). Results do not depend on it."),
        Arguments.Option(name: "out", value: "dir", help: "Folder for the reports (default: reports/<scenario name>/sensitivity)."),
    ]
    static let discussion = """
        Each distribution-valued input (workload, vendors, buyer costs) is fixed in turn at its
        10th and then its 90th percentile, everything else unchanged, with the same seed and
        trials; the swing of the metric's mean between the two runs ranks the inputs. One base
        run gives the tornado's centre, so the analysis takes 1 + 2 × inputs runs. Writes
        sensitivity.md, sensitivity.html, sensitivity.csv (columns
        input,offer,metric,low_value,high_value,mean_at_low,mean_at_high,swing) and a tornado
        per offer and metric in charts/, replacing earlier files only once all are complete.
        A scenario without uncertain inputs has nothing to rank: the command says so and writes
        nothing.
        """

    static func run(_ arguments: Arguments, output: Output) throws(CommandError) {
        let path = try scenarioPath(arguments)
        var metrics: [SummaryMetric] = [.horizon(.vendorProfit), .horizon(.buyerCost)]
        if let metricName = arguments.string("metric") {
            guard let metric = SummaryMetric(name: metricName) else {
                let names = SummaryMetric.all.map(\.name)
                let hint =
                    Suggestion.closest(to: metricName, in: names).map { "; did you mean '\($0)'?" }
                    ?? "; metrics: \(names.joined(separator: ", "))"
                throw .usage("--metric: found '\(metricName)'\(hint)", command: name)
            }
            metrics = [metric]
        }
        let trialsOption = try arguments.integer("trials", in: 1...10_000_000)
        let seedOption = try arguments.seed("seed")
        let threads = try arguments.integer("threads", in: 1...1_024)
        if arguments.string("out") == "" {
            throw .usage("--out: found ''; must be the folder for the reports", command: name)
        }
        let scenario = try ScenarioFile.load(path)
        for metric in metrics { try ParameterOption.checkReported(metric, in: scenario, option: "metric", command: name) }
        var shownOffer: Int?
        if let offerName = arguments.string("offer") {
            shownOffer = try ParameterOption.offer(offerName, in: scenario, option: "offer", command: name)
        }
        let analysis = Sensitivity(scenario: scenario, metrics: metrics)
        guard !analysis.inputs.isEmpty else {
            output.standardOutput("\(path): no uncertain input: every parameter is a fixed number, so there is nothing to rank.\n")
            return
        }
        let folder = arguments.string("out") ?? "reports/\(scenario.name)/sensitivity"
        try ReportFiles.check(folder)

        var random = SystemRandomNumberGenerator()
        let seed = seedOption ?? scenario.seed ?? random.next()
        let trials = trialsOption ?? scenario.trials
        let showsProgress = output.standardErrorIsTerminal
        let outcome: Sensitivity.Outcome
        do {
            outcome = try analysis.run(seed: seed, trials: trials, threads: threads) { done, total in
                if showsProgress { output.standardError("\r\u{1B}[Kdealsim: \(done) of \(total) runs") }
            }
        } catch {
            throw ParameterOption.refused(error, path: path, command: name)
        }
        if showsProgress { output.standardError("\r\u{1B}[K") }
        var shown = outcome
        if let shownOffer { shown.swings = outcome.swings.filter { $0.offer == shownOffer } }
        let command =
            "dealsim sensitivity \(path)" + (arguments.string("metric").map { " --metric \($0)" } ?? "")
            + " --seed \(seed) --trials \(trials)"
        let charts = SensitivityReport.charts(analysis, outcome: shown)
        let document = SensitivityReport.document(analysis, outcome: shown, charts: charts, command: command)
        try ReportFiles.write(
            [
                ("sensitivity.md", MarkdownWriter.render(document)),
                ("sensitivity.html", HTMLWriter.render(document)),
                ("sensitivity.csv", SensitivityReport.csv(analysis, outcome: shown)),
            ] + charts.map { ("charts/\($0.fileName)", $0.svg) }, to: folder)
        var table = TextTable(header: ["offer", "metric", "input", "swing"])
        for swing in shown.swings where swing.swing > 0 {
            table.rows.append([
                scenario.offers[swing.offer].name, swing.metric.name, swing.input, Format.money(swing.swing, currency: scenario.currency),
            ])
        }
        output.standardOutput("\(scenario.title)\n\(Format.count(trials, "trial")) a run, seed \(seed)\n\n\(table.rendered)")
        output.standardOutput(
            "\nWrote \(folder)/sensitivity.md, sensitivity.html, sensitivity.csv and \(Format.count(charts.count, "tornado", "tornadoes")) in \(folder)/charts.\n"
        )
    }
}
