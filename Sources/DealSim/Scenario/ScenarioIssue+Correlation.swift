import Foundation

// The rules of `correlations` (<doc:ScenarioFormat>, "Correlations"), as data and as words.

extension ScenarioIssue {
    /// Why an element of `correlations` breaks the format.
    public enum CorrelationProblem: Sendable, Equatable {
        /// `between` is not an array of two parameter paths.
        case pair
        /// A path that names no distribution-valued parameter of the scenario; the closest
        /// path, if one is close, and the scenario's uncertain parameters.
        case unknownParameter(suggestion: String?, uncertain: [String])
        /// A path that names a parameter fixed to a number (its value), or one that the
        /// scenario does not give (`nil`): a training lag's initial rate without a training
        /// lag, `savingsPerOutcome` left to the human cost.
        case fixedParameter(Double?)
        /// Both paths name the same parameter (its index-form path).
        case sameParameter(String)
        /// The same pair as an earlier element, in either order; the path of that element.
        case repeatedPair(first: ScenarioPath)
        /// A rank that is not a number with −1 < rank < 1.
        case rank
        /// Ranks that cannot hold together: the matrix R with Rᵢⱼ = 2·sin(π·rankᵢⱼ/6) is not
        /// positive definite. `pairs` are the pairs involved, in file order; the issue is at
        /// the rank of the last of them, and `interval` is the open range of that rank that
        /// makes them consistent with the others as given (`nil` when none does).
        case inconsistent(pairs: [RankCorrelation], interval: ClosedRange<Double>?)
    }
}

extension ScenarioIssue.CorrelationProblem {
    /// What is wrong, in words.
    var text: String {
        switch self {
        case .pair:
            return "must be an array of 2 parameter paths, such as "
                + "[\"vendors[0].attemptSuccessRate\", \"vendors[0].costPerAttempt\"]"
        case .unknownParameter(let suggestion?, _):
            return "not a distribution-valued parameter of the scenario; did you mean '\(suggestion)'?"
        case .unknownParameter(nil, let uncertain) where uncertain.isEmpty:
            return "not a distribution-valued parameter of the scenario, which has none: every parameter is a fixed number"
        case .unknownParameter(nil, let uncertain):
            return "not a distribution-valued parameter of the scenario; its uncertain parameters: "
                + uncertain.joined(separator: ", ")
        case .fixedParameter(let value?):
            return "a fixed number (\(value.plainText)); only a parameter given as a distribution can be correlated"
        case .fixedParameter(nil):
            return "not given in the scenario; only a parameter given as a distribution can be correlated"
        case .sameParameter(let path): return "names \(path) twice; a parameter cannot be correlated with itself"
        case .repeatedPair(let first): return "the same pair as \(first) (in either order); give each pair once"
        case .rank: return "must be a number with −1 < rank < 1"
        case .inconsistent(let pairs, let interval):
            let list = pairs.map { "(\($0.first), \($0.second)) \($0.rank.plainText)" }
            let named = list.count == 1 ? list[0] : list.dropLast().joined(separator: ", ") + " and " + list[list.count - 1]
            let fix =
                interval.map {
                    "with the others as given, this rank must lie between \(Self.twoDecimals($0.lowerBound)) and "
                        + "\(Self.twoDecimals($0.upperBound))"
                } ?? "no value of this rank makes them consistent with the others as given"
            return "the ranks \(named) cannot hold together "
                + "(the matrix of 2·sin(π·rank/6) is not positive definite); " + fix
        }
    }

    /// `0.48`, `-0.30`.
    private static func twoDecimals(_ value: Double) -> String {
        let text = String(format: "%.2f", value)
        return text == "-0.00" ? "0.00" : text
    }
}
