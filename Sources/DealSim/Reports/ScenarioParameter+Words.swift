extension ScenarioParameter {
    /// The last key of the path: `attemptSuccessRate` for `vendors[0].attemptSuccessRate`.
    var lastKey: String {
        for component in components.reversed() {
            if case .key(let key) = component { return key }
        }
        return description
    }

    /// The keys of rates and shares, written as percentages.
    static let rateKeys: Set<String> = [
        "attemptSuccessRate", "initialAttemptSuccessRate", "reopenRate", "disputeRate", "disputeUpheldRate",
        "monthlyGrowth", "volumeVolatility", "markup", "monthlyChurn", "costPerAttemptTrend", "failureRateTrend",
    ]
    /// The keys of plain numbers: counts, months, a revenue share's percent.
    static let countKeys: Set<String> = [
        "tasksPerMonth", "horizonMonths", "trials", "seed", "maxAttempts", "months", "freeMonths", "seats",
        "includedOutcomes", "target", "upTo", "percent", "unitsPerPackage", "freeUnits", "creditsPerMonth", "initialCredits",
        "creditsPerOutcome", "creditsPerTask", "creditsPerAttempt", "rollover", "topUpCredits", "periodMonths",
        "paymentTermsDays", "minimumTermMonths", "seasonality",
    ]

    /// What the parameter measures, from its key: a rate or share (written as a percentage),
    /// a plain number (counts, months, a revenue share's percent), or else an amount of money.
    var kind: QuantityKind {
        if Self.rateKeys.contains(lastKey) { return .rate }
        return Self.countKeys.contains(lastKey) ? .count : .money
    }

    /// The parameter in words: its last key split into lower-case words, "attempt success
    /// rate", "monthly cap", "price".
    var words: String {
        var words: [String] = []
        var word = ""
        for character in lastKey {
            if character.isUppercase, !word.isEmpty {
                words.append(word)
                word = ""
            }
            word.append(Character(character.lowercased()))
        }
        if !word.isEmpty { words.append(word) }
        return words.joined(separator: " ")
    }

    /// A value of the parameter as a person reads it: "45%", "$1.20", "12,000"; a
    /// revenue share's `percent` as "12.5%".
    func value(_ x: Double, currency: String) -> String {
        if lastKey == "percent" { return ReportWords.plainPercent(x) }
        return ReportWords.exact(x, kind, currency: currency)
    }
}
