// Vendors: operating profiles, with unique ids that offers refer to.

/// What the offers need to know about the `vendors` array, even when some vendor in it is
/// invalid: how many there are and their ids.
struct VendorList {
    /// The vendors, when every one of them is valid.
    var vendors: [Vendor]?
    /// How many entries the array has.
    var count: Int
    /// The valid ids, in file order, without duplicates.
    var ids: [String]
    /// Whether every entry has a valid id, so that `ids` is the full list and an offer
    /// naming another vendor is surely wrong.
    var idsComplete: Bool
}

extension ScenarioValidator {
    /// The keys of a vendor.
    static let vendorKeys = [
        "id", "attemptSuccessRate", "maxAttempts", "costPerAttempt", "costPerTask", "fixedCostPerMonth", "trainingLag",
        "reopenRate", "disputeRate", "disputeUpheldRate", "disputeCost", "costPerAttemptTrend", "failureRateTrend",
    ]
    /// The keys of `trainingLag`.
    static let trainingLagKeys = ["months", "initialAttemptSuccessRate"]

    /// Reads the non-empty `vendors` array and checks that ids are unique.
    mutating func vendors(_ field: Field) -> VendorList? {
        guard let elements = array(field, of: "vendor") else { return nil }
        var list = VendorList(vendors: [], count: elements.count, ids: [], idsComplete: true)
        var firstUse: [String: ScenarioPath] = [:]
        for element in elements {
            let (vendor, id) = self.vendor(element)
            guard let id else {
                list.vendors = nil
                list.idsComplete = false
                continue
            }
            if let first = firstUse[id.value] {
                report(.duplicate(first: first), at: id.field)
                list.vendors = nil
                continue
            }
            firstUse[id.value] = id.field.path
            list.ids.append(id.value)
            if let vendor { list.vendors?.append(vendor) } else { list.vendors = nil }
        }
        return list
    }

    /// Reads one vendor. `id` and `attemptSuccessRate` are required; `maxAttempts` defaults
    /// to 1, `trainingLag` to none, every other field to 0 (the trends are ≥ −1, like growth).
    /// - Returns: the vendor, or `nil` when invalid; and its id with the id's field, when
    ///   the id is valid (even if the rest is not).
    private mutating func vendor(_ field: Field) -> (Vendor?, id: (value: String, field: Field)?) {
        guard let object = object(field, keys: Self.vendorKeys) else { return (nil, nil) }
        let id = required("id", in: object) { $0.string($1, nonEmpty: true) }
        let successRate = required("attemptSuccessRate", in: object) { $0.distribution($1, .rate) }
        let maxAttempts = optional("maxAttempts", in: object) { $0.count($1, min: 1, max: 100) }
        let costPerAttempt = optional("costPerAttempt", in: object) { $0.distribution($1, .nonNegative) }
        let costPerTask = optional("costPerTask", in: object) { $0.distribution($1, .nonNegative) }
        let fixedCost = optional("fixedCostPerMonth", in: object) { $0.distribution($1, .nonNegative) }
        let trainingLag = optional("trainingLag", in: object) { $0.trainingLag($1) }
        let reopenRate = optional("reopenRate", in: object) { $0.distribution($1, .rate) }
        let disputeRate = optional("disputeRate", in: object) { $0.distribution($1, .rate) }
        let upheldRate = optional("disputeUpheldRate", in: object) { $0.distribution($1, .rate) }
        let disputeCost = optional("disputeCost", in: object) { $0.distribution($1, .nonNegative) }
        let costTrend = optional("costPerAttemptTrend", in: object) { $0.distribution($1, .growth) }
        let failureTrend = optional("failureRateTrend", in: object) { $0.distribution($1, .growth) }

        let validID = id.flatMap { id in object["id"].map { (id, $0) } }
        guard let id, let successRate else { return (nil, validID) }
        let vendor = Vendor(
            id: id, attemptSuccessRate: successRate, maxAttempts: maxAttempts ?? 1,
            costPerAttempt: costPerAttempt ?? .fixed(0), costPerTask: costPerTask ?? .fixed(0),
            fixedCostPerMonth: fixedCost ?? .fixed(0), trainingLag: trainingLag,
            reopenRate: reopenRate ?? .fixed(0), disputeRate: disputeRate ?? .fixed(0),
            disputeUpheldRate: upheldRate ?? .fixed(0), disputeCost: disputeCost ?? .fixed(0),
            costPerAttemptTrend: costTrend ?? .fixed(0), failureRateTrend: failureTrend ?? .fixed(0))
        return (vendor, validID)
    }

    /// Reads a training lag: `months` (whole, ≥ 0) is required, and
    /// `initialAttemptSuccessRate` (a rate) is required when `months` > 0.
    /// - Returns: the lag; `nil` when invalid, and for 0 months, which is no ramp at all.
    private mutating func trainingLag(_ field: Field) -> TrainingLag? {
        guard let object = object(field, keys: Self.trainingLagKeys) else { return nil }
        let months = required("months", in: object) { $0.count($1, min: 0) }
        let initialRate = optional("initialAttemptSuccessRate", in: object) { $0.distribution($1, .rate) }
        guard let months else { return nil }
        if months == 0 { return nil }
        guard let initialRate else {
            if object.given("initialAttemptSuccessRate") == nil {
                report(.missingInitialRate, path: object.path.appending("initialAttemptSuccessRate"), at: object.position)
            }
            return nil
        }
        return TrainingLag(months: months, initialAttemptSuccessRate: initialRate)
    }
}
