import Foundation

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
            return LogNormal.sample(low: low, high: high, using: &rng)
        case .beta(let alpha, let beta):
            return Beta.sample(alpha: alpha, beta: beta, using: &rng)
        }
    }

    /// The exact variance of the distribution.
    ///
    /// ```
    /// fixed              0
    /// uniform(a, b)      (b − a)²/12
    /// triangular(a,c,b)  (a² + b² + c² − ab − ac − bc)/18
    /// pert(a, c, b)      (m − a)(b − m)/7,  m = (a + 4c + b)/6     (λ = 4)
    /// normal(μ, σ)       σ²
    /// ci90(low, high)    (exp(σ²) − 1) · exp(2μ + σ²),  μ, σ as for ``mean``
    /// beta(α, β)         αβ / ((α + β)² (α + β + 1))
    /// ```
    public var variance: Double {
        switch self {
        case .fixed:
            return 0
        case .uniform(let a, let b):
            return (b - a) * (b - a) / 12
        case .triangular(let a, let c, let b):
            return (a * a + b * b + c * c - a * b - a * c - b * c) / 18
        case .pert(let a, _, let b):
            let m = mean
            return (m - a) * (b - m) / 7
        case .normal(_, let sd):
            return sd * sd
        case .ci90(let low, let high):
            let (mu, sigma) = Distribution.lognormalParameters(low: low, high: high)
            let s2 = sigma * sigma
            return expm1(s2) * exp(2 * mu + s2)
        case .beta(let alpha, let beta):
            let sum = alpha + beta
            return alpha * beta / (sum * sum * (sum + 1))
        }
    }
}
