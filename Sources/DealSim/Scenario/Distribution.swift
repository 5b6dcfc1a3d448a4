import Foundation

/// A quantity that may be uncertain: either a fixed number or a distribution from which each
/// trial draws one value and holds it for the whole horizon (<doc:ScenarioFormat>).
///
/// Month-to-month variation comes from the counts (Poisson volume, binomial attempts), not
/// from these parameters: a distribution expresses what we do not know about the true value.
public enum Distribution: Sendable, Hashable {
    /// Always this value.
    case fixed(Double)
    /// Uniform on `[a, b]`, `a ≤ b`.
    case uniform(Double, Double)
    /// Triangular on `[min, max]` with its peak at `mode`.
    case triangular(min: Double, mode: Double, max: Double)
    /// Beta-PERT on `[min, max]` with its mode at `mode` and λ = 4.
    case pert(min: Double, mode: Double, max: Double)
    /// Normal with this mean and standard deviation (`sd ≥ 0`).
    case normal(mean: Double, sd: Double)
    /// Lognormal whose 5th and 95th percentiles are `low` and `high` (`0 < low ≤ high`).
    case ci90(low: Double, high: Double)
    /// Beta with shape parameters `alpha, beta > 0`, on `[0, 1]`.
    case beta(alpha: Double, beta: Double)
}

extension Distribution {
    /// The smallest and largest value any draw can take; `±infinity` where unbounded.
    public var support: ClosedRange<Double> {
        switch self {
        case .fixed(let value): return value...value
        case .uniform(let a, let b): return a...b
        case .triangular(let min, _, let max), .pert(let min, _, let max): return min...max
        case .normal(let mean, let sd): return sd == 0 ? mean...mean : -Double.infinity...Double.infinity
        case .ci90(let low, let high): return low == high ? low...low : 0...Double.infinity
        case .beta: return 0...1
        }
    }

    /// The exact mean of the distribution.
    ///
    /// For `ci90` the lognormal mean is `exp(μ + σ²/2)` with
    /// `μ = (ln low + ln high)/2` and `σ = (ln high − ln low)/(2 · 1.6448536269514722)`.
    public var mean: Double {
        switch self {
        case .fixed(let value): return value
        case .uniform(let a, let b): return (a + b) / 2
        case .triangular(let min, let mode, let max): return (min + mode + max) / 3
        case .pert(let min, let mode, let max): return (min + 4 * mode + max) / 6
        case .normal(let mean, _): return mean
        case .ci90(let low, let high):
            let (mu, sigma) = Distribution.lognormalParameters(low: low, high: high)
            return exp(mu + sigma * sigma / 2)
        case .beta(let alpha, let beta): return alpha / (alpha + beta)
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

    /// The standard normal quantile at 0.95, used to turn a 90% interval into a lognormal.
    static let z95 = 1.6448536269514722

    /// The parameters `(μ, σ)` of the lognormal whose 5th and 95th percentiles are `low` and `high`.
    static func lognormalParameters(low: Double, high: Double) -> (mu: Double, sigma: Double) {
        let logLow = log(low), logHigh = log(high)
        return ((logLow + logHigh) / 2, (logHigh - logLow) / (2 * z95))
    }
}
