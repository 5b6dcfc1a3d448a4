import Foundation

// The one place where scenario issues become text.

extension ScenarioIssue: CustomStringConvertible {
    /// The longest found value quoted in a message; longer ones end in `…`.
    static let maximumFoundLength = 60

    /// The message for a file: `support.json: offers[2].pricing.monthlyCap: found -5; must
    /// be a number > 0`, or for invalid JSON `support.json:3:17: invalid JSON: …`.
    /// - Parameter fileName: the file as the user named it.
    /// - Returns: one line.
    public func message(fileName: String) -> String {
        if case .invalidJSON = problem { return "\(fileName):\(description)" }
        return "\(fileName): \(description)"
    }

    /// The message without the file name: `offers[2].pricing.monthlyCap: found -5; must be
    /// a number > 0`; for invalid JSON `3:17: invalid JSON: …`.
    public var description: String {
        if case .invalidJSON(let reason) = problem { return "\(line):\(column): invalid JSON: \(reason)" }
        var text = path.components.isEmpty ? "" : "\(path): "
        if let found { text += "found \(Self.shortened(found)); " }
        return text + ruleText
    }

    private static func shortened(_ found: String) -> String {
        guard found.count > maximumFoundLength else { return found }
        return found.prefix(maximumFoundLength - 1) + "…"
    }

    /// What the rule requires, in words.
    private var ruleText: String {
        switch problem {
        case .invalidJSON(let reason): return "invalid JSON: \(reason)"
        case .missing: return "missing; required"
        case .missingInitialRate: return "missing; required when months > 0"
        case .missingVendor(let ids):
            return "missing; required when there is more than one vendor: \(ids.joined(separator: ", "))"
        case .unknownKey(let suggestion?, _): return "unknown key; did you mean '\(suggestion)'?"
        case .unknownKey(nil, let allowed): return "unknown key; allowed keys: \(allowed.joined(separator: ", "))"
        case .wrongType(let type): return "must be \(type.text)"
        case .notPlainNumber(let whole, false):
            return "must be a plain \(whole ? "whole number" : "number"), not a distribution"
        case .notPlainNumber(let whole, true):
            return "must be a plain \(whole ? "whole number" : "number"); the contract is not uncertain"
        case .notFinite: return "must be a finite number"
        case .number(let bound): return "must be a number \(bound.text)"
        case .wholeNumber(let min, nil): return "must be a whole number ≥ \(min)"
        case .wholeNumber(let min, let max?): return "must be a whole number in \(min)…\(max)"
        case .draws(let bound): return "every draw must be \(bound.text)"
        case .rateNeverNormalOrCI90(let alternative):
            return "a rate is never normal or ci90: every draw must be in 0…1; \(alternative.text)"
        case .normalNeedsZeroSD(let bound): return "every draw must be \(bound.text), so a normal distribution needs sd = 0"
        case .distributionKeyCount:
            let forms = Distribution.Form.allCases.map(\.rawValue)
            return "must be a distribution with exactly one key: \(forms.dropLast().joined(separator: ", ")) or \(forms.last ?? "")"
        case .distributionParameters(let form):
            let names = form.parameterNames
            return "must be an array of \(names.count) numbers [\(names.joined(separator: ", "))]"
        case .distributionConstraint(let form): return "must have \(form.constraint)"
        case .oneOf(let choices, let suggestion):
            return "must be one of \(choices.joined(separator: ", "))" + Self.didYouMean(suggestion)
        case .unknownVendor(let ids): return "must be the id of a vendor: \(ids.joined(separator: ", "))"
        case .unknownPlan(let tiers, let suggestion):
            return "must be cheapest or the name of a tier: \(tiers.joined(separator: ", "))" + Self.didYouMean(suggestion)
        case .reservedTierName: return "must not be cheapest, the plan that picks the cheapest tier each month"
        case .duplicate(let first): return "must be unique; already used at \(first)"
        case .atLeastOne(let noun): return "must have at least one \(noun)"
        case .invalidName: return "must be one or more letters, digits, '-' or '_'"
        case .invalidCurrency: return "must be 3 uppercase letters, an ISO 4217 code such as USD"
        case .aboveCap(let capKey, let cap): return "must be ≤ \(capKey) (\(cap.plainText))"
        case .upToNotIncreasing(let previous):
            return "must be > \(previous), the upTo of the bracket before: upTo increases strictly"
        case .lastBracketBounded: return "must be null: the last bracket has no limit"
        case .onlyLastBracketUnbounded: return "must be a whole number ≥ 1: only the last bracket has no limit"
        case .volumeTooLarge(let month, let tasks, let seasonal):
            let amount = tasks.isFinite ? String(format: "%.3g", tasks) : "more than 1e308"
            return "the expected volume mean(tasksPerMonth) · (1 + mean(monthlyGrowth))^(month − 1)"
                + (seasonal ? " · seasonality" : "") + " reaches "
                + "\(amount) tasks in month \(month); must stay ≤ 1e12 tasks a month so that counts fit the engine"
        case .parameter(let problem): return problem.text(at: path)
        case .correlation(let problem): return problem.text
        case .requiredWith(let key, let value, let isDefault):
            return "missing; required when \(key) is \(value)\(isDefault ? ", its default" : "")"
        case .onlyWith(let key, let value): return "applies only when \(key) is \(value); leave it out"
        case .consumesNoCredits:
            return "the work consumes no credits; set creditsPerOutcome, creditsPerTask or creditsPerAttempt above 0"
        case .rollover(let suggestion):
            return "must be \"none\", \"all\" or the most credits carried, a number ≥ 0" + Self.didYouMean(suggestion)
        case .seasonality:
            return "must be an array of 12 numbers ≥ 0, the volume's multipliers from the horizon's month 1 on"
        }
    }

    private static func didYouMean(_ suggestion: String?) -> String {
        suggestion.map { "; did you mean '\($0)'?" } ?? ""
    }
}

extension ScenarioIssue.ValueType {
    /// The type with its article: "a number", "an object".
    var text: String {
        switch self {
        case .number: return "a number"
        case .string: return "a string"
        case .nonEmptyString: return "a non-empty string"
        case .object: return "an object"
        case .array: return "an array"
        case .distribution: return "a number or a distribution such as {\"pert\": [min, mode, max]}"
        case .pricing: return "an object or a non-empty array of objects"
        }
    }
}

extension ScenarioIssue.Bound {
    /// The bound in the format's notation: "≥ 0", "> 0", "in 0…1".
    var text: String {
        switch self {
        case .atLeast(let low): return "≥ \(low.plainText)"
        case .greaterThan(let low): return "> \(low.plainText)"
        case .within(let low, let high): return "in \(low.plainText)…\(high.plainText)"
        }
    }
}
