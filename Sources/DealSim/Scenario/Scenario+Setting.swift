// Setting one number of a scenario (<doc:ScenarioFormat>, "Parameter paths"): the variant an analysis runs, checked
// like a file.

extension Scenario {
    /// This scenario with one parameter set to a plain number, checked again.
    ///
    /// Parses `path` as a ``ScenarioParameter`` and sets it; see
    /// ``setting(_:to:)-(ScenarioParameter,_)``.
    /// - Parameters:
    ///   - path: the parameter's JSON path: `offers["Per resolution"].pricing.price`.
    ///   - value: the number.
    /// - Returns: the variant.
    /// - Throws: ``ScenarioLoadError`` when the path is not written as one, names no number
    ///   of this scenario, or the variant breaks a rule of the format.
    public func setting(_ path: String, to value: Double) throws(ScenarioLoadError) -> Scenario {
        try setting(ScenarioParameter(parsing: path), to: value)
    }

    /// This scenario with one parameter set to a plain number, checked again (<doc:ScenarioFormat>, "Parameter paths").
    ///
    /// The scenario is written as a file (``jsonText``), the value at the path is replaced by
    /// the number (a distribution included), and the result is read by the validator that
    /// reads files. So the variant is exactly the scenario that editing the number in the
    /// file by hand would load, and an out-of-range value gets the file's message at its
    /// path: `scenario: vendors[0].reopenRate: found 1.5; must be a number in 0…1`. A key
    /// left out because it takes its default may be set too (`offers[0].terms.monthlyCap`,
    /// `workload.savingsPerOutcome`); so may a key of a training lag the vendor does not
    /// have, which the validator then asks to complete. Whole-number fields (`horizonMonths`,
    /// `maxAttempts`, `seats`, …) accept only whole values, as in a file.
    ///
    /// A parameter is a number or an uncertain quantity of <doc:ScenarioFormat> and <doc:PricingModels>: every key but
    /// text (`name`, `id`, `vendor`, `model`, `atCap`, `plan`, `metric`, `mode`, `basis`,
    /// `title`, `description`, `currency`) and `correlations`. A charge of an offer whose pricing is a single
    /// charge is `offers[i].pricing`, which `offers[i].pricing[0]` names too; one of the
    /// workload's twelve seasonality multipliers is `workload.seasonality[i]`.
    ///
    /// A parameter named in `correlations` is fixed by the number, so it leaves its
    /// correlations: the variant has none of the pairs that name it; the other pairs stay.
    /// - Parameters:
    ///   - parameter: the parameter.
    ///   - value: the number.
    /// - Returns: the variant.
    /// - Throws: ``ScenarioLoadError`` of kind ``ScenarioLoadError/Kind/invalidScenario``,
    ///   its source named ``sourceName``: one issue with a
    ///   ``ScenarioIssue/Problem/parameter(_:)`` problem when the path names no number of
    ///   this scenario (an unknown key, with a suggestion when one is close; text; an object
    ///   or array; an index out of range; an unknown id or name, with a suggestion), or
    ///   ``ScenarioIssue/Problem/notFinite`` for a value that is not finite; otherwise every
    ///   issue of the variant, as for a file.
    public func setting(_ parameter: ScenarioParameter, to value: Double) throws(ScenarioLoadError) -> Scenario {
        var root: JSONValue? = leavingCorrelations(of: parameter, value: value).json
        try ParameterSetter(parameter: parameter, value: value).set(&root, slot: .scenario, step: 0, path: ScenarioPath())
        guard let root else { preconditionFailure("setting a parameter removed the scenario") }
        return try Scenario.checked(root)
    }

    /// This scenario without the correlations of `parameter`: a parameter set to a number is
    /// fixed and leaves its correlations; the others keep theirs. A training lag set to 0
    /// months is no lag, so its initial success rate leaves its correlations too.
    private func leavingCorrelations(of parameter: ScenarioParameter, value: Double) -> Scenario {
        guard let path = indexPath(of: parameter) else { return self }
        var leaving: Set = [path]
        if value == 0, path.hasSuffix(".trainingLag.months") {
            leaving.insert(String(path.dropLast("months".count)) + "initialAttemptSuccessRate")
        }
        let kept = correlations.filter { !leaving.contains($0.first) && !leaving.contains($0.second) }
        guard kept.count < correlations.count else { return self }
        return Scenario(
            unchecked: name, title: title, description: description, currency: currency, horizonMonths: horizonMonths,
            trials: trials, seed: seed, workload: workload, vendors: vendors, offers: offers, correlations: kept)
    }
}

/// What a place in a scenario file holds, as far as setting a number is concerned.
private indirect enum ParameterSlot: Sendable {
    /// A number or an uncertain quantity: a parameter.
    case number
    /// Text: a name, an id, a word.
    case text
    /// An object that may hold these keys.
    case object(keys: [String])
    /// An array of elements; `nameKey`, if any, is the key whose value names an element.
    case array(of: ParameterSlot, noun: String, nameKey: String?)
    /// An offer's `pricing`: one charge, or an array of them.
    case pricing
    /// One charge, whose keys depend on its `model`.
    case charge

    /// The top-level object.
    static let scenario = ParameterSlot.object(keys: ScenarioValidator.scenarioKeys)

    /// What the member `key` holds: each key means the same in every object that may hold it.
    static func member(_ key: String) -> ParameterSlot {
        switch key {
        case "name", "title", "description", "currency", "id", "vendor", "model", "atCap", "plan", "metric", "mode", "basis",
            "whenExhausted", "correlations":
            return .text
        case "workload": return .object(keys: ScenarioValidator.workloadKeys)
        case "seasonality": return .array(of: .number, noun: "multiplier", nameKey: nil)
        case "vendors": return .array(of: .object(keys: ScenarioValidator.vendorKeys), noun: "vendor", nameKey: "id")
        case "trainingLag": return .object(keys: ScenarioValidator.trainingLagKeys)
        case "offers": return .array(of: .object(keys: ScenarioValidator.offerKeys), noun: "offer", nameKey: "name")
        case "pricing": return .pricing
        case "terms": return .object(keys: ScenarioValidator.termsKeys)
        case "commitment": return .object(keys: ScenarioValidator.commitmentKeys)
        case "buyerCosts": return .object(keys: ScenarioValidator.buyerCostsKeys)
        case "tiers": return .array(of: .object(keys: ScenarioValidator.tierKeys), noun: "tier", nameKey: "name")
        case "brackets": return .array(of: .object(keys: ScenarioValidator.bracketKeys), noun: "bracket", nameKey: nil)
        default: return .number
        }
    }

    /// Of `keys`, those that lead to numbers: all but text.
    static func allowed(_ keys: [String]) -> [String] {
        keys.filter {
            if case .text = member($0) { return false }
            return true
        }
    }
}

/// Follows a parameter's path through a scenario's JSON and puts the number at its end.
private struct ParameterSetter {
    let parameter: ScenarioParameter
    let value: Double

    private var components: [ScenarioParameter.Component] { parameter.components }

    /// Sets the number in `target`, the value at `path` (`nil` when absent), which holds
    /// `slot`, following the path from component `step` on.
    func set(_ target: inout JSONValue?, slot: ParameterSlot, step: Int, path: ScenarioPath) throws(ScenarioLoadError) {
        switch slot {
        case .number:
            guard step == components.count else { throw error(.parameter(.insideNumber), at: path, step: step) }
            guard value.isFinite else { throw error(.notFinite, at: path, step: step, found: JSONValue.literal(value)) }
            target = .number(value)
        case .text:
            preconditionFailure("text is reported by the object that holds it")
        case .object(let keys):
            try setMember(&target, keys: keys, step: step, path: path)
        case .charge:
            let model = member("model", of: target).flatMap { value -> PricingModel? in
                guard case .string(let name) = value.kind else { return nil }
                return PricingModel(rawValue: name)
            }
            try setMember(&target, keys: model?.keys ?? ["model"], step: step, path: path)
        case .array(let element, let noun, let nameKey):
            try setElement(&target, of: element, noun: noun, nameKey: nameKey, step: step, path: path)
        case .pricing:
            if case .array? = target?.kind {
                try setElement(&target, of: .charge, noun: "charge", nameKey: nil, step: step, path: path)
            } else if step < components.count, case .index(let index) = components[step] {
                // One charge is the only element of the pricing.
                guard index == 0 else {
                    throw error(.parameter(.noSuchElement(noun: "charge", count: 1)), at: path.appending(index: index), step: step)
                }
                try set(&target, slot: .charge, step: step + 1, path: path)
            } else {
                try set(&target, slot: .charge, step: step, path: path)
            }
        }
    }

    /// Follows a key into the object `target` that may hold `keys`, creating the object or
    /// the member when absent.
    private func setMember(_ target: inout JSONValue?, keys: [String], step: Int, path: ScenarioPath) throws(ScenarioLoadError) {
        let allowed = ParameterSlot.allowed(keys)
        let key: String
        switch step < components.count ? components[step] : nil {
        case .key(let name)?, .name(let name)?: key = name
        case .index?, nil: throw error(.parameter(.object(allowed: allowed)), at: path, step: step)
        }
        let memberPath = path.appending(key)
        guard keys.contains(key) else {
            let suggestion = Suggestion.closest(to: key, in: allowed)
            throw error(.parameter(.unknownKey(suggestion: suggestion, allowed: allowed)), at: memberPath, step: step)
        }
        let slot = ParameterSlot.member(key)
        var member = member(key, of: target)
        if case .text = slot {
            throw error(.parameter(.notANumber(allowed: allowed)), at: memberPath, step: step, found: member?.jsonText)
        }
        try set(&member, slot: slot, step: step + 1, path: memberPath)
        guard let member else { return }
        var members: [JSONMember] = []
        if case .object(let existing)? = target?.kind { members = existing }
        if let index = members.firstIndex(where: { $0.key == key }) {
            members[index].value = member
        } else {
            members.append(JSONMember(key: key, keyPosition: JSONValue.unplaced, value: member))
        }
        target = JSONValue(.object(members))
    }

    /// Follows an index or a name into the array `target`.
    private func setElement(
        _ target: inout JSONValue?, of element: ParameterSlot, noun: String, nameKey: String?, step: Int, path: ScenarioPath
    ) throws(ScenarioLoadError) {
        var elements: [JSONValue] = []
        if case .array(let existing)? = target?.kind { elements = existing }
        let whole = ScenarioIssue.Problem.parameter(.array(noun: noun, count: elements.count, nameKey: nameKey))
        let index: Int
        switch step < components.count ? components[step] : nil {
        case .index(let position)?:
            guard position < elements.count else {
                let problem = ScenarioIssue.Problem.parameter(.noSuchElement(noun: noun, count: elements.count))
                throw error(problem, at: path.appending(index: position), step: step)
            }
            index = position
        case .name(let name)?:
            guard let nameKey else { throw error(whole, at: path, step: step) }
            let names = elements.map { self.name(of: $0, key: nameKey) }
            guard let position = names.firstIndex(of: name) else {
                let known = names.compactMap { $0 }
                let problem = ScenarioIssue.ParameterProblem.unknownName(
                    noun: noun, nameKey: nameKey, names: known, suggestion: Suggestion.closest(to: name, in: known))
                throw error(.parameter(problem), at: path, step: step, found: JSONValue.quoted(name))
            }
            index = position
        case .key?, nil:
            throw error(whole, at: path, step: step)
        }
        var value: JSONValue? = elements[index]
        try set(&value, slot: element, step: step + 1, path: path.appending(index: index))
        if let value { elements[index] = value }
        target = JSONValue(.array(elements))
    }

    /// The member `key` of the object `value`; `nil` when absent, `null` or not an object.
    private func member(_ key: String, of value: JSONValue?) -> JSONValue? {
        guard case .object(let members)? = value?.kind, let member = members.first(where: { $0.key == key }) else { return nil }
        return member.value.kind == .null ? nil : member.value
    }

    /// The text of the member `key` of the object `value`, if it is text.
    private func name(of value: JSONValue, key: String) -> String? {
        guard case .string(let name)? = member(key, of: value)?.kind else { return nil }
        return name
    }

    /// The error of one issue about the parameter, at the column in its text of the step
    /// where the path fails (the last step when it fails at its end).
    private func error(_ problem: ScenarioIssue.Problem, at path: ScenarioPath, step: Int, found: String? = nil) -> ScenarioLoadError {
        let column = parameter.column(ofStep: max(0, min(step, components.count - 1)))
        let issue = ScenarioIssue(path: path, found: found, problem: problem, line: 1, column: column)
        return ScenarioLoadError(fileName: Scenario.sourceName, kind: .invalidScenario, issues: [issue])
    }
}
