/// A rank correlation between two distribution-valued parameters (<doc:ScenarioFormat>,
/// "Correlations"): the two are drawn together by a Gaussian copula so that their Spearman
/// rank correlation is `rank`, each keeping its own distribution.
public struct RankCorrelation: Sendable, Hashable {
    /// The first parameter's JSON path, with array elements by index:
    /// `vendors[0].attemptSuccessRate`.
    public var first: String
    /// The second parameter's JSON path.
    public var second: String
    /// Spearman's rank correlation, −1 < rank < 1.
    public var rank: Double

    /// A rank correlation.
    public init(first: String, second: String, rank: Double) {
        self.first = first
        self.second = second
        self.rank = rank
    }
}
