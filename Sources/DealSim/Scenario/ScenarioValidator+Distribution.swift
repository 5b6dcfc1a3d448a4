// Reading uncertain quantities: a number or a one-key distribution object, whose every
// possible draw must be allowed (<doc:ScenarioFormat>, "Supports").

extension ScenarioValidator {
    /// What an uncertain quantity measures, which decides the draws it allows.
    enum Quantity {
        /// A probability: every draw in 0…1, and never normal or ci90.
        case rate
        /// Money, volumes, `volumeVolatility`: every draw ≥ 0 (a normal only with sd = 0).
        case nonNegative
        /// `monthlyGrowth`: every draw ≥ −1.
        case growth

        /// The draws allowed.
        var bound: ScenarioIssue.Bound {
            switch self {
            case .rate: return .within(0, 1)
            case .nonNegative: return .atLeast(0)
            case .growth: return .atLeast(-1)
            }
        }
    }

    /// Reads a number or a distribution object such as `{"ci90": [6, 15]}`, and checks that
    /// every possible draw (``Distribution/support``) is allowed for `quantity`.
    mutating func distribution(_ field: Field, _ quantity: Quantity) -> Distribution? {
        switch field.value.kind {
        case .number(let literal):
            guard let value = finite(literal, at: field) else { return nil }
            guard quantity.bound.contains(value) else {
                report(.number(quantity.bound), at: field)
                return nil
            }
            return .fixed(value)
        case .object(let members):
            guard members.count == 1, let member = members.first else {
                report(.distributionKeyCount, at: field)
                return nil
            }
            guard let distribution = distribution(member, in: field) else { return nil }
            return checkedDraws(distribution, form: Distribution.Form(rawValue: member.key), quantity, at: field)
        default:
            report(.wrongType(.distribution), at: field)
            return nil
        }
    }

    /// The distribution of the single member of a distribution object, its parameters
    /// checked (count, finiteness, the form's constraint).
    private mutating func distribution(_ member: JSONMember, in field: Field) -> Distribution? {
        let forms = Distribution.Form.allCases.map(\.rawValue)
        let parameters = Field(path: field.path.appending(member.key), value: member.value)
        guard let form = Distribution.Form(rawValue: member.key) else {
            let suggestion = Suggestion.closest(to: member.key, in: forms)
            report(.unknownKey(suggestion: suggestion, allowed: forms), path: parameters.path, at: member.keyPosition)
            return nil
        }
        guard case .array(let elements) = member.value.kind, elements.count == form.parameterNames.count else {
            report(.distributionParameters(form), at: parameters)
            return nil
        }
        var values: [Double] = []
        for element in elements {
            guard case .number(let literal) = element.kind, let value = Double(literal), value.isFinite else {
                report(.distributionParameters(form), at: parameters)
                return nil
            }
            values.append(value)
        }
        guard let distribution = form.distribution(values) else {
            report(.distributionConstraint(form), at: parameters)
            return nil
        }
        return distribution
    }

    /// `distribution` if all its draws are allowed for `quantity`; otherwise reports why not.
    private mutating func checkedDraws(
        _ distribution: Distribution, form: Distribution.Form?, _ quantity: Quantity, at field: Field
    ) -> Distribution? {
        if quantity == .rate, form == .normal || form == .ci90 {
            report(.rateNeverNormalOrCI90(ScenarioIssue.RateAlternative(replacing: distribution)), at: field)
            return nil
        }
        let support = distribution.support
        guard quantity.bound.contains(support.lowerBound), quantity.bound.contains(support.upperBound) else {
            if case .normal(_, let sd) = distribution, sd > 0 {
                report(.normalNeedsZeroSD(quantity.bound), at: field)
            } else {
                report(.draws(quantity.bound), at: field)
            }
            return nil
        }
        return distribution
    }
}
