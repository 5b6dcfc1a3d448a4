extension RunReport.Page {
    /// The smallest |ρ| for which the report names an input as a driver: 0.05. Below it an
    /// input's effect is within the noise of a few thousand trials and explains less than
    /// 0.25% of the variance on its own.
    static let notableCorrelation = 0.05
    /// The most inputs named per offer and metric.
    static let namedDrivers = 3

    /// "What drives the results": per offer, the inputs with the largest rank correlation
    /// with its vendor profit and its buyer cost, with the direction of their effect and
    /// their share of the variance (``Drivers``); one line when the scenario has no
    /// uncertain input. `nil` when the run's drivers were not computed.
    func driversSection() -> ReportSection? {
        guard let drivers else { return nil }
        guard !drivers.parameters.isEmpty else {
            return ReportSection(
                "What drives the results",
                blocks: [
                    .paragraph(
                        "Every input of the scenario is a fixed number: the results vary only with the chance in each "
                            + "month's tasks, successes and disputes, which no input drives.")
                ])
        }
        let introduction: ReportText =
            "How each uncertain input moves the results across the trials: Spearman's rank correlation ρ between the "
            + "input's draw and the result over \(horizon) (+1: the result always rises with the input; −1: it always "
            + "falls), and the input's share of the variance, ρ² normalised to 100% over the inputs as in Crystal Ball's "
            + "sensitivity chart. The inputs with |ρ| of at least \(Self.correlationText(Self.notableCorrelation, signed: false)) "
            + "are named, at most \(Self.namedDrivers); every number is in \(ReportText.code("drivers.csv"))."
        let bullets = result.offers.indices.map { offer -> ReportText in
            let clauses = Drivers.Metric.allCases.map { driverClause(drivers, offer: offer, metric: $0) }
            return "\(name(result.offers[offer])): " + ReportText.joined(clauses, separator: "; ") + "."
        }
        return ReportSection("What drives the results", blocks: [.paragraph(introduction), .bulletList(bullets)])
    }

    /// "higher attempt success rate raises its profit (ρ +0.82, 71% of the variance), higher
    /// cost per attempt lowers it (ρ -0.30, 9%)".
    func driverClause(_ drivers: Drivers, offer: Int, metric: Drivers.Metric) -> ReportText {
        let subject = metric == .vendorProfit ? "its profit" : "its buyer cost"
        let all = drivers.drivers(offer: offer, metric: metric)
        if all.allSatisfy({ $0.spearman == nil }) { return "\(subject) is the same in every trial" }
        let strongest = drivers.strongest(
            offer: offer, metric: metric, count: Self.namedDrivers, threshold: Self.notableCorrelation)
        guard !strongest.isEmpty else {
            return "no input moves \(subject) much (every |ρ| is under "
                + "\(Self.correlationText(Self.notableCorrelation, signed: false)))"
        }
        let parts = strongest.enumerated().map { position, driver -> ReportText in
            let rho = driver.spearman!
            let verb = rho > 0 ? "raises" : "lowers"
            let object: ReportText = position == 0 ? "\(subject)" : "it"
            let share = driver.varianceShare.map(Format.percent) ?? Format.notANumber
            let ofVariance = position == 0 ? " of the variance" : ""
            return "higher \(drivers.parameters[driver.input].words(in: scenario)) \(verb) \(object) "
                + "(ρ \(Self.correlationText(rho)), \(share)\(ofVariance))"
        }
        return ReportText.joined(parts, separator: ", ")
    }

    /// A correlation to two decimals with its sign: "+0.82", "-0.30", "0.00".
    static func correlationText(_ rho: Double, signed: Bool = true) -> String {
        let hundredths = Int((rho.magnitude * 100).rounded(.toNearestOrAwayFromZero))
        let digits = "\(hundredths / 100)." + (hundredths % 100 < 10 ? "0" : "") + "\(hundredths % 100)"
        guard signed, hundredths != 0 else { return digits }
        return (rho > 0 ? "+" : "-") + digits
    }
}
