// An offer's pricing: one charge or an array of charges, each naming its model.
//
// Every field of a charge is a plain number (the contract is not uncertain) and required,
// except `atCap` (default `continue`), a revenue share's `monthlyCap` and `monthlyMinimum`
// (none) and a bracket's `flatFee` (0).

extension ScenarioValidator {
    /// Reads `pricing`: one charge object or a non-empty array of them.
    mutating func pricing(_ field: Field) -> [Charge]? {
        switch field.value.kind {
        case .object:
            return charge(field).map { [$0] }
        case .array(let elements) where !elements.isEmpty:
            var charges: [Charge]? = []
            for (index, element) in elements.enumerated() {
                let charge = charge(Field(path: field.path.appending(index: index), value: element))
                if let charge { charges?.append(charge) } else { charges = nil }
            }
            return charges
        default:
            report(.wrongType(.pricing), at: field)
            return nil
        }
    }

    /// Reads one charge: its `model` first, which decides the other keys it may hold.
    private mutating func charge(_ field: Field) -> Charge? {
        guard case .object(let members) = field.value.kind else {
            report(.wrongType(.object), at: field)
            return nil
        }
        let unchecked = ObjectReader(path: field.path, position: field.value.position, members: members)
        guard let model = required("model", in: unchecked, { $0.choice($1, of: PricingModel.self) }),
            let object = object(field, keys: model.keys)
        else { return nil }

        switch model {
        case .perOutcome: return price(object).map { .perOutcome(PerOutcome(price: $0)) }
        case .perTask: return price(object).map { .perTask(PerTask(price: $0)) }
        case .perAttempt: return price(object).map { .perAttempt(PerAttempt(price: $0)) }
        case .cappedPerOutcome: return cappedPerOutcome(object).map { .cappedPerOutcome($0) }
        case .tiered: return tiered(object).map { .tiered($0) }
        case .graduated: return graduated(object).map { .graduated($0) }
        case .subscriptionPlusBonus: return subscriptionPlusBonus(object).map { .subscriptionPlusBonus($0) }
        case .revenueShare: return revenueShare(object).map { .revenueShare($0) }
        case .costPlus:
            return required("markup", in: object) { $0.plainNumber($1, .atLeast(0)) }.map { .costPlus(CostPlus(markup: $0)) }
        case .perSeat: return perSeat(object).map { .perSeat($0) }
        case .fixedFee:
            return required("monthly", in: object) { $0.plainNumber($1, .atLeast(0)) }.map { .fixedFee(FixedFee(monthly: $0)) }
        case .package: return package(object).map { .package($0) }
        case .credits: return credits(object).map { .credits($0) }
        }
    }

    /// `price` (≥ 0) of perOutcome, perTask and perAttempt.
    private mutating func price(_ object: ObjectReader) -> Double? {
        required("price", in: object) { $0.plainNumber($1, .atLeast(0)) }
    }

    /// `price` (≥ 0), `monthlyCap` (> 0), `atCap` (`continue` by default).
    private mutating func cappedPerOutcome(_ object: ObjectReader) -> CappedPerOutcome? {
        let price = price(object)
        let cap = required("monthlyCap", in: object) { $0.plainNumber($1, .greaterThan(0)) }
        let atCap = optional("atCap", in: object) { $0.choice($1, of: CappedPerOutcome.AtCap.self) }
        guard let price, let cap else { return nil }
        return CappedPerOutcome(price: price, monthlyCap: cap, atCap: atCap ?? .continue)
    }

    /// `monthlyFee` and `bonus` (≥ 0), `target` (whole, ≥ 0).
    private mutating func subscriptionPlusBonus(_ object: ObjectReader) -> SubscriptionPlusBonus? {
        let fee = required("monthlyFee", in: object) { $0.plainNumber($1, .atLeast(0)) }
        let bonus = required("bonus", in: object) { $0.plainNumber($1, .atLeast(0)) }
        let target = required("target", in: object) { $0.count($1, min: 0, contract: true) }
        guard let fee, let bonus, let target else { return nil }
        return SubscriptionPlusBonus(monthlyFee: fee, bonus: bonus, target: target)
    }

    /// `percent` (0…100), `basis` (`revenue` or `savings`), and optionally `monthlyCap`
    /// (> 0) and `monthlyMinimum` (≥ 0, ≤ monthlyCap).
    private mutating func revenueShare(_ object: ObjectReader) -> RevenueShare? {
        let percent = required("percent", in: object) { $0.plainNumber($1, .within(0, 100)) }
        let basis = required("basis", in: object) { $0.choice($1, of: RevenueShare.Basis.self) }
        let cap = optional("monthlyCap", in: object) { $0.plainNumber($1, .greaterThan(0)) }
        let minimum = optional("monthlyMinimum", in: object) { $0.plainNumber($1, .atLeast(0)) }
        guard checkMinimum(minimum, key: "monthlyMinimum", atMost: cap, in: object), let percent, let basis else {
            return nil
        }
        return RevenueShare(percent: percent, basis: basis, monthlyCap: cap, monthlyMinimum: minimum)
    }

    /// `seats` (whole, ≥ 0) and `pricePerSeat` (≥ 0).
    private mutating func perSeat(_ object: ObjectReader) -> PerSeat? {
        let seats = required("seats", in: object) { $0.count($1, min: 0, contract: true) }
        let price = required("pricePerSeat", in: object) { $0.plainNumber($1, .atLeast(0)) }
        guard let seats, let price else { return nil }
        return PerSeat(seats: seats, pricePerSeat: price)
    }
}
