// `tiered`: outcome packages, and a plan that names one of them or `cheapest`.

/// What a plan needs to know about the `tiers` array, even when some tier in it is invalid.
struct TierList {
    /// The tiers, when every one of them is valid.
    var tiers: [Tiered.Tier]?
    /// The valid names, in file order, without duplicates.
    var names: [String]
    /// Whether every tier has a valid name, so that `names` is the full list.
    var namesComplete: Bool
}

extension ScenarioValidator {
    /// The keys of a tier.
    static let tierKeys = ["name", "monthlyFee", "includedOutcomes"]
    /// The plan that picks, each month, the tier that costs least.
    static let cheapestPlan = "cheapest"

    /// `tiers` (non-empty, unique names), `plan` (a tier's name or `cheapest`, resolved to
    /// ``Tiered/Plan``) and `overagePrice` (≥ 0), all required.
    mutating func tiered(_ object: ObjectReader) -> Tiered? {
        let tiers = required("tiers", in: object) { $0.tiers($1) }
        let plan = required("plan", in: object) { $0.plan($1, tiers: tiers) }
        let overage = required("overagePrice", in: object) { $0.plainNumber($1, .atLeast(0)) }
        guard let tiers = tiers?.tiers, let plan, let overage else { return nil }
        return Tiered(tiers: tiers, plan: plan, overagePrice: overage)
    }

    /// Reads the non-empty `tiers` array and checks that names are unique and none is
    /// `cheapest`.
    private mutating func tiers(_ field: Field) -> TierList? {
        guard let elements = array(field, of: "tier") else { return nil }
        var list = TierList(tiers: [], names: [], namesComplete: true)
        var firstUse: [String: ScenarioPath] = [:]
        for element in elements {
            guard let object = object(element, keys: Self.tierKeys) else {
                list.tiers = nil
                list.namesComplete = false
                continue
            }
            let name = required("name", in: object) { $0.tierName($1) }
            let fee = required("monthlyFee", in: object) { $0.plainNumber($1, .atLeast(0)) }
            let included = required("includedOutcomes", in: object) { $0.count($1, min: 0, contract: true) }
            guard let name, let nameField = object["name"] else {
                list.tiers = nil
                list.namesComplete = false
                continue
            }
            if let first = firstUse[name] {
                report(.duplicate(first: first), at: nameField)
                list.tiers = nil
                continue
            }
            firstUse[name] = nameField.path
            list.names.append(name)
            if let fee, let included {
                list.tiers?.append(Tiered.Tier(name: name, monthlyFee: fee, includedOutcomes: included))
            } else {
                list.tiers = nil
            }
        }
        return list
    }

    /// A tier's name: a non-empty string other than `cheapest`.
    private mutating func tierName(_ field: Field) -> String? {
        guard let name = string(field, nonEmpty: true) else { return nil }
        guard name != Self.cheapestPlan else {
            report(.reservedTierName, at: field)
            return nil
        }
        return name
    }

    /// Reads the plan: `cheapest`, or the name of a tier, resolved to its index. Names are
    /// checked only when every tier's name is valid.
    private mutating func plan(_ field: Field, tiers: TierList?) -> Tiered.Plan? {
        guard let tiers, tiers.namesComplete else {
            guard let name = string(field, nonEmpty: true) else { return nil }
            return name == Self.cheapestPlan ? .cheapest : nil
        }
        guard case .string(let name) = field.value.kind else {
            report(.unknownPlan(tiers: tiers.names, suggestion: nil), at: field)
            return nil
        }
        if name == Self.cheapestPlan { return .cheapest }
        guard let index = tiers.names.firstIndex(of: name) else {
            let suggestion = Suggestion.closest(to: name, in: tiers.names + [Self.cheapestPlan])
            report(.unknownPlan(tiers: tiers.names, suggestion: suggestion), at: field)
            return nil
        }
        return .tier(index)
    }
}
