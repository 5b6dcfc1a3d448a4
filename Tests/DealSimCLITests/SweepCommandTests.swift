import Foundation
import Testing

/// `dealsim sweep`: the files it writes and where, the table it prints, points equal to runs
/// of the edited scenario, the same bytes for any number of threads; and the progress both
/// analyses show on a terminal.
@Suite struct SweepCommandTests {
    static let price = #"offers["Per resolution"].pricing.price"#
    static let metrics = RunCommandTests.summaryMetrics

    static func makeFolder() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try folder.write("s.json", Scenarios.supportAgent())
        return folder
    }

    /// The rows of a sweep.csv or summary.csv whose cells hold no comma.
    static func rows(_ csv: String) -> [[String]] { RunCommandTests.rows(csv) }

    /// Without --out the files go to reports/<scenario name>/sweep; the table on standard
    /// output is each offer's expected profit at each point, as sweep.csv has it.
    @Test func defaultFolderAndTable() throws {
        let folder = try TemporaryFolder()
        try folder.write("scenarios/s.json", Scenarios.supportAgent())
        let result = try folder.dealsim("sweep", "scenarios/s.json", "--vary", "\(Self.price)=0.5:1.5:3", "--trials", "200", "--seed", "7")
        #expect(result.status == 0)
        #expect(result.standardError == "", "no progress when standard error is not a terminal")
        #expect(folder.list() == ["reports", "scenarios"])
        #expect(folder.list("reports/support-agent") == ["sweep"])
        #expect(folder.list("reports/support-agent/sweep") == ["charts", "sweep.csv", "sweep.html", "sweep.md"])
        #expect(folder.list("reports/support-agent/sweep/charts") == ["buyer-cost.svg", "profit.svg"])

        let csv = Self.rows(try #require(folder.read("reports/support-agent/sweep/sweep.csv")))
        #expect(csv.first == ["value", "offer", "metric", "mean", "se", "p5", "p50", "p95"])
        #expect(csv.count == 1 + 3 * 2 * Self.metrics.count)
        #expect(csv.dropFirst().map { $0[2] } == Array(repeatElement(Self.metrics, count: 6).joined()))
        func profit(_ value: String, _ offer: String) -> Double? {
            csv.first { $0[0] == value && $0[1] == offer && $0[2] == "vendor_profit" }.flatMap { Double($0[3]) }
        }

        let lines = result.standardOutput.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.count == 10)
        guard lines.count == 10 else { return }
        #expect(lines[0] == "AI support agent: per-resolution pricing against hybrids")
        #expect(lines[1] == "Expected vendor profit over 24 months; 200 trials a point, seed 7")
        #expect(lines[2] == "")
        #expect(
            lines[3].components(separatedBy: "  ").filter { !$0.isEmpty }.map { $0.trimmingCharacters(in: .whitespaces) }
                == [Self.price, "Per resolution", "Platform + outcome"])
        for (line, value) in zip(lines[4...6], ["0.5", "1", "1.5"]) {
            let cells = line.split(separator: " ").map(String.init)
            #expect(cells.count == 3)
            #expect(cells.first == value)
            #expect(cells.dropFirst().first == profit(value, "Per resolution").map(RunCommandTests.dollars))
            #expect(cells.last == profit(value, "Platform + outcome").map(RunCommandTests.dollars))
        }
        #expect(lines[7] == "")
        #expect(
            lines[8]
                == "Wrote reports/support-agent/sweep/sweep.md, sweep.html, sweep.csv and the charts in reports/support-agent/sweep/charts."
        )
        #expect(lines[9] == "")

        let markdown = try #require(folder.read("reports/support-agent/sweep/sweep.md"))
        #expect(
            markdown.hasPrefix(
                "# Sweep: AI support agent: per-resolution pricing against hybrids\n\n200 trials a point over 24 months, seed 7"))
        #expect(markdown.contains("## Per resolution\n\n| Price | Expected profit |"))
        #expect(markdown.contains("## Platform + outcome\n\n| Price | Expected profit |"))
    }

    /// A point of the sweep equals a `dealsim run` of the scenario edited to its value, row
    /// for row of summary.csv: for a price (priced on shared worlds) and for a success rate.
    @Test(arguments: [
        (
            "\(price)=0.5,1.5", "1.5", #""pricing": {"model": "perOutcome", "price": 0.99}"#,
            #""pricing": {"model": "perOutcome", "price": 1.5}"#
        ),
        (
            #"vendors["agent"].attemptSuccessRate=0.6,0.8"#, "0.8", #""attemptSuccessRate": {"beta": [16, 4]}"#,
            #""attemptSuccessRate": 0.8"#
        ),
    ])
    func pointEqualsRunOfEditedScenario(vary: String, value: String, old: String, new: String) throws {
        let folder = try Self.makeFolder()
        let sweep = try folder.dealsim("sweep", "s.json", "--vary", vary, "--trials", "200", "--out", "sweep")
        #expect(sweep.status == 0)
        let scenario = Scenarios.supportAgent()
        #expect(scenario.components(separatedBy: old).count == 2)
        try folder.write("edited.json", scenario.replacingOccurrences(of: old, with: new))
        let run = try folder.dealsim("run", "edited.json", "--trials", "200", "--out", "run")
        #expect(run.status == 0)
        let point = Self.rows(try #require(folder.read("sweep/sweep.csv"))).filter { $0[0] == value }.map { Array($0.dropFirst()) }
        let summary = Self.rows(try #require(folder.read("run/summary.csv"))).dropFirst()
        #expect(point.count == 2 * Self.metrics.count)
        #expect(point == Array(summary), "sweep.csv at \(value) against summary.csv of the edited scenario")
    }

    /// The same sweep with one thread and with two gives the same bytes: a grid of a price
    /// and a success rate, whose points are priced on shared worlds or run one by one.
    @Test func sameBytesForAnyThreads() throws {
        let folder = try Self.makeFolder()
        var outputs: [String] = []
        for threads in ["1", "2"] {
            let result = try folder.dealsim(
                "sweep", "s.json", "--vary", "offers[0].pricing.price=0.5,1", "--vary", "vendors[0].attemptSuccessRate=0.7,0.9",
                "--trials", "200", "--threads", threads, "--out", "out\(threads)")
            #expect(result.status == 0)
            #expect(result.standardError == "")
            outputs.append(result.standardOutput.replacingOccurrences(of: "out\(threads)/", with: "out/"))
        }
        #expect(folder.list("out1") == ["charts", "sweep.csv", "sweep.html", "sweep.md"])
        #expect(folder.snapshot("out1") == folder.snapshot("out2"), "every file, the heat maps included, byte for byte")
        #expect(folder.list("out1/charts") == (1...2).map { "profit-\($0).svg" })
        #expect(folder.read("out1/sweep.csv") == folder.read("out2/sweep.csv"))
        #expect(folder.read("out1/sweep.md") == folder.read("out2/sweep.md"))
        #expect(outputs[0] == outputs[1])
        let csv = Self.rows(try #require(folder.read("out1/sweep.csv")))
        #expect(csv.first == ["value1", "value2", "offer", "metric", "mean", "se", "p5", "p50", "p95"])
        #expect(csv.count == 1 + 4 * 2 * Self.metrics.count)
    }

    /// The command sweep.md gives to reproduce the sweep does: the same bytes, with the seed
    /// chosen when neither the scenario nor the command line gave one.
    @Test func reproduceCommandReproduces() throws {
        let folder = try TemporaryFolder()
        try folder.write("s.json", Scenarios.supportAgent(seed: nil))
        let first = try folder.dealsim("sweep", "s.json", "--vary", "\(Self.price)=0.5:1.5:3", "--trials", "200", "--out", "first")
        #expect(first.status == 0)
        let markdown = try #require(folder.read("first/sweep.md"))
        let command = try #require(
            markdown.components(separatedBy: "Reproduce with `").dropFirst().first?.components(separatedBy: "`.").first)
        #expect(command.hasPrefix("dealsim sweep s.json --vary '\(Self.price)=0.5:1.5:3' --seed "))
        #expect(command.hasSuffix(" --trials 200"))
        // The words of the command, single quotes removed as a shell would.
        var words: [String] = [], word = "", quoted = false
        for character in command {
            if character == "'" {
                quoted.toggle()
            } else if character == " ", !quoted {
                words.append(word)
                word = ""
            } else {
                word.append(character)
            }
        }
        words.append(word)
        #expect(words.first == "dealsim")
        let again = try DealSimProcess.run(Array(words.dropFirst()) + ["--out", "again"], in: folder.url)
        #expect(again.status == 0)
        #expect(folder.read("again/sweep.csv") == folder.read("first/sweep.csv"))
        #expect(folder.read("again/sweep.md") == folder.read("first/sweep.md"))
    }

    /// A sweep replaces earlier sweep files, leaves other files alone, and leaves no
    /// temporary file.
    @Test func replacesOldFiles() throws {
        let folder = try Self.makeFolder()
        try folder.write("out/sweep.md", "# The old sweep\n")
        try folder.write("out/sweep.csv", "old\n")
        try folder.write("out/notes.txt", "mine\n")
        let result = try folder.dealsim("sweep", "s.json", "--vary", "\(Self.price)=1,2", "--trials", "200", "--out", "out")
        #expect(result.status == 0)
        #expect(folder.list("out") == ["charts", "notes.txt", "sweep.csv", "sweep.html", "sweep.md"])
        #expect(folder.read("out/notes.txt") == "mine\n")
        #expect(folder.read("out/sweep.md")?.hasPrefix("# Sweep: AI support agent") == true)
        #expect(folder.read("out/sweep.csv")?.hasPrefix("value,offer,metric,") == true)
    }

    /// On a terminal, a sweep shows the points done and the time left, rewritten in place
    /// and cleared at the end.
    @Test func sweepProgressOnATerminal() throws {
        let folder = try Self.makeFolder()
        let streams = try TemporaryFolder()
        let running = try RunningDealSim(
            [
                "sweep", folder.path("s.json"), "--vary", "vendors[0].attemptSuccessRate=0.5:0.9:5", "--trials", "200", "--out",
                folder.path("out"),
            ], output: streams.url.appendingPathComponent("stdout"))
        running.readStandardError()
        #expect(running.wait() == .exited(0))
        let lines = RunCommandTests.progressLines(running.standardError)
        #expect(!lines.isEmpty)
        #expect(
            lines.allSatisfy { $0.hasPrefix("dealsim: ") && $0.contains(" of 5 points (") && $0.hasSuffix(" s left") },
            "\(running.standardError.debugDescription)")
        #expect(lines.last?.hasPrefix("dealsim: 5 of 5 points (100%), about ") == true)
        #expect(running.standardError.hasSuffix("\r\u{1B}[K"), "cleared at the end")
        #expect(streams.read("stdout")?.contains("Wrote ") == true)
    }

    /// On a terminal, a solve shows the runs done, one more each time, with the time a run
    /// takes, cleared at the end.
    @Test func solveProgressOnATerminal() throws {
        let folder = try Self.makeFolder()
        let streams = try TemporaryFolder()
        let running = try RunningDealSim(
            [
                "solve", folder.path("s.json"), "--vary", "offers[0].pricing.price=0.1:2", "--offer", "Per resolution", "--target",
                "p_loss=0.05", "--trials", "200", "--format", "csv",
            ], output: streams.url.appendingPathComponent("stdout"))
        running.readStandardError()
        #expect(running.wait() == .exited(0))
        let row = try #require(streams.read("stdout")?.split(separator: "\n").last)
        let runs = try #require(Int(row.split(separator: ",").last ?? ""))
        let lines = RunCommandTests.progressLines(running.standardError)
        #expect(lines.count == runs)
        for (line, run) in zip(lines, 1...runs) {
            #expect(line.hasPrefix("dealsim: \(run) run\(run == 1 ? "" : "s") done, ") && line.hasSuffix(" s a run"), "\(line)")
        }
        #expect(running.standardError.hasSuffix("\r\u{1B}[K"), "cleared at the end")
    }
}
