import Foundation

// The top level of a scenario file and its workload (<doc:ScenarioFormat>).

extension ScenarioValidator {
    /// The keys of the top-level object.
    static let scenarioKeys = [
        "name", "title", "description", "currency", "horizonMonths", "trials", "seed", "workload", "vendors", "offers",
        "correlations",
    ]
    /// The keys of `workload`.
    static let workloadKeys = [
        "tasksPerMonth", "monthlyGrowth", "volumeVolatility", "humanCostPerTask", "revenuePerOutcome", "savingsPerOutcome",
        "monthlyBudget", "seasonality", "monthlyChurn",
    ]

    /// Reads the whole scenario; `nil` when any issue was found.
    ///
    /// The paths of `correlations` name parameters of the scenario, so they are checked
    /// only once the rest of it is valid.
    ///
    /// Defaults: `title` the name, `description` none, `currency` USD, `trials` 10,000,
    /// `seed` none. Vendors are read before offers, whatever the order in the file, because
    /// offers refer to vendors.
    mutating func scenario(_ root: JSONValue) -> Scenario? {
        guard let object = object(Field(path: ScenarioPath(), value: root), keys: Self.scenarioKeys) else { return nil }
        let name = required("name", in: object) { $0.scenarioName($1) }
        let title = optional("title", in: object) { $0.string($1) }
        let description = optional("description", in: object) { $0.string($1) }
        let currency = optional("currency", in: object) { $0.currency($1) }
        let horizonMonths = required("horizonMonths", in: object) { $0.count($1, min: 1, max: 600) }
        let trials = optional("trials", in: object) { $0.count($1, min: 1, max: 10_000_000) }
        let seed = optional("seed", in: object) { $0.wholeNumber($1, min: 0, max: .max) }
        let workload = required("workload", in: object) { $0.workload($1, horizonMonths: horizonMonths) }
        let vendors = required("vendors", in: object) { $0.vendors($1) }
        let offers = required("offers", in: object) { $0.offers($1, vendors: vendors) }
        let correlations = optional("correlations", in: object) { $0.correlationEntries($1) }

        guard issues.isEmpty, let name, let horizonMonths, let workload, let vendors = vendors?.vendors, let offers
        else { return nil }
        let scenario = Scenario(
            unchecked: name, title: title ?? name, description: description, currency: currency ?? "USD",
            horizonMonths: horizonMonths, trials: trials ?? 10_000, seed: seed,
            workload: workload, vendors: vendors, offers: offers)
        // The paths of `correlations` are checked against the scenario they name.
        guard let entries = correlations, !entries.isEmpty else { return scenario }
        guard let checked = checkCorrelations(entries, in: scenario) else { return nil }
        return Scenario(
            unchecked: name, title: scenario.title, description: description, currency: scenario.currency,
            horizonMonths: horizonMonths, trials: scenario.trials, seed: seed,
            workload: workload, vendors: vendors, offers: offers, correlations: checked)
    }

    /// Reads the scenario's name: one or more ASCII letters, digits, `-` or `_` (it names
    /// the report folder).
    mutating func scenarioName(_ field: Field) -> String? {
        guard let name = string(field) else { return nil }
        let allowed = name.unicodeScalars.allSatisfy {
            $0.isASCII && (CharacterSet.alphanumerics.contains($0) || $0 == "-" || $0 == "_")
        }
        guard allowed, !name.isEmpty else {
            report(.invalidName, at: field)
            return nil
        }
        return name
    }

    /// Reads a currency: 3 uppercase ASCII letters, as ISO 4217 codes are.
    mutating func currency(_ field: Field) -> String? {
        guard let code = string(field) else { return nil }
        guard code.unicodeScalars.count == 3, code.unicodeScalars.allSatisfy({ ("A"..."Z").contains($0) }) else {
            report(.invalidCurrency, at: field)
            return nil
        }
        return code
    }

    /// Reads the workload. `tasksPerMonth` is required; every other field defaults to 0,
    /// except `savingsPerOutcome`, which defaults to none (the trial's `humanCostPerTask`),
    /// and `monthlyBudget` (a plain number > 0), which defaults to none.
    ///
    /// When the horizon is known, also checks that the expected volume stays within
    /// ``ScenarioIssue/maximumExpectedTasksPerMonth`` in every month.
    mutating func workload(_ field: Field, horizonMonths: Int?) -> Workload? {
        guard let object = object(field, keys: Self.workloadKeys) else { return nil }
        let tasks = required("tasksPerMonth", in: object) { $0.distribution($1, .nonNegative) }
        let growth = optional("monthlyGrowth", in: object) { $0.distribution($1, .growth) }
        let volatility = optional("volumeVolatility", in: object) { $0.distribution($1, .nonNegative) }
        let humanCost = optional("humanCostPerTask", in: object) { $0.distribution($1, .nonNegative) }
        let revenue = optional("revenuePerOutcome", in: object) { $0.distribution($1, .nonNegative) }
        let savings = optional("savingsPerOutcome", in: object) { $0.distribution($1, .nonNegative) }
        let budget = optional("monthlyBudget", in: object) { $0.plainNumber($1, .greaterThan(0), contract: false) }
        let seasonality = optional("seasonality", in: object) { $0.seasonality($1) }
        let churn = optional("monthlyChurn", in: object) { $0.distribution($1, .rate) }

        guard let tasks else { return nil }
        if let horizonMonths, object.given("monthlyGrowth") == nil || growth != nil,
            object.given("seasonality") == nil || seasonality != nil
        {
            checkVolume(
                tasks: tasks, growth: growth ?? .fixed(0), seasonality: seasonality, horizonMonths: horizonMonths, workload: object)
        }
        return Workload(
            tasksPerMonth: tasks, monthlyGrowth: growth ?? .fixed(0), volumeVolatility: volatility ?? .fixed(0),
            humanCostPerTask: humanCost ?? .fixed(0), revenuePerOutcome: revenue ?? .fixed(0),
            savingsPerOutcome: savings, monthlyBudget: budget, seasonality: seasonality, monthlyChurn: churn)
    }

    /// Reads `seasonality`: an array of exactly 12 plain numbers ≥ 0.
    private mutating func seasonality(_ field: Field) -> [Double]? {
        guard case .array(let elements) = field.value.kind, elements.count == 12 else {
            report(.seasonality, at: field)
            return nil
        }
        var values: [Double]? = []
        for (index, element) in elements.enumerated() {
            let value = plainNumber(Field(path: field.path.appending(index: index), value: element), .atLeast(0), contract: false)
            if let value { values?.append(value) } else { values = nil }
        }
        return values
    }

    /// Reports an expected volume above ``ScenarioIssue/maximumExpectedTasksPerMonth`` in
    /// any month. With the means m of tasksPerMonth and g of monthlyGrowth, and the
    /// seasonality s (1 in every month without one),
    /// ```
    /// λₜ = m · (1 + g)^(t − 1) · s[(t − 1) mod 12],  t = 1 … H
    /// ```
    /// Without seasonality λₜ is monotonic in t, so its largest value is in month 1 or month
    /// H; with it, in one of the first or the last 12 months.
    private mutating func checkVolume(
        tasks: Distribution, growth: Distribution, seasonality: [Double]?, horizonMonths: Int, workload: ObjectReader
    ) {
        let factor = 1 + growth.mean
        func expected(_ month: Int) -> Double {
            tasks.mean * pow(factor, Double(month - 1)) * (seasonality?[(month - 1) % 12] ?? 1)
        }
        // The largest (the first of equals), or one that is not a number.
        var month = 1
        for candidate in 1...max(1, horizonMonths) where candidate <= 12 || candidate > horizonMonths - 12 {
            guard !(expected(candidate) <= expected(month)) else { continue }
            month = candidate
        }
        if !(expected(month) <= ScenarioIssue.maximumExpectedTasksPerMonth) {
            report(
                .volumeTooLarge(month: month, tasks: expected(month), seasonal: seasonality != nil), path: workload.path,
                at: workload.position)
        }
    }
}
