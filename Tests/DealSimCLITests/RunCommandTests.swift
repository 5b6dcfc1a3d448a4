import Foundation
import Testing

/// `dealsim run`: the files it writes, what it prints, and that runs can be repeated.
@Suite struct RunCommandTests {
    /// What a run writes into its folder: the five reports and the charts folder.
    static let reportEntries = ["charts", "drivers.csv", "monthly.csv", "summary.csv", "summary.html", "summary.md"]
    /// Every file and folder a run writes, by its path in the report folder.
    static let reportFiles = [
        "charts", "charts/buyer-cost.svg", "charts/cash-curve.svg", "charts/monthly-bill.svg", "charts/profit-distributions.svg",
        "drivers.csv", "monthly.csv", "summary.csv", "summary.html", "summary.md",
    ]
    static let summaryMetrics = [
        "vendor_revenue", "vendor_cost", "vendor_profit", "margin", "buyer_cost", "buyer_net_savings",
        "invoice_per_outcome", "compute_per_outcome", "max_deficit", "max_cash_deficit", "accepted_outcomes", "human_tasks",
        "p_loss", "p_any_loss_month",
    ]

    /// The rows of a CSV file without quoted commas, each split into cells.
    static func rows(_ csv: String) -> [[String]] {
        csv.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
    }

    /// A whole number of dollars as the comparison table shows it: `$1,234,567`, `-$8`.
    static func dollars(_ amount: Double) -> String {
        let digits = String(Int(abs(amount).rounded()))
        var grouped = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { grouped += "," }
            grouped.append(digit)
        }
        return (amount < 0 ? "-$" : "$") + grouped
    }

    /// The files of a report folder by name.
    static func report(_ folder: TemporaryFolder, _ name: String) -> [String: String] {
        folder.snapshot(name).mapValues { $0.map { String(decoding: $0, as: UTF8.self) } ?? "" }
    }

    @Test func goodRun() throws {
        let folder = try TemporaryFolder()
        try folder.write("s.json", Scenarios.supportAgent())
        let result = try folder.dealsim("run", "s.json", "--trials", "200", "--seed", "7", "--out", "out")
        #expect(result.status == 0)
        #expect(result.standardError == "", "no progress when standard error is not a terminal")
        #expect(folder.list() == ["out", "s.json"])
        #expect(folder.list("out") == Self.reportEntries, "the five reports, the charts and no temporary files")
        #expect(folder.snapshot("out").keys.sorted() == Self.reportFiles, "four charts and no temporary files")

        // summary.csv: the header of the Statistics article and every metric of every offer, in order.
        let summary = Self.rows(try #require(folder.read("out/summary.csv")))
        #expect(summary.first == ["offer", "metric", "mean", "se", "p5", "p50", "p95"])
        let offers = ["Per resolution", "Platform + outcome"]
        #expect(summary.dropFirst().map { [$0[0], $0[1]] } == offers.flatMap { offer in Self.summaryMetrics.map { [offer, $0] } })
        #expect(summary.allSatisfy { $0.count == 7 })
        for row in summary.dropFirst() where row[1].hasPrefix("p_") {
            #expect(Double(row[2]) != nil && row[3...] == ["", "", "", ""], "a probability has only a mean: \(row)")
        }

        // monthly.csv: 24 months of three metrics for each offer.
        let monthly = Self.rows(try #require(folder.read("out/monthly.csv")))
        #expect(monthly.first == ["offer", "month", "metric", "mean", "p5", "p50", "p95"])
        #expect(monthly.count == 1 + 2 * 24 * 3)
        #expect(Set(monthly.dropFirst().map { $0[2] }) == ["invoice", "vendor_profit", "buyer_cost"])
        #expect(monthly.dropFirst().allSatisfy { $0.count == 7 && (1...24).contains(Int($0[1]) ?? 0) })

        // drivers.csv: each uncertain input of the scenario for each offer and metric, the shares of each block summing to 1.
        let drivers = Self.rows(try #require(folder.read("out/drivers.csv")))
        #expect(drivers.first == ["input", "offer", "metric", "spearman", "variance_share"])
        let inputs = ["workload.humanCostPerTask", "vendors[0].attemptSuccessRate", "vendors[0].costPerAttempt"]
        #expect(
            drivers.dropFirst().map { [$0[0], $0[1], $0[2]] }
                == offers.flatMap { offer in ["vendor_profit", "buyer_cost"].flatMap { metric in inputs.map { [$0, offer, metric] } } })
        for block in 0..<4 {
            let shares = drivers.dropFirst(1 + 3 * block).prefix(3).compactMap { Double($0[4]) }
            #expect(shares.count == 3 && abs(shares.reduce(0, +) - 1) < 1e-12)
        }

        // summary.md: title, trials and seed.
        let markdown = try #require(folder.read("out/summary.md"))
        #expect(markdown.hasPrefix("# AI support agent: per-resolution pricing against hybrids\n"))
        #expect(markdown.contains("200 trials over 24 months, seed 7, amounts in USD."))
        #expect(markdown.contains("\n## What drives the results\n"))
        #expect(markdown.contains("- **Per resolution**: higher "))

        // summary.html: the same report as one page.
        let html = try #require(folder.read("out/summary.html"))
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n"))
        #expect(html.contains("<h1>AI support agent: per-resolution pricing against hybrids</h1>"))
        #expect(html.contains("200 trials over 24 months, seed 7, amounts in USD."))

        // Standard output: title, seed, the comparison table (agreeing with summary.csv) and where the files went.
        let lines = result.standardOutput.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.count == 9)
        guard lines.count == 9 else { return }
        #expect(lines[0] == "AI support agent: per-resolution pricing against hybrids")
        #expect(lines[1] == "200 trials, seed 7, 24 months; means over the horizon")
        #expect(lines[2] == "")
        #expect(
            lines[3].split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
                == "offer vendor profit margin P(loss) buyer cost net savings monthly bill P95")
        for (line, offer) in zip(lines[4...5], offers) {
            #expect(line.hasPrefix(offer + " "))
            let cells = line.dropFirst(offer.count).split(separator: " ").map(String.init)
            #expect(cells.count == 6)
            func mean(_ metric: String) -> Double? {
                summary.first { $0[0] == offer && $0[1] == metric }.flatMap { Double($0[2]) }
            }
            #expect(cells.first == mean("vendor_profit").map(Self.dollars))
            #expect(cells.dropFirst(3).first == mean("buyer_cost").map(Self.dollars))
            #expect(cells.dropFirst(4).first == mean("buyer_net_savings").map(Self.dollars))
            let billP95 = monthly.filter { $0[0] == offer && $0[2] == "invoice" }.compactMap { Double($0[6]) }.max()
            #expect(cells.last == billP95.map(Self.dollars), "the highest monthly P95 of the invoice in monthly.csv")
        }
        #expect(lines[6] == "")
        #expect(lines[7] == "Wrote out/summary.md, summary.html, summary.csv, monthly.csv, drivers.csv and 4 charts in out/charts.")
        #expect(lines[8] == "")
    }

    /// `--export-trials` adds trials.csv: a row per trial and offer, the trial, the offer,
    /// each uncertain input's draw and the per-trial metrics, whose mean is summary.csv's.
    @Test func exportTrials() throws {
        let folder = try TemporaryFolder()
        try folder.write("s.json", Scenarios.supportAgent())
        let result = try folder.dealsim("run", "s.json", "--trials", "200", "--seed", "7", "--out", "out", "--export-trials")
        #expect(result.status == 0)
        #expect(
            result.standardOutput.hasSuffix(
                "\nWrote out/summary.md, summary.html, summary.csv, monthly.csv, drivers.csv, trials.csv and 4 charts in out/charts.\n"))
        #expect(folder.list("out") == ["charts", "drivers.csv", "monthly.csv", "summary.csv", "summary.html", "summary.md", "trials.csv"])
        let trials = Self.rows(try #require(folder.read("out/trials.csv")))
        let metrics = Array(Self.summaryMetrics.prefix(12))
        #expect(
            trials.first
                == ["trial", "offer", "workload.humanCostPerTask", "vendors[0].attemptSuccessRate", "vendors[0].costPerAttempt"]
                + metrics)
        let offers = ["Per resolution", "Platform + outcome"]
        #expect(trials.dropFirst().map { [$0[0], $0[1]] } == (0..<200).flatMap { trial in offers.map { [String(trial), $0] } })
        #expect(trials.allSatisfy { $0.count == 17 })
        // The mean of each column is summary.csv's mean, to rounding.
        let summary = Self.rows(try #require(folder.read("out/summary.csv")))
        for (offset, offer) in offers.enumerated() {
            let rows = trials.dropFirst().enumerated().filter { $0.offset % 2 == offset }.map(\.element)
            for (column, metric) in metrics.enumerated() {
                let values = rows.compactMap { Double($0[5 + column]) }
                let expected = try #require(summary.first { $0[0] == offer && $0[1] == metric }.flatMap { Double($0[2]) })
                let mean = values.reduce(0, +) / Double(values.count)
                #expect(abs(mean - expected) <= 1e-9 * max(1, abs(expected)), "\(offer) \(metric)")
            }
        }

        // Without the flag, no trials.csv, and the other files are the same bytes.
        let plain = try folder.dealsim("run", "s.json", "--trials", "200", "--seed", "7", "--out", "plain")
        #expect(plain.status == 0)
        var exported = Self.report(folder, "out")
        exported["trials.csv"] = nil
        let same = Self.report(folder, "plain") == exported
        #expect(same)
    }

    /// The same scenario, seed and trials give the same bytes: twice in a row, with one
    /// thread or two, and with the seed given in the scenario or on the command line.
    @Test func repeatable() throws {
        let folder = try TemporaryFolder()
        try folder.write("s.json", Scenarios.supportAgent(seed: 7))
        let runs = [
            ["run", "s.json", "--trials", "200", "--seed", "7", "--out", "a"],
            ["run", "s.json", "--trials", "200", "--seed", "7", "--out", "b"],
            ["run", "s.json", "--trials", "200", "--seed", "7", "--out", "one", "--threads", "1"],
            ["run", "s.json", "--trials", "200", "--seed", "7", "--out", "two", "--threads", "2"],
            ["run", "s.json", "--out", "from-scenario"],
        ]
        var outputs: [String] = []
        for arguments in runs {
            let result = try DealSimProcess.run(arguments, in: folder.url)
            #expect(result.status == 0)
            #expect(result.standardError == "")
            outputs.append(result.standardOutput.components(separatedBy: "\nWrote ")[0])
        }
        let first = Self.report(folder, "a")
        #expect(first.keys.sorted() == Self.reportFiles)
        for out in ["b", "one", "two", "from-scenario"] {
            let same = Self.report(folder, out) == first
            #expect(same, "\(out) differs from a")
        }
        #expect(Set(outputs).count == 1, "the same table every time")
    }

    /// Without --out the reports go to reports/<scenario name>/ in the working folder.
    @Test func defaultFolder() throws {
        let folder = try TemporaryFolder()
        try folder.write("scenarios/s.json", Scenarios.supportAgent())
        let result = try folder.dealsim("run", "scenarios/s.json", "--trials", "200")
        #expect(result.status == 0)
        #expect(result.standardError == "")
        #expect(result.standardOutput.contains("200 trials, seed 2026, 24 months"))
        #expect(
            result.standardOutput.hasSuffix(
                "\nWrote reports/support-agent/summary.md, summary.html, summary.csv, monthly.csv, drivers.csv and 4 charts in "
                    + "reports/support-agent/charts.\n"
            ))
        #expect(folder.list() == ["reports", "scenarios"])
        #expect(folder.list("reports") == ["support-agent"])
        #expect(folder.list("reports/support-agent") == Self.reportEntries)
        #expect(folder.list("scenarios") == ["s.json"])
    }

    /// Without a human cost per task there is no all-human baseline: the table has no net
    /// savings column (each would be the buyer cost negated) and says why under it, while
    /// summary.csv keeps its buyer_net_savings rows. One trial of one month is counted in the
    /// singular.
    @Test func noHumanBaseline() throws {
        let folder = try TemporaryFolder()
        try folder.write("one.json", Scenarios.oneOfEach)
        let result = try folder.dealsim("run", "one.json", "--out", "out")
        #expect(result.status == 0)
        let lines = result.standardOutput.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.count == 9)
        guard lines.count == 9 else { return }
        #expect(lines[0] == "one-of-each")
        #expect(lines[1] == "1 trial, seed 1, 1 month; means over the horizon")
        #expect(
            lines[3].split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
                == "offer vendor profit margin P(loss) buyer cost monthly bill P95")
        #expect(lines[4].hasPrefix("Per outcome "))
        #expect(lines[5] == "No net savings against all-human work: no human baseline (humanCostPerTask is 0).")
        #expect(lines[6] == "")
        #expect(lines[7] == "Wrote out/summary.md, summary.html, summary.csv, monthly.csv, drivers.csv and 4 charts in out/charts.")
        let summary = Self.rows(try #require(folder.read("out/summary.csv")))
        let buyerCost = try #require(summary.first { $0[1] == "buyer_cost" }.flatMap { Double($0[2]) })
        let netSavings = try #require(summary.first { $0[1] == "buyer_net_savings" }.flatMap { Double($0[2]) })
        #expect(netSavings == -buyerCost, "summary.csv keeps the number")
    }

    /// Without a seed anywhere, one is chosen, printed and written into summary.md, and
    /// giving it back reproduces the files byte for byte.
    @Test func chosenSeed() throws {
        let folder = try TemporaryFolder()
        try folder.write("s.json", Scenarios.supportAgent(seed: nil))
        let first = try folder.dealsim("run", "s.json", "--trials", "200", "--out", "first")
        #expect(first.status == 0)
        #expect(first.standardError == "")
        let line = try #require(first.standardOutput.split(separator: "\n").dropFirst().first)
        let prefix = "200 trials, seed ", suffix = ", 24 months; means over the horizon"
        #expect(line.hasPrefix(prefix) && line.hasSuffix(suffix))
        let seed = try #require(UInt64(line.dropFirst(prefix.count).dropLast(suffix.count)))
        #expect(try #require(folder.read("first/summary.md")).contains("200 trials over 24 months, seed \(seed), amounts in USD."))

        let again = try folder.dealsim("run", "s.json", "--trials", "200", "--seed", String(seed), "--out", "again")
        #expect(again.status == 0)
        let same = Self.report(folder, "again") == Self.report(folder, "first")
        #expect(same, "the seed printed reproduces the run")
        #expect(Self.report(folder, "first").count == Self.reportFiles.count)

        let other = try folder.dealsim("run", "s.json", "--trials", "200", "--out", "other")
        #expect(other.status == 0)
        #expect(!other.standardOutput.contains("seed \(seed),"), "a new seed for each run without one")
    }

    /// A run that fails leaves the previous report as it was: a bad scenario, a bad option,
    /// a scenario that is missing.
    @Test(arguments: [
        ["run", "bad.json", "--out", "out"],
        ["run", "s.json", "--out", "out", "--trials", "0"],
        ["run", "missing.json", "--out", "out"],
        ["run", "s.json", "--out", "out", "--trails", "5"],
    ])
    func failedRunKeepsReport(_ arguments: [String]) throws {
        let folder = try TemporaryFolder()
        try folder.write("s.json", Scenarios.supportAgent())
        try folder.write("bad.json", Scenarios.misspelt)
        try folder.write("out/summary.md", "# The old report\n")
        try folder.write("out/summary.csv", "offer,metric,mean,se,p5,p50,p95\nold,vendor_profit,1,,,,\n")
        try folder.write("out/monthly.csv", "offer,month,metric,mean,p5,p50,p95\n")
        let before = folder.snapshot()
        let result = try DealSimProcess.run(arguments, in: folder.url)
        #expect([64, 65, 66].contains(result.status))
        #expect(result.standardOutput == "")
        #expect(result.standardError.split(separator: "\n").count <= 2, "one message (and a pointer to --help)")
        #expect(folder.snapshot() == before)
    }

    /// A good run replaces an old report completely and leaves other files in the folder alone.
    @Test func replacesOldReport() throws {
        let folder = try TemporaryFolder()
        try folder.write("s.json", Scenarios.supportAgent())
        try folder.write("out/summary.md", "# The old report\n")
        try folder.write("out/notes.txt", "mine\n")
        let result = try folder.dealsim("run", "s.json", "--out", "out", "--seed", "7")
        #expect(result.status == 0)
        #expect(folder.list("out") == ["charts", "drivers.csv", "monthly.csv", "notes.txt", "summary.csv", "summary.html", "summary.md"])
        #expect(folder.read("out/notes.txt") == "mine\n")
        #expect(folder.read("out/summary.md")?.hasPrefix("# AI support agent") == true)
    }

    /// Arguments for a run that is long by construction: 500,000 trials in 256 batches of
    /// 1,953, on one thread. Its first progress line appears after the first batch, with the
    /// other 255 still to run (a minute in a debug build, seconds in a release build), so the
    /// signal sent on seeing it interrupts the simulation.
    static func longRun(_ scenario: String, out: String) -> [String] {
        ["run", scenario, "--trials", "500000", "--threads", "1", "--out", out]
    }

    /// The progress lines `dealsim` wrote to a terminal, each rewritten in place; anything
    /// else (an error message, the comparison table) is not one.
    static func progressLines(_ standardError: String) -> [String] {
        standardError.components(separatedBy: "\r\u{1B}[K").filter { !$0.isEmpty }
    }

    /// Whether `line` is a progress line of the long run.
    static func isProgress(_ line: String) -> Bool {
        line.hasPrefix("dealsim: ") && line.contains(" of 500,000 trials (") && line.hasSuffix(" s left")
    }

    /// Ctrl-C during a long run, once it is simulating, leaves the previous report byte for
    /// byte and no temporary files; it prints nothing but progress, and ends as Ctrl-C ends a
    /// process (killed by SIGINT, or exit 130).
    @Test func interruptedRunKeepsReport() throws {
        let folder = try TemporaryFolder()
        try folder.write("s.json", Scenarios.supportAgent())
        let first = try folder.dealsim("run", "s.json", "--out", "out", "--seed", "7")
        #expect(first.status == 0)
        let before = folder.snapshot("out")
        #expect(before.keys.sorted() == Self.reportFiles)

        let streams = try TemporaryFolder()
        let running = try RunningDealSim(
            Self.longRun(folder.path("s.json"), out: folder.path("out")), output: streams.url.appendingPathComponent("stdout"))
        let simulating = running.readStandardError(until: " trials (")
        running.send(SIGINT)
        running.readStandardError()
        let ending = running.wait()
        #expect(simulating, "progress shown before the signal: \(running.standardError.debugDescription)")
        #expect(ending == .signaled(SIGINT) || ending == .exited(130))
        #expect(folder.snapshot("out") == before, "the old report, byte for byte, and no temporary files")
        #expect(folder.list() == ["out", "s.json"])
        #expect(streams.read("stdout") == "")
        let lines = Self.progressLines(running.standardError)
        #expect(!lines.isEmpty && lines.allSatisfy(Self.isProgress), "\(running.standardError.debugDescription)")
    }

    /// Ctrl-C during a long run into a folder that does not exist yet leaves no folder behind.
    @Test func interruptedRunCreatesNothing() throws {
        let folder = try TemporaryFolder()
        try folder.write("s.json", Scenarios.supportAgent())
        let streams = try TemporaryFolder()
        let running = try RunningDealSim(
            Self.longRun(folder.path("s.json"), out: folder.path("new/out")), output: streams.url.appendingPathComponent("stdout"))
        let simulating = running.readStandardError(until: " trials (")
        running.send(SIGINT)
        running.readStandardError()
        let ending = running.wait()
        #expect(simulating, "progress shown before the signal: \(running.standardError.debugDescription)")
        #expect(ending == .signaled(SIGINT) || ending == .exited(130))
        #expect(folder.list() == ["s.json"])
        #expect(streams.read("stdout") == "")
        #expect(Self.progressLines(running.standardError).allSatisfy(Self.isProgress), "\(running.standardError.debugDescription)")
    }
}
