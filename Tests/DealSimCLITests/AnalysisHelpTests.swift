import Foundation
import Testing

/// `dealsim sweep --help` and `dealsim solve --help`: the usage line, every option with a
/// line of help, and what the values mean.
@Suite struct AnalysisHelpTests {
    @Test(arguments: [
        (
            "sweep", "Run a scenario over a range of one or two parameters.",
            "<scenario.json> --vary <path>=<values> [--vary <path>=<values>] [--trials <N>] [--seed <S>] [--threads <N>] [--out <dir>]",
            ["--vary <path=values>", "--trials <N>", "--seed <S>", "--threads <N>", "--out <dir>"],
            ["FROM:TO:COUNT", "offers[\"Per resolution\"].pricing.price", "value,offer,metric,mean,se,p5,p50,p95", "sweep.md"]
        ),
        (
            "solve", "Find the parameter value at which an offer's metric meets a target.",
            "<scenario.json> --vary <path>=<lo>:<hi> --offer <name> --target <metric>=<value> [--trials <N>] [--seed <S>] "
                + "[--threads <N>] [--format table|csv]",
            [
                "--vary <path=lo:hi>", "--offer <name>", "--target <metric=value>", "--trials <N>", "--seed <S>", "--threads <N>",
                "--format <table|csv>",
            ],
            ["p_any_loss_month", "--target vendor_profit=0", "parameter,value,low,high,metric,target,achieved,se,runs", "exits 1"]
        ),
    ])
    func help(_ command: String, _ abstract: String, _ synopsis: String, _ options: [String], _ mentions: [String]) throws {
        let folder = try TemporaryFolder()
        for flag in ["--help", "-h"] {
            let result = try folder.dealsim(command, flag)
            #expect(result.status == 0)
            #expect(result.standardError == "")
            let text = result.standardOutput
            #expect(text.hasPrefix("OVERVIEW: \(abstract)\n\nUSAGE: dealsim \(command) \(synopsis)\n\nARGUMENTS:\n  <scenario.json> "))
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            let optionsAt = try #require(lines.firstIndex(of: "OPTIONS:"))
            let listed = lines[(optionsAt + 1)...].prefix { !$0.isEmpty }
            #expect(listed.map { $0.trimmingCharacters(in: .whitespaces).components(separatedBy: "  ")[0] } == options + ["-h, --help"])
            #expect(listed.allSatisfy { $0.hasPrefix("  ") && $0.count > 30 }, "every option has a line of help")
            let discussion = lines[(optionsAt + 1 + listed.count)...].joined(separator: " ")
            for mention in mentions { #expect(discussion.contains(mention), "\(command) --help mentions \(mention)") }
        }
        #expect(folder.list().isEmpty)
    }

    /// `--help` wins over bad arguments, as for `run`.
    @Test func helpAfterBadArguments() throws {
        let folder = try TemporaryFolder()
        let result = try folder.dealsim("sweep", "missing.json", "--vary", "nonsense", "--help")
        #expect(result.status == 0)
        #expect(result.standardOutput.hasPrefix("OVERVIEW: Run a scenario over a range of one or two parameters.\n"))
        #expect(result.standardError == "")
    }
}
