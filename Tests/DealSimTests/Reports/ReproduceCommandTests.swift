import Testing

@testable import DealSim

@Suite struct ReproduceCommandTests {
    @Test(arguments: [
        ("scenarios/support-agent.json", "scenarios/support-agent.json"),
        ("s.json", "s.json"),
        ("my scenarios/deal.json", "'my scenarios/deal.json'"),
        ("it's.json", "'it'\\''s.json'"),
    ])
    func pathsAreShellWords(path: String, word: String) {
        #expect(RunReport.Page.shellQuoted(path) == word)
    }
}
