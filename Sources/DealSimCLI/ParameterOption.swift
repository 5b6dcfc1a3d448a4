import DealSim

/// The `--vary` option of `sweep` and `solve`: a parameter path, `=`, and its values.
enum ParameterOption {
    /// The most points a sweep may have, a grid included.
    static let maximumPoints = 10_000

    /// Refuses a metric that `scenario` does not report, naming the field it needs, unless
    /// the analysis sets that very field (`varying`), which gives every variant one.
    static func checkReported(
        _ metric: SummaryMetric, in scenario: Scenario, varying: ScenarioParameter? = nil, option: String, command: String
    ) throws(CommandError) {
        guard !metric.isReported(in: scenario), let field = metric.requiredField, varying?.description != field else { return }
        throw .usage("--\(option): found metric '\(metric.name)'; the scenario has no \(field) to measure it by", command: command)
    }

    /// Splits `path=values` at its last `=` (a quoted name in the path may hold one).
    static func split(_ text: String, command: String) throws(CommandError) -> (parameter: ScenarioParameter, values: String) {
        guard let equals = text.lastIndex(of: "="), equals != text.startIndex else {
            throw .usage("--vary: found '\(text)'; must be <path>=<values>, e.g. offers[0].pricing.price=0.5:2:16", command: command)
        }
        let path = String(text[..<equals])
        do {
            return (try ScenarioParameter(parsing: path), String(text[text.index(after: equals)...]))
        } catch {
            throw .usage("--vary: \(error.issues.first?.message(fileName: path) ?? path)", command: command)
        }
    }

    /// A sweep axis from `path=FROM:TO:COUNT` or `path=v1,v2,…`.
    static func axis(_ text: String, command: String) throws(CommandError) -> SweepAxis {
        let (parameter, values) = try split(text, command: command)
        let parts = values.split(separator: ":", omittingEmptySubsequences: false)
        if parts.count == 3 {
            guard let from = number(parts[0]), let to = number(parts[1]) else {
                throw .usage("--vary \(parameter): found '\(values)'; must be FROM:TO:COUNT with numbers FROM and TO", command: command)
            }
            guard let count = Int(parts[2]), (2...1_000).contains(count) else {
                throw .usage("--vary \(parameter): found COUNT \(parts[2]); must be a whole number from 2 to 1,000", command: command)
            }
            guard from != to else {
                throw .usage("--vary \(parameter): FROM and TO are both \(parts[0]); a sweep needs two different ends", command: command)
            }
            return SweepAxis(parameter: parameter, from: from, to: to, count: count)
        }
        guard parts.count == 1 else {
            throw .usage("--vary \(parameter): found '\(values)'; must be FROM:TO:COUNT or a list v1,v2,…", command: command)
        }
        let list = values.split(separator: ",", omittingEmptySubsequences: false)
        let numbers = list.compactMap(number)
        guard numbers.count == list.count else {
            throw .usage("--vary \(parameter): found '\(values)'; must be a comma list of numbers, e.g. 0.5,0.7,0.9", command: command)
        }
        guard (2...1_000).contains(numbers.count) else {
            throw .usage(
                "--vary \(parameter): found \(numbers.count) value\(numbers.count == 1 ? "" : "s"); a sweep needs 2 to 1,000",
                command: command)
        }
        return SweepAxis(parameter: parameter, values: numbers)
    }

    /// A bracket from `path=LO:HI`.
    static func bracket(_ text: String, command: String) throws(CommandError) -> (parameter: ScenarioParameter, low: Double, high: Double) {
        let (parameter, values) = try split(text, command: command)
        let parts = values.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, let low = number(parts[0]), let high = number(parts[1]) else {
            throw .usage("--vary \(parameter): found '\(values)'; must be LO:HI, two numbers", command: command)
        }
        guard low < high else {
            throw .usage("--vary \(parameter): found \(parts[0]):\(parts[1]); LO must be below HI", command: command)
        }
        return (parameter, low, high)
    }

    /// A finite number, or nil.
    static func number(_ text: Substring) -> Double? {
        guard let value = Double(text), value.isFinite else { return nil }
        return value
    }

    /// A variant the scenario's rules refuse, as a usage error naming the value and the rule
    /// as `validate` does; or a path that names no number of the scenario, naming the path.
    static func refused(_ error: ScenarioLoadError, path: String, command: String) -> CommandError {
        var error = error
        error.fileName = path
        let namesNoNumber = error.issues.allSatisfy { issue in
            if case .parameter = issue.problem { return true }
            return false
        }
        let what = namesNoNumber ? "a path that names no number of the scenario" : "a value the scenario does not allow"
        return .usage("--vary: \(what):\n\(error.description)", command: command)
    }

    /// The place of the number `parameter` names in `scenario`, as its messages write it:
    /// indices for names and one charge as `pricing`, so that `offers["A"].pricing[0].price`
    /// and `offers[0].pricing.price` have the same place; `nil` when it names no number. It
    /// is where setting the parameter to a number that is not finite is refused.
    static func place(of parameter: ScenarioParameter, in scenario: Scenario) -> ScenarioPath? {
        do {
            _ = try scenario.setting(parameter, to: .nan)
        } catch {
            if error.issues.count == 1, error.issues[0].problem == .notFinite { return error.issues[0].path }
        }
        return nil
    }

    /// The offer named `name`, with "did you mean" for a near miss.
    static func offer(_ name: String, in scenario: Scenario, option: String, command: String) throws(CommandError) -> Int {
        if let index = scenario.offers.firstIndex(where: { $0.name == name }) { return index }
        let names = scenario.offers.map(\.name)
        let hint = Suggestion.closest(to: name, in: names).map { "; did you mean '\($0)'?" } ?? "; offers: \(names.joined(separator: ", "))"
        throw .usage("--\(option): found '\(name)'; no such offer\(hint)", command: command)
    }
}
