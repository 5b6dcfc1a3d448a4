import Foundation
import Testing

/// `dealsim sensitivity`: its files, a scenario with nothing uncertain, and bad input.
@Suite struct SensitivityCommandTests {
    @Test func writesTheReports() throws {
        let folder = try TemporaryFolder()
        try folder.write("s.json", Scenarios.supportAgent())
        let result = try folder.dealsim("sensitivity", "s.json", "--trials", "200", "--out", "out")
        #expect(result.status == 0)
        #expect(result.standardError == "")
        #expect(folder.list("out") == ["charts", "sensitivity.csv", "sensitivity.html", "sensitivity.md"])
        let csv = try #require(folder.read("out/sensitivity.csv"))
        #expect(csv.hasPrefix("input,offer,metric,low_value,high_value,mean_at_low,mean_at_high,swing\n"))
        let again = try folder.dealsim("sensitivity", "s.json", "--trials", "200", "--out", "again", "--threads", "1")
        #expect(again.status == 0)
        #expect(folder.snapshot("out") == folder.snapshot("again"), "the same files for any number of threads")
    }

    @Test func nothingUncertainNothingToRank() throws {
        let folder = try TemporaryFolder()
        try folder.write(
            "s.json",
            #"{"name": "fixed", "horizonMonths": 3, "workload": {"tasksPerMonth": 100}, "vendors": [{"id": "a", "attemptSuccessRate": 0.5}], "offers": [{"name": "p", "pricing": {"model": "perOutcome", "price": 1}}]}"#
        )
        let result = try folder.dealsim("sensitivity", "s.json")
        #expect(result.status == 0)
        #expect(result.standardOutput == "s.json: no uncertain input: every parameter is a fixed number, so there is nothing to rank.\n")
        #expect(folder.list() == ["s.json"])
    }

    @Test(arguments: [
        (["--metric", "vendor_proft"], "dealsim: --metric: found 'vendor_proft'; did you mean 'vendor_profit'?\n"),
        (["--offer", "Per resolutoin"], "dealsim: --offer: found 'Per resolutoin'; no such offer; did you mean 'Per resolution'?\n"),
    ])
    func badInput(_ extra: [String], message: String) throws {
        let folder = try TemporaryFolder()
        try folder.write("s.json", Scenarios.supportAgent())
        let result = try DealSimProcess.run(["sensitivity", "s.json"] + extra, in: folder.url)
        #expect(result.status == 64)
        #expect(result.standardError == message + "See 'dealsim sensitivity --help'.\n")
        #expect(folder.list() == ["s.json"])
    }
}
