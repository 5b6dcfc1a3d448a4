import Foundation
import Testing

/// Bad input, tried as a new user would: each gets one message that says what to fix, the
/// right exit code (sysexits), nothing on standard output, and no file written or changed.
@Suite struct BadInputTests {
    /// One mistake: the arguments after `dealsim`, the exit status and all of standard error.
    struct Mistake: Sendable, CustomTestStringConvertible {
        var what: String
        var arguments: [String]
        var status: Int32
        var message: String
        var testDescription: String { what }

        init(_ what: String, _ arguments: [String], _ status: Int32, _ message: String) {
            self.what = what
            self.arguments = arguments
            self.status = status
            self.message = message
        }
    }

    /// The files every case finds in its working folder.
    static func makeFolder() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try folder.write("s.json", Scenarios.supportAgent())
        try folder.write("empty.json", "")
        try folder.write("trailing-comma.json", "{\n  \"name\": \"x\",\n  \"horizonMonths\": 12,\n}\n")
        try folder.write("missing-comma.json", "{\n  \"name\": \"x\"\n  \"horizonMonths\": 12\n}\n")
        try folder.write("misspelt.json", Scenarios.misspelt)
        try folder.write("notes.txt", "not a folder\n")
        try folder.makeFolder("scenarios")
        return folder
    }

    static let runUsage = "See 'dealsim run --help'.\n"
    static let quoteUsage = "See 'dealsim quote --help'.\n"
    static let trialsRange = "must be a whole number from 1 to 10000000\n" + runUsage
    static let seedRange = "must be a whole number from 0 to 18446744073709551615\n" + runUsage
    static let outcomesRule = "must be a whole number of outcomes, like 15000\n" + quoteUsage
    static let amountRule = "must be a decimal number ≥ 0, like 2500.50\n" + quoteUsage

    static let mistakes: [Mistake] = [
        // The scenario file.
        Mistake("missing file", ["run", "missing.json"], 66, "missing.json: cannot read the file: no such file\n"),
        Mistake("folder as scenario", ["run", "scenarios"], 66, "scenarios: cannot read the file: it is a directory\n"),
        Mistake("empty file", ["run", "empty.json"], 65, "empty.json:1:1: invalid JSON: the file is empty\n"),
        Mistake(
            "trailing comma", ["run", "trailing-comma.json"], 65,
            "trailing-comma.json:4:1: invalid JSON: expected a member name in double quotes\n"),
        Mistake(
            "missing comma", ["run", "missing-comma.json"], 65,
            "missing-comma.json:3:3: invalid JSON: expected ',' or '}' after an object member\n"),
        Mistake(
            "misspelt key", ["run", "misspelt.json"], 65,
            "misspelt.json: workload.monthlyGrowht: unknown key; did you mean 'monthlyGrowth'?\n"),
        Mistake(
            "misspelt key, quote", ["quote", "misspelt.json", "--outcomes", "100"], 65,
            "misspelt.json: workload.monthlyGrowht: unknown key; did you mean 'monthlyGrowth'?\n"),
        Mistake(
            "missing file, quote", ["quote", "missing.json", "--outcomes", "100"], 66, "missing.json: cannot read the file: no such file\n"),
        // Where the reports go.
        Mistake(
            "--out under a file", ["run", "s.json", "--out", "notes.txt/out"], 73,
            "dealsim: cannot write reports to 'notes.txt/out': 'notes.txt' is a file, not a folder\n"),
        Mistake(
            "--out deep under a file", ["run", "s.json", "--out", "notes.txt/a/b"], 73,
            "dealsim: cannot write reports to 'notes.txt/a/b': 'notes.txt' is a file, not a folder\n"),
        Mistake(
            "--out is a file", ["run", "s.json", "--out", "notes.txt"], 73,
            "dealsim: cannot write reports to 'notes.txt': it is a file, not a folder\n"),
        Mistake(
            "--out empty", ["run", "s.json", "--out="], 64, "dealsim: --out: found ''; must be the folder for the reports\n" + runUsage),
        // Values of options.
        Mistake("--trials 0", ["run", "s.json", "--trials", "0"], 64, "dealsim: --trials: found '0'; " + trialsRange),
        Mistake("--trials -5", ["run", "s.json", "--trials", "-5"], 64, "dealsim: --trials: found '-5'; " + trialsRange),
        Mistake("--trials abc", ["run", "s.json", "--trials", "abc"], 64, "dealsim: --trials: found 'abc'; " + trialsRange),
        Mistake("--trials=2.5", ["run", "s.json", "--trials=2.5"], 64, "dealsim: --trials: found '2.5'; " + trialsRange),
        Mistake(
            "--threads 0", ["run", "s.json", "--threads", "0"], 64,
            "dealsim: --threads: found '0'; must be a whole number from 1 to 1024\n" + runUsage),
        Mistake(
            "--seed 2^64", ["run", "s.json", "--seed", "18446744073709551616"], 64,
            "dealsim: --seed: found '18446744073709551616'; " + seedRange),
        Mistake("--seed -1", ["run", "s.json", "--seed", "-1"], 64, "dealsim: --seed: found '-1'; " + seedRange),
        Mistake(
            "--format xml", ["quote", "s.json", "--outcomes", "100", "--format", "xml"], 64,
            "dealsim: --format: found 'xml'; must be one of table, csv\n" + quoteUsage),
        Mistake("--outcomes abc", ["quote", "s.json", "--outcomes", "abc"], 64, "dealsim: --outcomes: found 'abc'; " + outcomesRule),
        Mistake("--outcomes -1", ["quote", "s.json", "--outcomes", "-1"], 64, "dealsim: --outcomes: found '-1'; " + outcomesRule),
        Mistake(
            "--outcomes 15000.5", ["quote", "s.json", "--outcomes", "15000.5"], 64,
            "dealsim: --outcomes: found '15000.5'; " + outcomesRule),
        Mistake("--outcomes 0x10", ["quote", "s.json", "--outcomes", "0x10"], 64, "dealsim: --outcomes: found '0x10'; " + outcomesRule),
        Mistake("--outcomes 1e4", ["quote", "s.json", "--outcomes", "1e4"], 64, "dealsim: --outcomes: found '1e4'; " + outcomesRule),
        Mistake("--outcomes +5", ["quote", "s.json", "--outcomes", "+5"], 64, "dealsim: --outcomes: found '+5'; " + outcomesRule),
        Mistake(
            "--outcomes with an empty value", ["quote", "s.json", "--outcomes", "15000,"], 64,
            "dealsim: --outcomes: found ''; " + outcomesRule),
        Mistake(
            "--outcomes with a fraction in a list", ["quote", "s.json", "--outcomes", "15000,4e4"], 64,
            "dealsim: --outcomes: found '4e4'; " + outcomesRule),
        Mistake(
            "--tasks 2.5", ["quote", "s.json", "--outcomes", "1", "--tasks", "2.5"], 64,
            "dealsim: --tasks: found '2.5'; must be a whole number of tasks, like 15000\n" + quoteUsage),
        Mistake(
            "--attempts 0x10", ["quote", "s.json", "--outcomes", "1", "--attempts", "0x10"], 64,
            "dealsim: --attempts: found '0x10'; must be a whole number of attempts, like 15000\n" + quoteUsage),
        Mistake(
            "--revenue 0x10", ["quote", "s.json", "--outcomes", "1", "--revenue", "0x10"], 64,
            "dealsim: --revenue: found '0x10'; " + amountRule),
        Mistake(
            "--revenue inf", ["quote", "s.json", "--outcomes", "1", "--revenue", "inf"], 64,
            "dealsim: --revenue: found 'inf'; " + amountRule),
        Mistake(
            "--savings nan", ["quote", "s.json", "--outcomes", "1", "--savings", "nan"], 64,
            "dealsim: --savings: found 'nan'; " + amountRule),
        Mistake(
            "--savings -1", ["quote", "s.json", "--outcomes", "1", "--savings", "-1"], 64, "dealsim: --savings: found '-1'; " + amountRule),
        Mistake(
            "--revenue 1.2.3", ["quote", "s.json", "--outcomes", "1", "--revenue", "1.2.3"], 64,
            "dealsim: --revenue: found '1.2.3'; " + amountRule),
        Mistake(
            "--tasks of another length", ["quote", "s.json", "--outcomes", "1,2", "--tasks", "1,2,3"], 64,
            "dealsim: --tasks: found 3 values for 2 volumes of --outcomes; must be one value, or one per volume\n" + quoteUsage),
        Mistake(
            "--revenue list for one volume", ["quote", "s.json", "--outcomes", "1", "--revenue", "1,2"], 64,
            "dealsim: --revenue: found 2 values for 1 volume of --outcomes; must be one value, or one per volume\n" + quoteUsage),
        Mistake(
            "--month 0", ["quote", "s.json", "--outcomes", "100", "--month", "0"], 64,
            "dealsim: --month: found '0'; must be a whole number from 1 to 600\n" + quoteUsage),
        Mistake(
            "--month past the horizon", ["quote", "s.json", "--outcomes", "100", "--month", "25"], 64,
            "dealsim: --month: found 25; must be a month of the scenario's horizon, 1…24\n" + quoteUsage),
        // Options and arguments.
        Mistake(
            "unknown flag", ["run", "s.json", "--trails", "5"], 64,
            "dealsim: unknown option '--trails'. Did you mean '--trials'?\n" + runUsage),
        Mistake("unknown flag, no suggestion", ["run", "s.json", "--verbose"], 64, "dealsim: unknown option '--verbose'.\n" + runUsage),
        Mistake(
            "option given twice", ["run", "s.json", "--seed", "1", "--seed", "2"], 64,
            "dealsim: option '--seed' given twice\n" + runUsage),
        Mistake(
            "missing option value", ["run", "s.json", "--trials"], 64,
            "dealsim: option '--trials' needs a value: --trials <N>\n" + runUsage),
        Mistake(
            "missing scenario", ["run"], 64,
            "dealsim: missing scenario file: dealsim run <scenario.json> [--trials <N>] [--seed <S>] [--threads <N>] [--out <dir>] "
                + "[--export-trials] [--precision <X>|<X>%] [--max-trials <N>]\n"
                + runUsage),
        Mistake(
            "two scenarios", ["run", "s.json", "misspelt.json"], 64,
            "dealsim: expected one scenario file, found 2: s.json misspelt.json\n" + runUsage),
        Mistake(
            "quote without --outcomes", ["quote", "s.json"], 64,
            "dealsim: missing --outcomes <N>: the accepted outcomes to quote\n" + quoteUsage),
        Mistake(
            "validate without files", ["validate"], 64,
            "dealsim: missing scenario file: dealsim validate <scenario.json> ...\nSee 'dealsim validate --help'.\n"),
        Mistake(
            "bench with a file", ["bench", "s.json"], 64, "dealsim: unexpected argument 's.json'\nSee 'dealsim bench --help'.\n"),
        Mistake(
            "flag with a value", ["bench", "--samplers=yes"], 64,
            "dealsim: option '--samplers' takes no value\nSee 'dealsim bench --help'.\n"),
        Mistake(
            "flag given twice", ["bench", "--samplers", "--samplers"], 64,
            "dealsim: option '--samplers' given twice\nSee 'dealsim bench --help'.\n"),
        Mistake(
            "--trials with --samplers", ["bench", "--samplers", "--trials", "5"], 64,
            "dealsim: --trials does not apply to --samplers\nSee 'dealsim bench --help'.\n"),
        Mistake(
            "--threads with --samplers", ["bench", "--threads", "1", "--samplers"], 64,
            "dealsim: --threads does not apply to --samplers\nSee 'dealsim bench --help'.\n"),
        // Commands.
        Mistake("misspelt command", ["rnu", "s.json"], 64, "dealsim: unknown command 'rnu'. Did you mean 'run'?\nSee 'dealsim --help'.\n"),
        Mistake(
            "misspelt command 2", ["valdate", "s.json"], 64,
            "dealsim: unknown command 'valdate'. Did you mean 'validate'?\nSee 'dealsim --help'.\n"),
        Mistake("unknown command", ["simulate", "s.json"], 64, "dealsim: unknown command 'simulate'.\nSee 'dealsim --help'.\n"),
        Mistake(
            "scenario without command", ["s.json"], 64,
            "dealsim: unknown command 's.json'. To simulate this scenario: dealsim run s.json\nSee 'dealsim --help'.\n"),
        Mistake(
            "misspelt option", ["--versoin"], 64, "dealsim: unknown option '--versoin'. Did you mean '--version'?\nSee 'dealsim --help'.\n"),
    ]

    @Test(arguments: mistakes)
    func mistake(_ mistake: Mistake) throws {
        let folder = try Self.makeFolder()
        let before = folder.snapshot()
        let result = try DealSimProcess.run(mistake.arguments, in: folder.url)
        #expect(result.status == mistake.status)
        #expect(result.standardError == mistake.message)
        #expect(result.standardOutput == "")
        #expect(folder.snapshot() == before, "no file written, changed or removed")
    }

    /// A folder without write permission; skipped as root, where permission bits do not
    /// stop writes.
    @Test(.enabled(if: getuid() != 0, "root can write anywhere"))
    func readOnlyOut() throws {
        let folder = try Self.makeFolder()
        try folder.makeFolder("locked")
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: folder.path("locked"))
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder.path("locked")) }
        let before = folder.snapshot()
        for (out, message) in [
            ("locked", "dealsim: cannot write reports to 'locked': permission denied\n"),
            ("locked/new", "dealsim: cannot write reports to 'locked/new': permission denied in 'locked'\n"),
        ] {
            let result = try folder.dealsim("run", "s.json", "--out", out)
            #expect(result.status == 73)
            #expect(result.standardError == message)
            #expect(result.standardOutput == "")
        }
        #expect(folder.snapshot() == before)
    }
}
