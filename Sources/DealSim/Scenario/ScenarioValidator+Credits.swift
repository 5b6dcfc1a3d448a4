// Block prices and prepaid wallets: `package` and `credits` (<doc:PricingModels>, "package" and
// "credits"; the keys in <doc:ScenarioFormat>, "Wallets").
//
// Every field is a plain number, like the rest of `pricing`. A wallet's fields default to
// 0, `rollover` to "none" and `whenExhausted` to "overage"; the price of a shortfall is
// required by its mode and refused by the others, so that a wallet says one thing.

extension ScenarioValidator {
    /// `rollover`'s word for carrying nothing.
    static let rolloverNone = "none"
    /// `rollover`'s word for carrying the whole balance.
    static let rolloverAll = "all"

    /// A wallet's `whenExhausted` modes, as the file spells them.
    enum WhenExhausted: String, CaseIterable {
        case overage, topUp, pause

        /// The keys this mode requires; the other modes' keys are refused.
        var keys: [String] {
            switch self {
            case .overage: return ["overagePrice"]
            case .topUp: return ["topUpCredits", "topUpPrice"]
            case .pause: return []
            }
        }
    }

    /// `metric` (outcomes, tasks or attempts), `unitsPerPackage` (whole, ≥ 1),
    /// `pricePerPackage` (≥ 0) and `freeUnits` (whole, ≥ 0, default 0).
    mutating func package(_ object: ObjectReader) -> Package? {
        let metric = required("metric", in: object) { $0.choice($1, of: UsageMetric.self) }
        let units = required("unitsPerPackage", in: object) { $0.count($1, min: 1, contract: true) }
        let price = required("pricePerPackage", in: object) { $0.plainNumber($1, .atLeast(0)) }
        let free = optional("freeUnits", in: object) { $0.count($1, min: 0, contract: true) }
        guard let metric, let units, let price else { return nil }
        return Package(metric: metric, unitsPerPackage: units, pricePerPackage: price, freeUnits: free ?? 0)
    }

    /// A prepaid wallet: amounts ≥ 0 (0 by default), at least one of the credits per outcome,
    /// task or attempt above 0, `rollover` and `whenExhausted` with the keys its mode needs.
    mutating func credits(_ object: ObjectReader) -> Credits? {
        func amount(_ key: String, _ validator: inout Self) -> Double? {
            validator.optional(key, in: object) { $0.plainNumber($1, .atLeast(0)) }
        }
        let fee = amount("monthlyFee", &self)
        let perMonth = amount("creditsPerMonth", &self)
        let initial = amount("initialCredits", &self)
        let perOutcome = amount("creditsPerOutcome", &self)
        let perTask = amount("creditsPerTask", &self)
        let perAttempt = amount("creditsPerAttempt", &self)
        let rollover = optional("rollover", in: object) { $0.rollover($1) }
        let mode = optional("whenExhausted", in: object) { $0.choice($1, of: WhenExhausted.self) }
        let modeKnown = object.given("whenExhausted") == nil || mode != nil
        let whenExhausted = self.whenExhausted(mode ?? .overage, known: modeKnown, defaulted: mode == nil, in: object)

        let consumption = zip(["creditsPerOutcome", "creditsPerTask", "creditsPerAttempt"], [perOutcome, perTask, perAttempt])
        let consumptionValid = consumption.allSatisfy { object.given($0.0) == nil || $0.1 != nil }
        if consumptionValid, !consumption.contains(where: { ($0.1 ?? 0) > 0 }) {
            report(.consumesNoCredits, path: object.path, at: object.position)
            return nil
        }
        guard let whenExhausted else { return nil }
        return Credits(
            monthlyFee: fee ?? 0, creditsPerMonth: perMonth ?? 0, initialCredits: initial ?? 0, creditsPerOutcome: perOutcome ?? 0,
            creditsPerTask: perTask ?? 0, creditsPerAttempt: perAttempt ?? 0, rollover: rollover ?? .none,
            whenExhausted: whenExhausted)
    }

    /// `"none"`, `"all"` or a number ≥ 0 of credits.
    private mutating func rollover(_ field: Field) -> Credits.Rollover? {
        switch field.value.kind {
        case .string(Self.rolloverNone): return Credits.Rollover.none
        case .string(Self.rolloverAll): return .all
        case .number: return plainNumber(field, .atLeast(0)).map { .upTo($0) }
        case .string(let word):
            let words = [Self.rolloverNone, Self.rolloverAll]
            report(.rollover(suggestion: Suggestion.closest(to: word, in: words)), at: field)
            return nil
        default:
            report(.rollover(suggestion: nil), at: field)
            return nil
        }
    }

    /// The mode's price of a shortfall: `overagePrice` (≥ 0) with `overage`, `topUpCredits`
    /// (whole, ≥ 1) and `topUpPrice` (≥ 0) with `topUp`; the keys of the other modes refused.
    /// - Parameters:
    ///   - known: whether the mode is known (given validly, or left out); when it is not, only
    ///     the keys' values are checked.
    ///   - defaulted: whether the mode was left out and is the default.
    private mutating func whenExhausted(
        _ mode: WhenExhausted, known: Bool, defaulted: Bool, in object: ObjectReader
    ) -> Credits.WhenExhausted? {
        let overagePrice = optional("overagePrice", in: object) { $0.plainNumber($1, .atLeast(0)) }
        let topUpCredits = optional("topUpCredits", in: object) { $0.count($1, min: 1, contract: true) }
        let topUpPrice = optional("topUpPrice", in: object) { $0.plainNumber($1, .atLeast(0)) }
        guard known else { return nil }
        var valid = true
        for other in WhenExhausted.allCases where other != mode {
            for key in other.keys where !mode.keys.contains(key) {
                guard let field = object.given(key) else { continue }
                report(.onlyWith(key: "whenExhausted", value: other.rawValue), at: field)
                valid = false
            }
        }
        for key in mode.keys where object.given(key) == nil {
            report(
                .requiredWith(key: "whenExhausted", value: mode.rawValue, isDefault: defaulted), path: object.path.appending(key),
                at: object.position)
            valid = false
        }
        guard valid else { return nil }
        switch mode {
        case .overage: return overagePrice.map { .overage(price: $0) }
        case .topUp:
            guard let topUpCredits, let topUpPrice else { return nil }
            return .topUp(credits: topUpCredits, price: topUpPrice)
        case .pause: return .pause
        }
    }
}
