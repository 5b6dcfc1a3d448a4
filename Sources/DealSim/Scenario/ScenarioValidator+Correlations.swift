// The top-level `correlations` (<doc:ScenarioFormat>, "Correlations"): pairs of
// distribution-valued parameters and their rank correlations.

/// An element of `correlations` as read, before its paths are checked against the scenario.
struct CorrelationEntry {
    /// The element's `between`.
    var between: Field
    /// The two paths as parsed, with their fields.
    var parameters: [(parameter: ScenarioParameter, field: Field)]
    /// The element's `rank`.
    var rank: Field
    /// The rank's value, −1 < rank < 1.
    var rankValue: Double
}

/// A distribution-valued parameter of a scenario, whether it is uncertain or fixed: the one
/// list of them, which the validator checks correlations against and from which
/// ``Scenario/uncertainParameters`` are made.
struct DistributionParameter {
    /// Whose parameter it is.
    enum Owner: Equatable {
        case workload
        case vendor(Int)
        case buyerCosts(Int)
    }
    /// Whose parameter it is.
    var owner: Owner
    /// The field's name: `costPerAttempt`, `trainingLag.initialAttemptSuccessRate`.
    var field: String
    /// Its path with elements by index: `vendors[0].costPerAttempt`.
    var path: String
    /// Its path with elements by id or name: `vendors["agent"].costPerAttempt`.
    var namedPath: String
    /// Its value; `nil` when the scenario does not give it.
    var distribution: Distribution?

    /// Whether it is drawn: given, and not a fixed number.
    var isUncertain: Bool {
        guard let distribution else { return false }
        if case .fixed = distribution { return false }
        return true
    }
}

extension ScenarioValidator {
    /// The keys of an element of `correlations`.
    static let correlationKeys = ["between", "rank"]

    /// Reads the `correlations` array (empty allowed): each element's two paths as written
    /// and its rank. The paths are checked against the scenario by
    /// ``checkCorrelations(_:in:)`` once the rest of the scenario is valid.
    mutating func correlationEntries(_ field: Field) -> [CorrelationEntry]? {
        guard case .array(let elements) = field.value.kind else {
            report(.wrongType(.array), at: field)
            return nil
        }
        var entries: [CorrelationEntry] = []
        var complete = true
        for (index, value) in elements.enumerated() {
            let element = Field(path: field.path.appending(index: index), value: value)
            if let entry = correlationEntry(element) { entries.append(entry) } else { complete = false }
        }
        return complete ? entries : nil
    }

    private mutating func correlationEntry(_ field: Field) -> CorrelationEntry? {
        guard let object = object(field, keys: Self.correlationKeys) else { return nil }
        let parameters = required("between", in: object) { $0.correlationPair($1) }
        let rank = required("rank", in: object) { $0.rank($1) }
        guard let parameters, let rank, let between = object["between"], let rankField = object["rank"] else { return nil }
        return CorrelationEntry(between: between, parameters: parameters, rank: rankField, rankValue: rank)
    }

    /// Reads `between`: an array of two strings, each written as a parameter path.
    private mutating func correlationPair(_ field: Field) -> [(parameter: ScenarioParameter, field: Field)]? {
        guard case .array(let elements) = field.value.kind, elements.count == 2 else {
            report(.correlation(.pair), at: field)
            return nil
        }
        var pair: [(parameter: ScenarioParameter, field: Field)] = []
        for (index, value) in elements.enumerated() {
            let element = Field(path: field.path.appending(index: index), value: value)
            guard let text = string(element) else { continue }
            do {
                pair.append((try ScenarioParameter(parsing: text), element))
            } catch {
                guard case .parameter(let problem)? = error.issues.first?.problem else { continue }
                report(.parameter(problem), at: element)
            }
        }
        return pair.count == 2 ? pair : nil
    }

    /// Reads a rank: a plain number with −1 < rank < 1.
    private mutating func rank(_ field: Field) -> Double? {
        guard case .number(let literal) = field.value.kind, let value = Double(literal), value > -1, value < 1 else {
            report(.correlation(.rank), at: field)
            return nil
        }
        return value
    }

    /// Checks the correlations read by ``correlationEntries(_:)`` against the valid
    /// `scenario`: each path names an uncertain parameter (stored by index:
    /// `vendors["agent"].costPerAttempt` becomes `vendors[0].costPerAttempt`), the two of a
    /// pair differ, no pair is given twice, and the ranks hold together
    /// (``RankCorrelationMatrix``).
    /// - Returns: the correlations, or `nil` when an issue was reported.
    mutating func checkCorrelations(_ entries: [CorrelationEntry], in scenario: Scenario) -> [RankCorrelation]? {
        let candidates = scenario.distributionParameters
        let uncertain = candidates.filter(\.isUncertain)
        var correlations: [RankCorrelation] = []
        var usedRows: [Int] = []
        var firstUse: [[String]: ScenarioPath] = [:]
        var valid = true
        for (row, entry) in entries.enumerated() {
            var paths: [String] = []
            for (parameter, field) in entry.parameters {
                let path = scenario.indexPath(of: parameter)
                guard let candidate = candidates.first(where: { $0.path == path }) else {
                    guard case .string(let text) = field.value.kind else { continue }
                    let suggestion = Suggestion.closest(to: text, in: uncertain.flatMap { [$0.path, $0.namedPath] })
                    report(.correlation(.unknownParameter(suggestion: suggestion, uncertain: uncertain.map(\.path))), at: field)
                    continue
                }
                guard candidate.isUncertain else {
                    var value: Double?
                    if case .fixed(let fixed)? = candidate.distribution { value = fixed }
                    report(.correlation(.fixedParameter(value)), at: field)
                    continue
                }
                paths.append(candidate.path)
            }
            guard paths.count == 2 else {
                valid = false
                continue
            }
            if paths[0] == paths[1] {
                report(.correlation(.sameParameter(paths[0])), at: entry.between)
                valid = false
                continue
            }
            let key = paths.sorted()
            if let first = firstUse[key] {
                report(.correlation(.repeatedPair(first: first)), at: entry.between)
                valid = false
                continue
            }
            firstUse[key] = entry.between.path
            correlations.append(RankCorrelation(first: paths[0], second: paths[1], rank: entry.rankValue))
            usedRows.append(row)
        }
        guard valid else { return nil }
        guard checkConsistency(correlations, ranks: usedRows.map { entries[$0].rank }) else { return nil }
        return correlations
    }

    /// Reports ranks that cannot hold together: the first leading block of R (parameters
    /// in order of first appearance) that is not positive definite, the pairs within it,
    /// and the range of the last of them that would make the block positive definite.
    /// - Returns: whether the ranks hold together.
    private mutating func checkConsistency(_ correlations: [RankCorrelation], ranks: [Field]) -> Bool {
        var order: [String] = []
        for correlation in correlations {
            for path in [correlation.first, correlation.second] where !order.contains(path) { order.append(path) }
        }
        var matrix = order.indices.map { i in order.indices.map { j in i == j ? 1.0 : 0.0 } }
        let indices = correlations.map { (order.firstIndex(of: $0.first) ?? 0, order.firstIndex(of: $0.second) ?? 0) }
        for (correlation, (i, j)) in zip(correlations, indices) {
            matrix[i][j] = RankCorrelationMatrix.normalCorrelation(rank: correlation.rank)
            matrix[j][i] = matrix[i][j]
        }
        guard case .failure(let failure) = RankCorrelationMatrix.cholesky(matrix) else { return true }
        let involved = correlations.indices.filter { max(indices[$0].0, indices[$0].1) <= failure.row }
        guard let last = involved.last else { return true }
        let block = Array(matrix.prefix(failure.row + 1).map { Array($0.prefix(failure.row + 1)) })
        let range = RankCorrelationMatrix.validRange(of: indices[last].0, indices[last].1, in: block)
        let interval = range.map { range in
            let low = RankCorrelationMatrix.rank(normalCorrelation: range.lowerBound)
            return low...RankCorrelationMatrix.rank(normalCorrelation: range.upperBound)
        }
        report(.correlation(.inconsistent(pairs: involved.map { correlations[$0] }, interval: interval)), at: ranks[last])
        return false
    }
}

extension Scenario {
    /// Every distribution-valued parameter of the scenario, given or not, in the order of
    /// ``uncertainParameters``: the workload's, each vendor's, then each offer's buyer costs.
    var distributionParameters: [DistributionParameter] {
        var parameters: [DistributionParameter] = []
        let w = workload
        let workloadFields: [(String, Distribution?)] = [
            ("tasksPerMonth", w.tasksPerMonth), ("monthlyGrowth", w.monthlyGrowth), ("volumeVolatility", w.volumeVolatility),
            ("humanCostPerTask", w.humanCostPerTask), ("revenuePerOutcome", w.revenuePerOutcome),
            ("savingsPerOutcome", w.savingsPerOutcome), ("monthlyChurn", w.monthlyChurn),
        ]
        for (name, distribution) in workloadFields {
            parameters.append(
                DistributionParameter(
                    owner: .workload, field: name, path: "workload.\(name)", namedPath: "workload.\(name)", distribution: distribution))
        }
        for (index, v) in vendors.enumerated() {
            let fields: [(String, Distribution?)] = [
                ("attemptSuccessRate", v.attemptSuccessRate), ("costPerAttempt", v.costPerAttempt),
                ("costPerTask", v.costPerTask), ("fixedCostPerMonth", v.fixedCostPerMonth),
                ("trainingLag.initialAttemptSuccessRate", v.trainingLag?.initialAttemptSuccessRate),
                ("reopenRate", v.reopenRate), ("disputeRate", v.disputeRate), ("disputeUpheldRate", v.disputeUpheldRate),
                ("disputeCost", v.disputeCost), ("costPerAttemptTrend", v.costPerAttemptTrend),
                ("failureRateTrend", v.failureRateTrend),
            ]
            let named = "vendors[\(JSONValue.quoted(v.id))]"
            for (name, distribution) in fields {
                parameters.append(
                    DistributionParameter(
                        owner: .vendor(index), field: name, path: "vendors[\(index)].\(name)", namedPath: "\(named).\(name)",
                        distribution: distribution))
            }
        }
        for (index, offer) in offers.enumerated() {
            let c = offer.buyerCosts
            let named = "offers[\(JSONValue.quoted(offer.name))]"
            for (name, distribution) in [("perTask", c.perTask), ("perMonth", c.perMonth), ("perDispute", c.perDispute)] {
                parameters.append(
                    DistributionParameter(
                        owner: .buyerCosts(index), field: name, path: "offers[\(index)].buyerCosts.\(name)",
                        namedPath: "\(named).buyerCosts.\(name)", distribution: distribution))
            }
        }
        return parameters
    }

    /// The text of `parameter` with vendors and offers named by index, as
    /// ``UncertainParameter/path`` writes it: `vendors["agent"].costPerAttempt` →
    /// `vendors[0].costPerAttempt`; `nil` when a name is no vendor's id or no offer's name.
    func indexPath(of parameter: ScenarioParameter) -> String? {
        var path = ScenarioPath()
        for component in parameter.components {
            switch component {
            case .key(let key): path = path.appending(key)
            case .index(let index): path = path.appending(index: index)
            case .name(let name):
                switch path.components.count == 1 ? path.components[0] : nil {
                case .key("vendors")?:
                    guard let index = vendors.firstIndex(where: { $0.id == name }) else { return nil }
                    path = path.appending(index: index)
                case .key("offers")?:
                    guard let index = offers.firstIndex(where: { $0.name == name }) else { return nil }
                    path = path.appending(index: index)
                default: path = path.appending(name)
                }
            }
        }
        return path.description
    }
}
