import Testing

@testable import DealSim

@Suite struct ScenarioSuggestionTests {
    @Test func suggestsOnlyCloseWords() {
        let keys = ["price", "monthlyCap", "atCap"]
        #expect(Suggestion.closest(to: "montlyCap", in: keys) == "monthlyCap")
        #expect(Suggestion.closest(to: "MonthlyCap", in: keys) == "monthlyCap")
        #expect(Suggestion.closest(to: "prise", in: keys) == "price")
        #expect(Suggestion.closest(to: "cap", in: keys) == nil)
        #expect(Suggestion.closest(to: "x", in: ["id"]) == nil)
        #expect(Suggestion.closest(to: "triangle", in: Distribution.Form.allCases.map(\.rawValue)) == "triangular")
    }

    @Test func editDistanceIsLevenshtein() {
        #expect(Suggestion.editDistance("", "abc") == 3)
        #expect(Suggestion.editDistance("abc", "") == 3)
        #expect(Suggestion.editDistance("kitten", "sitting") == 3)
        #expect(Suggestion.editDistance("same", "same") == 0)
    }
}
