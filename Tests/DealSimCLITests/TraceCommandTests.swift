import Foundation
import Testing

/// `dealsim trace`: one trial, month by month, as a table or CSV, and its bad input.
@Suite struct TraceCommandTests {
    static func makeFolder() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try folder.write("s.json", Scenarios.supportAgent())
        return folder
    }

    @Test func tableShowsDrawsMonthsAndTotals() throws {
        let folder = try Self.makeFolder()
        let result = try folder.dealsim("trace", "s.json", "--trial", "7", "--offer", "Per resolution")
        #expect(result.status == 0)
        #expect(result.standardError == "")
        let text = result.standardOutput
        #expect(text.contains("Trial 7 of the runs with seed 2026, 24 months"))
        #expect(text.contains("workload.humanCostPerTask"))
        #expect(text.contains("Month 1: tasks N = "))
        #expect(text.contains("Month 24: tasks N = "))
        #expect(text.contains("accepted C "))
        #expect(text.contains("  Per resolution  "))
        #expect(!text.contains("Platform + outcome"), "only the offer asked for")
        #expect(folder.list() == ["s.json"], "nothing written")
    }

    /// A one-month scenario is "1 month".
    @Test func oneMonth() throws {
        let folder = try TemporaryFolder()
        try folder.write("one.json", Scenarios.oneOfEach)
        let result = try folder.dealsim("trace", "one.json", "--trial", "0")
        #expect(result.status == 0)
        #expect(result.standardOutput.contains("\nTrial 0 of the runs with seed 1, 1 month\n"))
    }

    /// The CSV's rows: the draws, each month's counts and each offer's lines, then the totals;
    /// the invoice rows of an offer add up to its total revenue.
    @Test func csvRowsAddUp() throws {
        let folder = try Self.makeFolder()
        let result = try folder.dealsim("trace", "s.json", "--trial", "3", "--format", "csv", "--seed", "11")
        #expect(result.status == 0)
        let rows = result.standardOutput.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false) }
        #expect(rows.first == ["month", "subject", "item", "quantity", "unit_price", "amount"])
        let invoices = rows.filter { $0.count == 6 && $0[1] == "Per resolution" && $0[2] == "invoice" }
        #expect(invoices.count == 24)
        let total = try #require(rows.first { $0.first == "total" && $0[1] == "Per resolution" && $0[2] == "vendor revenue" })
        let sum = invoices.reduce(0.0) { $0 + Double($1[5])! }
        #expect(abs(sum - Double(total[5])!) <= 1e-6 * abs(sum))
    }

    @Test(arguments: [
        (["--trial", "200"], "dealsim: --trial: found 200; must be from 0 to 199, the scenario's 200 trials\n"),
        (["--trial", "-1"], "dealsim: --trial: found '-1'; must be a whole number from 0 to 9999999\n"),
        ([], "dealsim: missing --trial <K>: the trial to trace, from 0\n"),
        (
            ["--trial", "1", "--offer", "Per resolutoin"],
            "dealsim: --offer: found 'Per resolutoin'; no such offer; did you mean 'Per resolution'?\n"
        ),
    ])
    func badInput(_ extra: [String], message: String) throws {
        let folder = try Self.makeFolder()
        let result = try DealSimProcess.run(["trace", "s.json"] + extra, in: folder.url)
        #expect(result.status == 64)
        #expect(result.standardOutput == "")
        #expect(result.standardError == message + "See 'dealsim trace --help'.\n")
    }

    @Test func aScenarioWithoutSeedNeedsOne() throws {
        let folder = try TemporaryFolder()
        try folder.write("s.json", Scenarios.supportAgent(seed: nil))
        let result = try folder.dealsim("trace", "s.json", "--trial", "0")
        #expect(result.status == 64)
        #expect(result.standardError.hasPrefix("dealsim: the scenario has no seed: give the run's seed with --seed <S>\n"))
        #expect(try folder.dealsim("trace", "s.json", "--trial", "0", "--seed", "5").status == 0)
    }
}
