import Foundation

/// The Gaussian copula of a scenario's rank correlations (<doc:ScenarioFormat>,
/// "Correlations"), set up once per run: the correlated parameters in the order they first
/// appear in `correlations`, and the Cholesky factor L of the normal correlation matrix R,
/// Rᵢⱼ = 2·sin(π·rankᵢⱼ/6) for the pairs given (1 on the diagonal, 0 for pairs not given), which
/// gives a Gaussian copula exactly the rank correlations asked for (`RankCorrelationMatrix`,
/// which the scenario's validation uses too).
///
/// Each trial: z = k standard normals from the trial's copula stream (``RandomPlan``),
/// x = L·z, and each parameter's value is F⁻¹(Φ(xᵢ)) with F⁻¹ its own distribution's quantile
/// function, so each marginal stays exactly what the file says.
public struct Copula: Sendable {
    /// The correlated parameters, in order of first appearance.
    public let parameters: [UncertainParameter]
    /// L, row-major, k × k, lower-triangular.
    let factor: [Double]
    /// Where each correlated parameter's value goes: the workload's fields, each vendor's,
    /// each offer's buyer costs; `nil` for a field drawn on its own.
    let workloadFields: [Int?]
    let vendorFields: [[Int?]]
    let buyerCostFields: [[Int?]]

    /// The copula of `scenario`, or `nil` when it has no correlations.
    /// - Precondition: R is positive definite (the scenario's validation checks it).
    public init?(_ scenario: Scenario) {
        guard !scenario.correlations.isEmpty else { return nil }
        var paths: [String] = []
        for pair in scenario.correlations {
            for path in [pair.first, pair.second] where !paths.contains(path) { paths.append(path) }
        }
        let uncertain = scenario.uncertainParameters
        let correlated = paths.map { path in
            guard let parameter = uncertain.first(where: { $0.path == path }) else {
                preconditionFailure("a correlation names \(path), which is not an uncertain parameter")
            }
            return parameter
        }
        parameters = correlated
        let k = paths.count
        var r = (0..<k).map { i in (0..<k).map { j in i == j ? 1.0 : 0 } }
        for pair in scenario.correlations {
            let (i, j) = (paths.firstIndex(of: pair.first)!, paths.firstIndex(of: pair.second)!)
            r[i][j] = RankCorrelationMatrix.normalCorrelation(rank: pair.rank)
            r[j][i] = r[i][j]
        }
        guard case .success(let factor) = RankCorrelationMatrix.cholesky(r) else {
            preconditionFailure("the correlations' matrix is not positive definite")
        }
        self.factor = factor.flatMap { $0 }
        func fields(_ count: Int, _ draw: (Int) -> UncertainParameter.Draw) -> [Int?] {
            (0..<count).map { field in correlated.firstIndex { $0.draw == draw(field) } }
        }
        workloadFields = fields(WorkloadDraw.fields.count) { .workload($0) }
        vendorFields = scenario.vendors.indices.map { vendor in fields(VendorDraw.fields.count) { .vendor(vendor, $0) } }
        buyerCostFields = scenario.offers.indices.map { offer in fields(BuyerCostDraw.fields.count) { .buyerCosts(offer, $0) } }
    }

    /// The correlated parameters' values in trial `trial` of a run with `seed`, in
    /// ``parameters`` order.
    public func values(seed: UInt64, trial: Int) -> [Double] {
        var stream = RandomPlan.stream(.copula, seed: seed, trial: trial)
        let k = parameters.count
        let z = (0..<k).map { _ in Normal.standard(using: &stream) }
        return (0..<k).map { i in
            var x = 0.0
            for j in 0...i { x += factor[i * k + j] * z[j] }
            let u = Normal.standardCDF(x)
            return parameters[i].distribution.quantile(u)
        }
    }
}
