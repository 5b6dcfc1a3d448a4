extension Distribution {
    /// Draws one value.
    ///
    /// `.fixed` consumes no random numbers, so adding a fixed field to a scenario never shifts
    /// the stream seen by the fields after it; neither do degenerate distributions whose
    /// support is a single point (`uniform(a, a)`, `min == max`, `sd == 0`, `low == high`).
    ///
    /// - Parameter rng: The source of random bits.
    /// - Returns: a finite value in ``support``.
    /// - Complexity: O(1) expected; see ``Uniform``, ``Triangular``, ``PERT``, ``Normal``,
    ///   ``LogNormal`` and ``Beta``.
    public func sample<G: RandomNumberGenerator>(using rng: inout G) -> Double {
        switch self {
        case .fixed(let value):
            return value
        case .uniform(let a, let b):
            return Uniform.sample(lower: a, upper: b, using: &rng)
        case .triangular(let min, let mode, let max):
            return Triangular.sample(min: min, mode: mode, max: max, using: &rng)
        case .pert(let min, let mode, let max):
            return PERT.sample(min: min, mode: mode, max: max, using: &rng)
        case .normal(let mean, let sd):
            return Normal.sample(mean: mean, sd: sd, using: &rng)
        case .ci90(let low, let high):
            guard low < high else { return low }
            let (mu, sigma) = Distribution.lognormalParameters(low: low, high: high)
            return LogNormal.sample(mu: mu, sigma: sigma, using: &rng)
        case .beta(let alpha, let beta):
            return Beta.sample(alpha: alpha, beta: beta, using: &rng)
        }
    }
}
