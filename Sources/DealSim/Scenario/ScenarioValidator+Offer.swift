// Offers: a vendor's agent under a pricing, with deal terms and the buyer's own costs.

extension ScenarioValidator {
    /// The keys of an offer.
    static let offerKeys = ["name", "vendor", "pricing", "terms", "buyerCosts"]
    /// The keys of an offer's `terms`.
    static let termsKeys = [
        "freeMonths", "minimumMonthly", "monthlyCap", "implementationFee", "commitment", "paymentTermsDays", "minimumTermMonths",
        "earlyTerminationFee",
    ]
    /// The keys of a deal's `commitment`.
    static let commitmentKeys = ["amount", "periodMonths"]
    /// The keys of an offer's `buyerCosts`.
    static let buyerCostsKeys = ["perTask", "perMonth", "perDispute"]

    /// Reads the non-empty `offers` array and checks that names are unique.
    /// - Parameter vendors: what is known of the vendors; `nil` when `vendors` is missing or
    ///   not an array, and offers' vendors are then not checked.
    mutating func offers(_ field: Field, vendors: VendorList?) -> [Offer]? {
        guard let elements = array(field, of: "offer") else { return nil }
        var offers: [Offer]? = []
        var firstUse: [String: ScenarioPath] = [:]
        for element in elements {
            let (offer, name) = self.offer(element, vendors: vendors)
            if let name {
                if let first = firstUse[name.value] {
                    report(.duplicate(first: first), at: name.field)
                    offers = nil
                } else {
                    firstUse[name.value] = name.field.path
                }
            }
            if let offer { offers?.append(offer) } else { offers = nil }
        }
        return offers
    }

    /// Reads one offer: `name` and `pricing` are required; `vendor` too unless the scenario
    /// has exactly one vendor; `terms` and `buyerCosts` default to none and 0.
    /// - Returns: the offer, or `nil` when invalid; and its name with the name's field, when
    ///   the name is valid.
    private mutating func offer(_ field: Field, vendors: VendorList?) -> (Offer?, name: (value: String, field: Field)?) {
        guard let object = object(field, keys: Self.offerKeys) else { return (nil, nil) }
        let name = required("name", in: object) { $0.string($1, nonEmpty: true) }
        let vendor = offerVendor(object, vendors: vendors)
        let charges = required("pricing", in: object) { $0.pricing($1) }
        let terms = optional("terms", in: object) { $0.terms($1) }
        let buyerCosts = optional("buyerCosts", in: object) { $0.buyerCosts($1) }

        let validName = name.flatMap { name in object["name"].map { (name, $0) } }
        guard let name, let vendor, let charges else { return (nil, validName) }
        let offer = Offer(
            name: name, vendor: vendor, charges: charges, terms: terms ?? DealTerms(), buyerCosts: buyerCosts ?? BuyerCosts())
        return (offer, validName)
    }

    /// Reads the offer's `vendor`: the id of one of the scenario's vendors; when left out,
    /// the only vendor's id.
    private mutating func offerVendor(_ object: ObjectReader, vendors: VendorList?) -> String? {
        guard let field = object.given("vendor") else {
            guard let vendors else { return nil }
            if vendors.count > 1 {
                report(.missingVendor(ids: vendors.ids), path: object.path.appending("vendor"), at: object.position)
                return nil
            }
            return vendors.idsComplete ? vendors.ids.first : nil
        }
        guard let vendors, vendors.idsComplete else { return string(field, nonEmpty: true) }
        guard case .string(let id) = field.value.kind, vendors.ids.contains(id) else {
            report(.unknownVendor(ids: vendors.ids), at: field)
            return nil
        }
        return id
    }

    /// Reads deal terms, all optional: `freeMonths` (whole, ≥ 0, default 0), `minimumMonthly`
    /// (≥ 0) and `monthlyCap` (> 0) none by default, with minimum ≤ cap, and
    /// `implementationFee` (≥ 0, default 0), `commitment` (none by default) and
    /// `paymentTermsDays` (whole, 0…365, default 0), `minimumTermMonths` (whole, ≥ 0, default
    /// 0) and `earlyTerminationFee` (≥ 0, default 0). Plain numbers: the contract is not
    /// uncertain. A fee without a minimum term is accepted and never charged, so that a sweep
    /// of the term may start at 0.
    private mutating func terms(_ field: Field) -> DealTerms? {
        guard let object = object(field, keys: Self.termsKeys) else { return nil }
        let freeMonths = optional("freeMonths", in: object) { $0.count($1, min: 0, contract: true) }
        let minimum = optional("minimumMonthly", in: object) { $0.plainNumber($1, .atLeast(0)) }
        let cap = optional("monthlyCap", in: object) { $0.plainNumber($1, .greaterThan(0)) }
        let fee = optional("implementationFee", in: object) { $0.plainNumber($1, .atLeast(0)) }
        let commitment = optional("commitment", in: object) { $0.commitment($1) }
        let paymentDays = optional("paymentTermsDays", in: object) { $0.count($1, min: 0, max: 365, contract: true) }
        let minimumTerm = optional("minimumTermMonths", in: object) { $0.count($1, min: 0, contract: true) }
        let terminationFee = optional("earlyTerminationFee", in: object) { $0.plainNumber($1, .atLeast(0)) }
        guard checkMinimum(minimum, key: "minimumMonthly", atMost: cap, in: object),
            object.given("commitment") == nil || commitment != nil
        else { return nil }
        return DealTerms(
            freeMonths: freeMonths ?? 0, minimumMonthly: minimum, monthlyCap: cap, implementationFee: fee ?? 0,
            commitment: commitment, paymentTermsDays: paymentDays ?? 0, minimumTermMonths: minimumTerm ?? 0,
            earlyTerminationFee: terminationFee ?? 0)
    }

    /// A commitment: `amount` (> 0) of invoices every `periodMonths` (whole, ≥ 1), both required.
    private mutating func commitment(_ field: Field) -> Commitment? {
        guard let object = object(field, keys: Self.commitmentKeys) else { return nil }
        let amount = required("amount", in: object) { $0.plainNumber($1, .greaterThan(0)) }
        let months = required("periodMonths", in: object) { $0.count($1, min: 1, contract: true) }
        guard let amount, let months else { return nil }
        return Commitment(amount: amount, periodMonths: months)
    }

    /// Reports a minimum above the cap of the same object, when both are valid.
    /// - Returns: `false` when it reported.
    mutating func checkMinimum(_ minimum: Double?, key: String, atMost cap: Double?, in object: ObjectReader) -> Bool {
        guard let minimum, let cap, minimum > cap, let field = object[key] else { return true }
        report(.aboveCap(capKey: "monthlyCap", cap: cap), at: field)
        return false
    }

    /// Reads the buyer's own costs of running the offer, each money (≥ 0) and 0 by default.
    private mutating func buyerCosts(_ field: Field) -> BuyerCosts? {
        guard let object = object(field, keys: Self.buyerCostsKeys) else { return nil }
        let perTask = optional("perTask", in: object) { $0.distribution($1, .nonNegative) }
        let perMonth = optional("perMonth", in: object) { $0.distribution($1, .nonNegative) }
        let perDispute = optional("perDispute", in: object) { $0.distribution($1, .nonNegative) }
        return BuyerCosts(perTask: perTask ?? .fixed(0), perMonth: perMonth ?? .fixed(0), perDispute: perDispute ?? .fixed(0))
    }
}
