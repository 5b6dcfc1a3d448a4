// Building a scenario in code through the same checks as a file.

extension Scenario {
    /// The name that messages about a scenario built in code give its source, where a
    /// file's messages give the file name: `scenario: offers[0].pricing.price: found -1;
    /// must be a number ≥ 0`. A caller that knows better (the file a scenario was loaded
    /// from) can set ``ScenarioLoadError/fileName``.
    public static let sourceName = "scenario"

    /// Creates a scenario from its parts, checked by the same rules as a scenario file.
    ///
    /// The parts are written as a scenario file (``jsonText``) and read back by the
    /// validator that reads files, so a scenario built in code is exactly the one the
    /// equivalent file loads to, with the same issues and messages when it is invalid. The
    /// result is the value read back, which is these parts except where the file format
    /// itself normalizes: a training lag of 0 months is no training lag, and a correlation's
    /// path that names a vendor or offer by id or name names it by index.
    ///
    /// - Parameters:
    ///   - name: letters, digits, `-` and `_`; it names the report folder.
    ///   - title: a human title; `nil` means the name.
    ///   - description: free text: where the numbers come from.
    ///   - currency: an ISO 4217 code, 3 uppercase letters.
    ///   - horizonMonths: the number of months simulated, 1…600.
    ///   - trials: the number of trials, 1…10,000,000.
    ///   - seed: the seed; `nil` leaves the choice to the caller.
    ///   - workload: the buyer's volume and the value of an outcome.
    ///   - vendors: at least one vendor; ids unique.
    ///   - offers: at least one offer; names unique; each naming a vendor of `vendors`.
    ///   - correlations: pairs of uncertain parameters drawn together, each path naming one
    ///     (`vendors[0].costPerAttempt`, or `vendors["agent"].costPerAttempt`, which the
    ///     result stores by index); none by default.
    /// - Throws: ``ScenarioLoadError`` of kind ``ScenarioLoadError/Kind/invalidScenario``
    ///   with every issue, each at its JSON path (`offers[2].pricing.price`), the source
    ///   named ``sourceName``. Line and column refer to ``jsonText``'s layout of the parts.
    public init(
        name: String, title: String? = nil, description: String? = nil, currency: String = "USD",
        horizonMonths: Int, trials: Int = 10_000, seed: UInt64? = nil,
        workload: Workload, vendors: [Vendor], offers: [Offer], correlations: [RankCorrelation] = []
    ) throws(ScenarioLoadError) {
        let parts = Scenario(
            unchecked: name, title: title ?? name, description: description, currency: currency,
            horizonMonths: horizonMonths, trials: trials, seed: seed, workload: workload, vendors: vendors, offers: offers,
            correlations: correlations)
        self = try Scenario.checked(parts.json)
    }

    /// The scenario as the text of a scenario file: ``ScenarioLoader`` loads it back to an
    /// equal scenario. Indented by 2 spaces, short objects and arrays on one line, ending
    /// with a newline.
    public var jsonText: String {
        json.laidOut().text + "\n"
    }

    /// Reads a scenario file's top-level object built in code, with the validator that
    /// reads files; positions are those of the object's layout as ``jsonText``.
    static func checked(_ root: JSONValue) throws(ScenarioLoadError) -> Scenario {
        try ScenarioLoader.scenario(root.laidOut().value, fileName: sourceName)
    }
}
