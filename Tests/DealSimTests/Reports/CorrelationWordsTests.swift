import Testing

@testable import DealSim

/// The assumptions of a report list the correlations in words; a report without them has no
/// such section.
@Suite struct CorrelationWordsTests {
    @Test func correlationsInTheAssumptions() {
        let scenario = CopulaTests.scenario(
            [("vendors[0].attemptSuccessRate", .beta(alpha: 16, beta: 4)), ("vendors[0].costPerAttempt", .ci90(low: 0.02, high: 0.2))],
            correlations: [RankCorrelation(first: "vendors[0].attemptSuccessRate", second: "vendors[0].costPerAttempt", rank: -0.6)])
        let result = Simulation(scenario: scenario, seed: 1, trials: 200).run()
        let markdown = MarkdownWriter.render(RunReport.document(result))
        #expect(markdown.contains("### Correlations\n"))
        #expect(markdown.contains("- Attempt success rate and cost per attempt: rank correlation −0.6\n"))
        let alone = CopulaTests.scenario([("vendors[0].attemptSuccessRate", .beta(alpha: 16, beta: 4))], correlations: [])
        #expect(
            !MarkdownWriter.render(RunReport.document(Simulation(scenario: alone, seed: 1, trials: 200).run())).contains("Correlations"))
    }

    @Test(arguments: [(-0.6, "−0.6"), (0.35, "+0.35"), (0, "0"), (0.0001, "+0.0001"), (0.12345, "+0.123"), (-0.99, "−0.99")])
    func signed(_ x: Double, _ text: String) {
        #expect(ReportWords.signed(x) == text)
    }
}
