extension UncertainParameter {
    /// The field's name split into lower-case words: `attemptSuccessRate` → "attempt success
    /// rate", `trainingLag.initialAttemptSuccessRate` → "initial attempt success rate".
    var fieldWords: String { (try? ScenarioParameter(parsing: path))?.words ?? path }

    /// The input in words for a report: the field in words, with its vendor's id when the
    /// scenario has several vendors ("attempt success rate of agent-b"), an offer's buyer
    /// cost with the offer's name ("buyer cost per task of Per resolution"). Names from the
    /// scenario are literal runs.
    /// - Parameter scenario: the scenario the input belongs to.
    func words(in scenario: Scenario) -> ReportText {
        switch draw {
        case .workload: return "\(fieldWords)"
        case .vendor(let index, _):
            guard scenario.vendors.count > 1 else { return "\(fieldWords)" }
            return "\(fieldWords) of \(ReportText.literal(scenario.vendors[index].id))"
        case .buyerCosts(let index, _):
            return "buyer cost \(fieldWords) of \(ReportText.literal(scenario.offers[index].name))"
        }
    }
}
