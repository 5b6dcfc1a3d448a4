/// The pricing models a scenario's `pricing` names in its `model` key (<doc:PricingModels>), in the
/// order the format lists them, with the keys each allows.
enum PricingModel: String, CaseIterable {
    case perOutcome, cappedPerOutcome, tiered, graduated, subscriptionPlusBonus, revenueShare
    case perTask, perAttempt, costPlus, perSeat, fixedFee, package, credits

    /// The keys a charge of this model may hold, `model` first.
    var keys: [String] {
        let fields: [String]
        switch self {
        case .perOutcome, .perTask, .perAttempt: fields = ["price"]
        case .cappedPerOutcome: fields = ["price", "monthlyCap", "atCap"]
        case .tiered: fields = ["tiers", "plan", "overagePrice"]
        case .graduated: fields = ["metric", "mode", "brackets"]
        case .subscriptionPlusBonus: fields = ["monthlyFee", "bonus", "target"]
        case .revenueShare: fields = ["percent", "basis", "monthlyCap", "monthlyMinimum"]
        case .costPlus: fields = ["markup"]
        case .perSeat: fields = ["seats", "pricePerSeat"]
        case .fixedFee: fields = ["monthly"]
        case .package: fields = ["metric", "unitsPerPackage", "pricePerPackage", "freeUnits"]
        case .credits:
            fields = [
                "monthlyFee", "creditsPerMonth", "initialCredits", "creditsPerOutcome", "creditsPerTask", "creditsPerAttempt",
                "rollover", "whenExhausted", "overagePrice", "topUpCredits", "topUpPrice",
            ]
        }
        return ["model"] + fields
    }
}
