// A scenario written back in the file format (<doc:ScenarioFormat>, <doc:PricingModels>): what the loader reads, so
// that loading the encoding of a valid scenario gives the same scenario.
//
// Keys the loader defaults are left out where the default gives the same value back: a
// `description`, `seed`, `savingsPerOutcome`, `trainingLag`, minimum or cap that is none,
// an uncertain quantity that is the fixed 0, `terms` and `buyerCosts` that are all default,
// `correlations` that are none.
// Everything else is written, even where it equals the default (`title`, `currency`,
// `trials`, `maxAttempts`, an offer's `vendor`, every field of a charge), so that a file
// says what it means. Counts and the seed are integer literals, read back exactly.

extension Scenario {
    /// The scenario as a scenario file's top-level object.
    var json: JSONValue {
        .object([
            "name": .string(name), "title": .string(title), "description": description.map(JSONValue.string),
            "currency": .string(currency), "horizonMonths": .integer(horizonMonths), "trials": .integer(trials),
            "seed": seed.map(JSONValue.integer), "workload": workload.json, "vendors": .array(vendors.map(\.json)),
            "offers": .array(offers.map(\.json)),
            "correlations": correlations.isEmpty ? nil : .array(correlations.map(\.json)),
        ])
    }
}

extension RankCorrelation {
    /// One element of `correlations`: `{"between": [first, second], "rank": rank}`.
    var json: JSONValue {
        .object(["between": .array([.string(first), .string(second)]), "rank": .number(rank)])
    }
}

extension Workload {
    /// The `workload` object.
    var json: JSONValue {
        .object([
            "tasksPerMonth": tasksPerMonth.json, "monthlyGrowth": monthlyGrowth.jsonUnlessZero,
            "volumeVolatility": volumeVolatility.jsonUnlessZero, "humanCostPerTask": humanCostPerTask.jsonUnlessZero,
            "revenuePerOutcome": revenuePerOutcome.jsonUnlessZero, "savingsPerOutcome": savingsPerOutcome?.json,
            "monthlyBudget": monthlyBudget.map(JSONValue.number),
            "seasonality": seasonality.map { .array($0.map(JSONValue.number)) }, "monthlyChurn": monthlyChurn?.json,
        ])
    }
}

extension Vendor {
    /// One element of `vendors`.
    var json: JSONValue {
        .object([
            "id": .string(id), "attemptSuccessRate": attemptSuccessRate.json, "maxAttempts": .integer(maxAttempts),
            "costPerAttempt": costPerAttempt.jsonUnlessZero, "costPerTask": costPerTask.jsonUnlessZero,
            "fixedCostPerMonth": fixedCostPerMonth.jsonUnlessZero, "trainingLag": trainingLag?.json,
            "reopenRate": reopenRate.jsonUnlessZero, "disputeRate": disputeRate.jsonUnlessZero,
            "disputeUpheldRate": disputeUpheldRate.jsonUnlessZero, "disputeCost": disputeCost.jsonUnlessZero,
            "costPerAttemptTrend": costPerAttemptTrend.jsonUnlessZero, "failureRateTrend": failureRateTrend.jsonUnlessZero,
        ])
    }
}

extension TrainingLag {
    /// A vendor's `trainingLag` object.
    var json: JSONValue {
        .object(["months": .integer(months), "initialAttemptSuccessRate": initialAttemptSuccessRate.json])
    }
}

extension Offer {
    /// One element of `offers`; `pricing` is one charge object when there is one charge, an
    /// array otherwise.
    var json: JSONValue {
        .object([
            "name": .string(name), "vendor": .string(vendor),
            "pricing": charges.count == 1 ? charges[0].json : .array(charges.map(\.json)),
            "terms": terms == DealTerms() ? nil : terms.json,
            "buyerCosts": buyerCosts == BuyerCosts() ? nil : buyerCosts.json,
        ])
    }
}

extension DealTerms {
    /// An offer's `terms` object.
    var json: JSONValue {
        .object([
            "freeMonths": freeMonths == 0 ? nil : .integer(freeMonths), "minimumMonthly": minimumMonthly.map(JSONValue.number),
            "monthlyCap": monthlyCap.map(JSONValue.number),
            "implementationFee": implementationFee == 0 ? nil : .number(implementationFee),
            "commitment": commitment.map { .object(["amount": .number($0.amount), "periodMonths": .integer($0.periodMonths)]) },
            "paymentTermsDays": paymentTermsDays == 0 ? nil : .integer(paymentTermsDays),
            "minimumTermMonths": minimumTermMonths == 0 ? nil : .integer(minimumTermMonths),
            "earlyTerminationFee": earlyTerminationFee == 0 ? nil : .number(earlyTerminationFee),
        ])
    }
}

extension BuyerCosts {
    /// An offer's `buyerCosts` object.
    var json: JSONValue {
        .object(["perTask": perTask.jsonUnlessZero, "perMonth": perMonth.jsonUnlessZero, "perDispute": perDispute.jsonUnlessZero])
    }
}

extension Charge {
    /// The model of this charge, whose name a scenario's `model` key spells.
    var pricingModel: PricingModel {
        switch self {
        case .perOutcome: return .perOutcome
        case .cappedPerOutcome: return .cappedPerOutcome
        case .tiered: return .tiered
        case .graduated: return .graduated
        case .subscriptionPlusBonus: return .subscriptionPlusBonus
        case .revenueShare: return .revenueShare
        case .perTask: return .perTask
        case .perAttempt: return .perAttempt
        case .costPlus: return .costPlus
        case .perSeat: return .perSeat
        case .fixedFee: return .fixedFee
        case .package: return .package
        case .credits: return .credits
        }
    }

    /// One charge object, `model` first and then the model's keys in the order
    /// ``PricingModel/keys`` lists them.
    var json: JSONValue {
        let model: JSONValue = .string(pricingModel.rawValue)
        switch self {
        case .perOutcome(let charge): return .object(["model": model, "price": .number(charge.price)])
        case .cappedPerOutcome(let charge): return charge.json(model: model)
        case .tiered(let charge): return charge.json(model: model)
        case .graduated(let charge): return charge.json(model: model)
        case .subscriptionPlusBonus(let charge): return charge.json(model: model)
        case .revenueShare(let charge): return charge.json(model: model)
        case .perTask(let charge): return .object(["model": model, "price": .number(charge.price)])
        case .perAttempt(let charge): return .object(["model": model, "price": .number(charge.price)])
        case .costPlus(let charge): return .object(["model": model, "markup": .number(charge.markup)])
        case .perSeat(let charge):
            return .object(["model": model, "seats": .integer(charge.seats), "pricePerSeat": .number(charge.pricePerSeat)])
        case .fixedFee(let charge): return .object(["model": model, "monthly": .number(charge.monthly)])
        case .package(let charge):
            return .object([
                "model": model, "metric": .string(charge.metric.rawValue), "unitsPerPackage": .integer(charge.unitsPerPackage),
                "pricePerPackage": .number(charge.pricePerPackage), "freeUnits": .integer(charge.freeUnits),
            ])
        case .credits(let charge): return charge.json(model: model)
        }
    }
}

extension CappedPerOutcome {
    func json(model: JSONValue) -> JSONValue {
        .object([
            "model": model, "price": .number(price), "monthlyCap": .number(monthlyCap), "atCap": .string(atCap.rawValue),
        ])
    }
}

extension Tiered {
    /// The plan is written as its tier's name, or `cheapest`. A plan whose index lies outside
    /// `tiers` has no name; it is written as the index, which the validator reports as no
    /// tier's name.
    func json(model: JSONValue) -> JSONValue {
        let plan: JSONValue
        switch self.plan {
        case .cheapest: plan = .string(ScenarioValidator.cheapestPlan)
        case .tier(let index): plan = tiers.indices.contains(index) ? .string(tiers[index].name) : .integer(index)
        }
        let tiers = tiers.map { tier in
            JSONValue.object([
                "name": .string(tier.name), "monthlyFee": .number(tier.monthlyFee), "includedOutcomes": .integer(tier.includedOutcomes),
            ])
        }
        return .object(["model": model, "tiers": .array(tiers), "plan": plan, "overagePrice": .number(overagePrice)])
    }
}

extension Graduated {
    /// Every bracket with its `flatFee`; the unbounded one with `"upTo": null`.
    func json(model: JSONValue) -> JSONValue {
        let brackets = brackets.map { bracket in
            JSONValue.object([
                "upTo": bracket.upTo.map(JSONValue.integer) ?? JSONValue(.null), "unitPrice": .number(bracket.unitPrice),
                "flatFee": .number(bracket.flatFee),
            ])
        }
        return .object([
            "model": model, "metric": .string(metric.rawValue), "mode": .string(mode.rawValue), "brackets": .array(brackets),
        ])
    }
}

extension Credits {
    /// Every amount of the wallet, `rollover` as `"none"`, `"all"` or its limit, and the
    /// fields of its `whenExhausted` mode.
    func json(model: JSONValue) -> JSONValue {
        let rollover: JSONValue
        switch self.rollover {
        case .none: rollover = .string(ScenarioValidator.rolloverNone)
        case .all: rollover = .string(ScenarioValidator.rolloverAll)
        case .upTo(let limit): rollover = .number(limit)
        }
        let whenExhausted: ScenarioValidator.WhenExhausted
        var (overagePrice, topUpCredits, topUpPrice): (JSONValue?, JSONValue?, JSONValue?) = (nil, nil, nil)
        switch self.whenExhausted {
        case .overage(let price):
            whenExhausted = .overage
            overagePrice = .number(price)
        case .topUp(let credits, let price):
            whenExhausted = .topUp
            (topUpCredits, topUpPrice) = (.integer(credits), .number(price))
        case .pause:
            whenExhausted = .pause
        }
        return .object([
            "model": model, "monthlyFee": .number(monthlyFee), "creditsPerMonth": .number(creditsPerMonth),
            "initialCredits": .number(initialCredits), "creditsPerOutcome": .number(creditsPerOutcome),
            "creditsPerTask": .number(creditsPerTask), "creditsPerAttempt": .number(creditsPerAttempt),
            "rollover": rollover, "whenExhausted": .string(whenExhausted.rawValue), "overagePrice": overagePrice,
            "topUpCredits": topUpCredits, "topUpPrice": topUpPrice,
        ])
    }
}

extension SubscriptionPlusBonus {
    func json(model: JSONValue) -> JSONValue {
        .object(["model": model, "monthlyFee": .number(monthlyFee), "bonus": .number(bonus), "target": .integer(target)])
    }
}

extension RevenueShare {
    func json(model: JSONValue) -> JSONValue {
        .object([
            "model": model, "percent": .number(percent), "basis": .string(basis.rawValue),
            "monthlyCap": monthlyCap.map(JSONValue.number), "monthlyMinimum": monthlyMinimum.map(JSONValue.number),
        ])
    }
}

extension Distribution {
    /// A plain number for a fixed value, otherwise a one-key object such as
    /// `{"triangular": [0.03, 0.06, 0.15]}`.
    var json: JSONValue {
        switch self {
        case .fixed(let value): return .number(value)
        case .uniform(let a, let b): return Self.json(.uniform, [a, b])
        case .triangular(let min, let mode, let max): return Self.json(.triangular, [min, mode, max])
        case .pert(let min, let mode, let max): return Self.json(.pert, [min, mode, max])
        case .normal(let mean, let sd): return Self.json(.normal, [mean, sd])
        case .ci90(let low, let high): return Self.json(.ci90, [low, high])
        case .beta(let alpha, let beta): return Self.json(.beta, [alpha, beta])
        }
    }

    /// ``json``, or `nil` for the fixed 0 that an optional quantity defaults to.
    var jsonUnlessZero: JSONValue? {
        self == .fixed(0) ? nil : json
    }

    private static func json(_ form: Form, _ parameters: [Double]) -> JSONValue {
        .object([form.rawValue: .array(parameters.map(JSONValue.number))])
    }
}
