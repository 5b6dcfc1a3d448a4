// Parameter paths that name no number of a scenario (<doc:ScenarioFormat>, "Parameter paths"), as data and as words.

extension ScenarioIssue {
    /// Why a parameter path (``ScenarioParameter``) names no number of a scenario. The issue's
    /// path is the path as far as it was followed, indices resolved (`offers[1]` for
    /// `offers["Capped"]`).
    public enum ParameterProblem: Sendable, Equatable {
        /// The text is not written as a path; the reason ("expected ']'").
        case syntax(String)
        /// A key the object does not have; the closest of `allowed`, if one is close, and the
        /// keys of the object that lead to numbers.
        case unknownKey(suggestion: String?, allowed: [String])
        /// A key whose value is text (a name, or a word such as `atCap`), which cannot be set
        /// to a number; the keys of the same object that lead to numbers.
        case notANumber(allowed: [String])
        /// The path ends at an object, or goes on into it with an index; its keys that lead
        /// to numbers.
        case object(allowed: [String])
        /// The path ends at an array, or goes on into it with a key, or with a name where
        /// elements have none: what one element is, how many there are, and the key whose
        /// value names an element (`id`, `name`), if any.
        case array(noun: String, count: Int, nameKey: String?)
        /// The path goes on past a number parameter, into the parts of its distribution, say.
        case insideNumber
        /// An index past the end of an array: what one element is, and how many there are.
        case noSuchElement(noun: String, count: Int)
        /// A name that no element has: what one element is, the key whose value names an
        /// element, the names there are, and the closest, if one is close.
        case unknownName(noun: String, nameKey: String, names: [String], suggestion: String?)
    }
}

extension ScenarioIssue.ParameterProblem {
    /// What is wrong, in words, for an issue at `path`.
    func text(at path: ScenarioPath) -> String {
        switch self {
        case .syntax(let reason):
            return "not a parameter path: \(reason); write a path as messages do, such as offers[0].pricing.price or "
                + "vendors[\"agent\"].reopenRate"
        case .unknownKey(let suggestion?, _): return "unknown parameter; did you mean '\(suggestion)'?"
        case .unknownKey(nil, let allowed): return "unknown parameter; allowed here: \(allowed.joined(separator: ", "))"
        case .notANumber(let allowed):
            return "not a number, so it cannot be set; allowed here: \(allowed.joined(separator: ", "))"
        case .object(let allowed):
            return "an object, not a number; continue with one of its keys: \(allowed.joined(separator: ", "))"
        case .array(let noun, let count, let nameKey):
            let name = nameKey.map { ", or by \($0), \(path)[\"…\"]" } ?? ""
            return "an array of \(Self.count(count, noun)), not a number; continue with an element by index, "
                + Self.elements(of: path, count: count) + name
        case .insideNumber: return "a number parameter has no parts; set it as a whole"
        case .noSuchElement(let noun, let count):
            let array = ScenarioPath(path.components.dropLast())
            return "no such \(noun); there \(count == 1 ? "is" : "are") \(Self.count(count, noun))"
                + (count == 0 ? "" : ": " + Self.elements(of: array, count: count))
        case .unknownName(let noun, let nameKey, let names, let suggestion):
            return "no \(noun) has this \(nameKey); \(nameKey)s: \(names.joined(separator: ", "))"
                + (suggestion.map { "; did you mean '\($0)'?" } ?? "")
        }
    }

    /// `3 offers`, `1 offer`.
    private static func count(_ count: Int, _ noun: String) -> String {
        "\(count) \(noun)\(count == 1 ? "" : "s")"
    }

    /// `offers[0] … offers[2]`, `offers[0]`.
    private static func elements(of array: ScenarioPath, count: Int) -> String {
        count == 1 ? "\(array)[0]" : "\(array)[0] … \(array)[\(count - 1)]"
    }
}
