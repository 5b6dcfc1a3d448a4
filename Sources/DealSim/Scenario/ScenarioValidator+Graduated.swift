// `graduated`: unit prices by bracket of a metered quantity.

extension ScenarioValidator {
    /// The keys of a bracket.
    static let bracketKeys = ["upTo", "unitPrice", "flatFee"]

    /// A bracket's limit as read: a number, or `null` for no limit.
    private enum Limit {
        case upTo(Int)
        case unbounded
    }

    /// `metric` (`outcomes`, `tasks` or `attempts`), `mode` (`graduated` or `volume`) and
    /// `brackets`, all required: the metric has no natural default, and guessing one would
    /// silently change the deal.
    mutating func graduated(_ object: ObjectReader) -> Graduated? {
        let metric = required("metric", in: object) { $0.choice($1, of: UsageMetric.self) }
        let mode = required("mode", in: object) { $0.choice($1, of: Graduated.Mode.self) }
        let brackets = required("brackets", in: object) { $0.brackets($1) }
        guard let metric, let mode, let brackets else { return nil }
        return Graduated(metric: metric, mode: mode, brackets: brackets)
    }

    /// Reads the non-empty `brackets` array. Each bracket has `upTo` (required: a whole
    /// number ≥ 1, or `null` for no limit), `unitPrice` (required, ≥ 0) and `flatFee`
    /// (≥ 0, default 0). `upTo` increases strictly from one bracket to the next, and exactly
    /// the last bracket has `upTo: null`; each broken rule is reported at the `upTo` that
    /// breaks it.
    private mutating func brackets(_ field: Field) -> [Graduated.Bracket]? {
        guard let elements = array(field, of: "bracket") else { return nil }
        var brackets: [Graduated.Bracket]? = []
        var previous: Int?
        for (index, element) in elements.enumerated() {
            let isLast = index == elements.count - 1
            guard let object = object(element, keys: Self.bracketKeys) else {
                brackets = nil
                previous = nil
                continue
            }
            let limit = required("upTo", in: object) { $0.limit($1, isLast: isLast, previous: previous) }
            let unitPrice = required("unitPrice", in: object) { $0.plainNumber($1, .atLeast(0)) }
            let flatFee = optional("flatFee", in: object) { $0.plainNumber($1, .atLeast(0)) }
            switch limit {
            case .upTo(let upTo)?: previous = upTo
            case .unbounded?, nil: previous = nil
            }
            guard let limit, let unitPrice else {
                brackets = nil
                continue
            }
            let upTo: Int?
            switch limit {
            case .upTo(let value): upTo = value
            case .unbounded: upTo = nil
            }
            brackets?.append(Graduated.Bracket(upTo: upTo, unitPrice: unitPrice, flatFee: flatFee ?? 0))
        }
        return brackets
    }

    /// Reads a bracket's `upTo`: `null` only for the last bracket, a whole number ≥ 1 above
    /// the previous bracket's for the others.
    private mutating func limit(_ field: Field, isLast: Bool, previous: Int?) -> Limit? {
        if field.isNull {
            guard isLast else {
                report(.onlyLastBracketUnbounded, at: field)
                return nil
            }
            return .unbounded
        }
        guard let upTo = count(field, min: 1, contract: true) else { return nil }
        if isLast {
            report(.lastBracketBounded, at: field)
            return nil
        }
        if let previous, upTo <= previous {
            report(.upToNotIncreasing(previous: previous), at: field)
            return nil
        }
        return .upTo(upTo)
    }
}
