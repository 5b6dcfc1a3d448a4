import DealSimCLI
import Foundation
import Testing

/// `dealsim --help`, each command's `--help`, `--version`, and `dealsim` alone.
@Suite struct HelpTests {
    static let usage = """
        OVERVIEW: Simulate outcome-based pricing deals for AI products and compare them.

        USAGE: dealsim <command> [<options>]

        COMMANDS:
          run           Simulate a scenario and write comparison reports.
          sweep         Run a scenario over a range of one or two parameters.
          solve         Find the parameter value at which an offer's metric meets a target.
          sensitivity   Rank the uncertain inputs by how much they move each offer's results.
          trace         Print one trial of a run, month by month.
          quote         Print the exact invoice each offer sends for one month's usage.
          validate      Check scenario files and print every error in them.
          bench         Time the engine on the built-in benchmark scenario.

        OPTIONS:
          -h, --help  Show help information.
          --version   Show the version.

        See 'dealsim <command> --help' for a command's options.

        """

    @Test(arguments: ["--help", "-h", "help"])
    func overallHelp(_ flag: String) throws {
        let folder = try TemporaryFolder()
        let result = try folder.dealsim(flag)
        #expect(result.status == 0)
        #expect(result.standardOutput == Self.usage)
        #expect(result.standardError == "")
        #expect(folder.list().isEmpty)
    }

    /// Each command's help: the abstract, the usage line, and every option with its help.
    @Test(arguments: [
        (
            "run", "Simulate a scenario and write comparison reports.",
            "<scenario.json> [--trials <N>] [--seed <S>] [--threads <N>] [--out <dir>] [--export-trials] [--precision <X>|<X>%] [--max-trials <N>]",
            ["--trials <N>", "--seed <S>", "--threads <N>", "--out <dir>", "--export-trials", "--precision <X|X%>", "--max-trials <N>"]
        ),
        (
            "quote", "Print the exact invoice each offer sends for one month's usage.",
            "<scenario.json> --outcomes <N> [--tasks <N>] [--attempts <N>] [--revenue <X>] [--savings <X>] [--month <M>] [--format table|csv]",
            ["--outcomes <N>", "--tasks <N>", "--attempts <N>", "--revenue <X>", "--savings <X>", "--month <M>", "--format <table|csv>"]
        ),
        ("validate", "Check scenario files and print every error in them.", "<scenario.json> ...", []),
        (
            "bench", "Time the engine on the built-in benchmark scenario.",
            "[--trials <N>] [--threads <N>] [--seed <S>] [--samplers | --sweep]",
            ["--trials <N>", "--threads <N>", "--seed <S>", "--samplers", "--sweep"]
        ),
    ])
    func commandHelp(_ command: String, _ abstract: String, _ synopsis: String, _ options: [String]) throws {
        let folder = try TemporaryFolder()
        for flag in ["--help", "-h"] {
            let result = try folder.dealsim(command, flag)
            #expect(result.status == 0)
            #expect(result.standardError == "")
            #expect(result.standardOutput.hasPrefix("OVERVIEW: \(abstract)\n\nUSAGE: dealsim \(command) \(synopsis)\n\n"))
            let lines = result.standardOutput.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            let optionsAt = try #require(lines.firstIndex(of: "OPTIONS:"))
            let listed = lines[(optionsAt + 1)...].prefix { !$0.isEmpty }
            let names = listed.map { $0.trimmingCharacters(in: .whitespaces).components(separatedBy: "  ")[0] }
            #expect(names == options + ["-h, --help"])
            #expect(listed.allSatisfy { $0.hasPrefix("  ") && $0.count > 30 }, "every option has a line of help")
        }
        #expect(folder.list().isEmpty)
    }

    /// `dealsim bench --help` says what `--samplers` times and how.
    @Test func benchHelpDescribesSamplers() throws {
        let folder = try TemporaryFolder()
        let result = try folder.dealsim("bench", "--help")
        #expect(result.status == 0)
        #expect(
            result.standardOutput.hasSuffix(
                """
                With --samplers: times binomial draws with n = 10^12 (p = 0.5 by BTRS, p = 10^-12 by
                inversion) and Poisson draws with mean 10^12 (PTRS), 1,000,000 draws each, and prints
                the nanoseconds per draw (median of 5 repetitions) and the mean of the draws.

                """))
    }

    /// `--help` wins over everything else on the line, even a scenario that does not exist.
    @Test func helpAfterOtherArguments() throws {
        let folder = try TemporaryFolder()
        let result = try folder.dealsim("run", "missing.json", "--trials", "5", "--help")
        #expect(result.status == 0)
        #expect(result.standardOutput.hasPrefix("OVERVIEW: Simulate a scenario and write comparison reports.\n"))
        #expect(result.standardError == "")
        #expect(folder.list().isEmpty)
    }

    @Test func version() throws {
        let folder = try TemporaryFolder()
        let result = try folder.dealsim("--version")
        #expect(result.status == 0)
        #expect(result.standardOutput == "dealsim \(CommandLineTool.version)\n")
        #expect(CommandLineTool.version.split(separator: ".").count == 3)
        #expect(result.standardError == "")
    }

    /// `dealsim` alone prints the usage and what is missing on standard error, exit 64.
    @Test func noArguments() throws {
        let folder = try TemporaryFolder()
        let result = try folder.dealsim()
        #expect(result.status == 64)
        #expect(result.standardOutput == "")
        #expect(result.standardError == Self.usage + "dealsim: missing command\nSee 'dealsim --help'.\n")
        #expect(folder.list().isEmpty)
    }
}
