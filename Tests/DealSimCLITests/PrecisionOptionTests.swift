import Foundation
import Testing

/// `dealsim run --precision`: the files of a plain run with the trials it chose, the target
/// and the half-widths said in the report, and its bad input.
@Suite struct PrecisionOptionTests {
    @Test func filesOfAPlainRunWithTheTrialsChosen() throws {
        let folder = try TemporaryFolder()
        try folder.write("s.json", Scenarios.supportAgent())
        let result = try folder.dealsim("run", "s.json", "--precision", "2%", "--trials", "100", "--out", "p")
        #expect(result.status == 0)
        #expect(result.standardError == "")
        let summary = try #require(folder.read("p/summary.md"))
        let sentence = try #require(summary.split(separator: "\n").first { $0.hasPrefix("The trials were chosen") })
        #expect(
            sentence.contains(
                "of at most 2% of the mean on every offer's expected vendor profit and buyer cost: reached after rounds of 100 and "))
        let trialsLine = try #require(summary.split(separator: "\n").first { $0.contains(" trials over 24 months, seed 2026") })
        let trials = try #require(trialsLine.split(separator: " ").first.map { $0.replacingOccurrences(of: ",", with: "") })
        let plain = try folder.dealsim("run", "s.json", "--trials", trials, "--out", "q")
        #expect(plain.status == 0)
        for file in ["summary.csv", "monthly.csv", "charts/profit-distributions.svg"] {
            #expect(folder.read("p/\(file)") == folder.read("q/\(file)"), "\(file)")
        }
    }

    @Test(arguments: [
        (["--precision", "0"], "dealsim: --precision: found '0'; must be an amount above 0 (1000) or a percentage above 0 (0.5%)\n"),
        (["--precision", "-5%"], "dealsim: --precision: found '-5%'; must be an amount above 0 (1000) or a percentage above 0 (0.5%)\n"),
        (["--precision", "abc"], "dealsim: --precision: found 'abc'; must be an amount above 0 (1000) or a percentage above 0 (0.5%)\n"),
        (["--max-trials", "5000"], "dealsim: --max-trials applies to --precision only\n"),
    ])
    func badInput(_ extra: [String], message: String) throws {
        let folder = try TemporaryFolder()
        try folder.write("s.json", Scenarios.supportAgent())
        let result = try DealSimProcess.run(["run", "s.json", "--out", "p"] + extra, in: folder.url)
        #expect(result.status == 64)
        #expect(result.standardError == message + "See 'dealsim run --help'.\n")
        #expect(folder.list() == ["s.json"], "nothing written")
    }
}
