// Reading plain values: numbers of the contract, whole numbers, strings and words.

extension ScenarioValidator {
    /// The largest whole number a count without a stated upper limit may take: 2⁵³, so that
    /// the engine's `Double` arithmetic on it is exact.
    static let largestUnboundedCount: UInt64 = 1 << 53

    /// Reads a plain number of the contract (`pricing`, `terms`) within `bound`.
    ///
    /// A distribution object here is reported as such: the world is uncertain, the
    /// contract is not.
    /// - Parameter contract: whether the number is the contract's; a workload's plain number
    ///   (a budget, a seasonality) is refused as a distribution without that reason.
    mutating func plainNumber(_ field: Field, _ bound: ScenarioIssue.Bound, contract: Bool = true) -> Double? {
        switch field.value.kind {
        case .object:
            report(.notPlainNumber(whole: false, contract: contract), at: field)
            return nil
        case .number(let literal):
            guard let value = finite(literal, at: field) else { return nil }
            guard bound.contains(value) else {
                report(.number(bound), at: field)
                return nil
            }
            return value
        default:
            report(.wrongType(.number), at: field)
            return nil
        }
    }

    /// The finite `Double` nearest to a number literal; reports a literal beyond the range
    /// of `Double` (`1e400`).
    mutating func finite(_ literal: String, at field: Field) -> Double? {
        guard let value = Double(literal), value.isFinite else {
            report(.notFinite, at: field)
            return nil
        }
        return value
    }

    /// Reads a whole number in `min…max`, exactly (`20000.0` and `2e4` are whole, `2.5` is
    /// not), up to 2⁶⁴ − 1.
    /// - Parameters:
    ///   - max: the upper limit; `nil` means none stated, and ``largestUnboundedCount`` applies.
    ///   - contract: whether the count is part of the contract, where a distribution object
    ///     is reported as "must be a plain whole number; the contract is not uncertain".
    mutating func wholeNumber(_ field: Field, min: UInt64, max: UInt64?, contract: Bool = false) -> UInt64? {
        guard case .number(let literal) = field.value.kind else {
            if case .object = field.value.kind, contract {
                report(.notPlainNumber(whole: true), at: field)
            } else {
                report(.wholeNumber(min: min, max: max), at: field)
            }
            return nil
        }
        let limit = max ?? Self.largestUnboundedCount
        switch JSONNumberLiteral.whole(literal) {
        case .whole(let negative, let magnitude) where !negative || magnitude == 0:
            if magnitude < min {
                report(.wholeNumber(min: min, max: max), at: field)
                return nil
            }
            if magnitude > limit {
                report(.wholeNumber(min: min, max: limit), at: field)
                return nil
            }
            return magnitude
        case .tooLarge(negative: false):
            report(.wholeNumber(min: min, max: limit), at: field)
            return nil
        case .whole, .tooLarge, .fraction:
            report(.wholeNumber(min: min, max: max), at: field)
            return nil
        }
    }

    /// Reads a count in `min…max` (at most 2⁵³) as an `Int`; see ``wholeNumber(_:min:max:contract:)``.
    mutating func count(_ field: Field, min: Int, max: Int? = nil, contract: Bool = false) -> Int? {
        wholeNumber(field, min: UInt64(min), max: max.map(UInt64.init), contract: contract).map { Int($0) }
    }

    /// Reads a string; with `nonEmpty`, an empty one is reported too.
    mutating func string(_ field: Field, nonEmpty: Bool = false) -> String? {
        guard case .string(let string) = field.value.kind, !(nonEmpty && string.isEmpty) else {
            report(.wrongType(nonEmpty ? .nonEmptyString : .string), at: field)
            return nil
        }
        return string
    }

    /// Reads one of the words `choices`; reports anything else, suggesting a close word.
    mutating func word(_ field: Field, among choices: [String]) -> String? {
        guard case .string(let string) = field.value.kind else {
            report(.oneOf(choices, suggestion: nil), at: field)
            return nil
        }
        guard choices.contains(string) else {
            report(.oneOf(choices, suggestion: Suggestion.closest(to: string, in: choices)), at: field)
            return nil
        }
        return string
    }

    /// Reads one case of `type` by its raw value, the cases listed in declaration order.
    mutating func choice<Choice: RawRepresentable & CaseIterable>(_ field: Field, of type: Choice.Type) -> Choice?
    where Choice.RawValue == String {
        word(field, among: Choice.allCases.map(\.rawValue)).flatMap(Choice.init(rawValue:))
    }
}
