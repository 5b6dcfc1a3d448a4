/// A distribution-valued parameter of a scenario: one that each trial draws (<doc:ScenarioFormat>).
public struct UncertainParameter: Sendable, Equatable {
    /// The parameter's JSON path, as in error messages: `vendors[0].attemptSuccessRate`.
    public let path: String
    /// Its distribution.
    public let distribution: Distribution
    /// Where a world holds its draw.
    let draw: Draw

    /// Where a ``World`` holds a parameter's draw: the owner, and the field's position in
    /// its draw's `fields`.
    enum Draw: Sendable, Equatable {
        case workload(Int)
        case vendor(Int, Int)
        case buyerCosts(Int, Int)
    }

    /// This parameter's draw in `world`.
    public func value(in world: World) -> Double {
        switch draw {
        case .workload(let field): return world.workload.value(field: field)
        case .vendor(let index, let field): return world.vendors[index].value(field: field)
        case .buyerCosts(let index, let field): return world.buyerCosts[index].value(field: field)
        }
    }
}

extension Scenario {
    /// Every parameter of the scenario that is a distribution rather than a fixed number, in
    /// file order: the workload's, each vendor's, then each offer's buyer costs.
    public var uncertainParameters: [UncertainParameter] {
        distributionParameters.compactMap { parameter in
            guard parameter.isUncertain, let distribution = parameter.distribution else { return nil }
            let draw: UncertainParameter.Draw
            switch parameter.owner {
            case .workload: draw = .workload(WorkloadDraw.fields.firstIndex(of: parameter.field)!)
            case .vendor(let index): draw = .vendor(index, VendorDraw.fields.firstIndex(of: parameter.field)!)
            case .buyerCosts(let index): draw = .buyerCosts(index, BuyerCostDraw.fields.firstIndex(of: parameter.field)!)
            }
            return UncertainParameter(path: parameter.path, distribution: distribution, draw: draw)
        }
    }
}
