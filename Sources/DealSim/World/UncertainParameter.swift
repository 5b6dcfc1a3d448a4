/// A distribution-valued parameter of a scenario: one that each trial draws (<doc:ScenarioFormat>).
public struct UncertainParameter: Sendable, Equatable {
    /// The parameter's JSON path, as in error messages: `vendors[0].attemptSuccessRate`.
    public let path: String
    /// Its distribution.
    public let distribution: Distribution
    /// Where a world holds its draw.
    let draw: Draw

    /// Where a ``World`` holds a parameter's draw.
    enum Draw: Sendable, Equatable {
        case workload(KeyPathName<WorkloadDraw>)
        case vendor(Int, KeyPathName<VendorDraw>)
        case buyerCosts(Int, KeyPathName<BuyerCostDraw>)
    }

    /// This parameter's draw in `world`.
    public func value(in world: World) -> Double {
        switch draw {
        case .workload(let field): return world.workload[keyPath: field.keyPath]
        case .vendor(let index, let field): return world.vendors[index][keyPath: field.keyPath]
        case .buyerCosts(let index, let field): return world.buyerCosts[index][keyPath: field.keyPath]
        }
    }
}

/// A key path to a `Double` draw, compared by the field's name.
struct KeyPathName<Root>: Sendable, Equatable {
    let name: String
    nonisolated(unsafe) let keyPath: KeyPath<Root, Double>

    static func == (a: Self, b: Self) -> Bool { a.name == b.name }
}

extension Scenario {
    /// Every parameter of the scenario that is a distribution rather than a fixed number, in
    /// file order: the workload's, each vendor's, then each offer's buyer costs.
    public var uncertainParameters: [UncertainParameter] {
        var parameters: [UncertainParameter] = []
        func add(_ path: String, _ distribution: Distribution?, _ draw: UncertainParameter.Draw) {
            guard let distribution else { return }
            if case .fixed = distribution { return }
            parameters.append(UncertainParameter(path: path, distribution: distribution, draw: draw))
        }
        let w = workload
        let workloadFields: [(String, Distribution?, KeyPath<WorkloadDraw, Double>)] = [
            ("tasksPerMonth", w.tasksPerMonth, \.tasksPerMonth), ("monthlyGrowth", w.monthlyGrowth, \.monthlyGrowth),
            ("volumeVolatility", w.volumeVolatility, \.volumeVolatility),
            ("humanCostPerTask", w.humanCostPerTask, \.humanCostPerTask),
            ("revenuePerOutcome", w.revenuePerOutcome, \.revenuePerOutcome),
            ("savingsPerOutcome", w.savingsPerOutcome, \.savingsPerOutcome),
        ]
        for (name, distribution, keyPath) in workloadFields {
            add("workload.\(name)", distribution, .workload(KeyPathName(name: name, keyPath: keyPath)))
        }
        for (index, v) in vendors.enumerated() {
            let fields: [(String, Distribution?, KeyPath<VendorDraw, Double>)] = [
                ("attemptSuccessRate", v.attemptSuccessRate, \.attemptSuccessRate),
                ("costPerAttempt", v.costPerAttempt, \.costPerAttempt), ("costPerTask", v.costPerTask, \.costPerTask),
                ("fixedCostPerMonth", v.fixedCostPerMonth, \.fixedCostPerMonth),
                ("trainingLag.initialAttemptSuccessRate", v.trainingLag?.initialAttemptSuccessRate, \.initialAttemptSuccessRate),
                ("reopenRate", v.reopenRate, \.reopenRate), ("disputeRate", v.disputeRate, \.disputeRate),
                ("disputeUpheldRate", v.disputeUpheldRate, \.disputeUpheldRate), ("disputeCost", v.disputeCost, \.disputeCost),
            ]
            for (name, distribution, keyPath) in fields {
                add("vendors[\(index)].\(name)", distribution, .vendor(index, KeyPathName(name: name, keyPath: keyPath)))
            }
        }
        for (index, offer) in offers.enumerated() {
            let c = offer.buyerCosts
            let fields: [(String, Distribution?, KeyPath<BuyerCostDraw, Double>)] = [
                ("perTask", c.perTask, \.perTask), ("perMonth", c.perMonth, \.perMonth), ("perDispute", c.perDispute, \.perDispute),
            ]
            for (name, distribution, keyPath) in fields {
                add("offers[\(index)].buyerCosts.\(name)", distribution, .buyerCosts(index, KeyPathName(name: name, keyPath: keyPath)))
            }
        }
        return parameters
    }
}
