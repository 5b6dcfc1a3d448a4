import Foundation

extension Beta {
    /// The shapes of the beta distribution with mean `mean` and standard deviation `sd`, by
    /// the method of moments:
    ///
    /// ```
    /// ν = mean (1 − mean) / sd² − 1,     α = mean · ν,     β = (1 − mean) · ν
    /// ```
    ///
    /// - Parameters:
    ///   - mean: The mean.
    ///   - sd: The standard deviation.
    /// - Returns: `(α, β)`, or `nil` when no beta has these moments: one exists only when
    ///   0 < mean < 1 and 0 < sd² < mean (1 − mean).
    static func shapes(mean: Double, sd: Double) -> (alpha: Double, beta: Double)? {
        guard mean > 0, mean < 1, sd > 0 else { return nil }
        let nu = mean * (1 - mean) / (sd * sd) - 1
        guard nu > 0, nu.isFinite else { return nil }
        return (mean * nu, (1 - mean) * nu)
    }

    /// The range of α + β that ``shapes(percentile5:percentile95:)`` searches.
    static let fittedConcentrations = 0.1...1e6

    /// The shapes of the beta distribution whose 5th and 95th percentiles are `low` and
    /// `high`, found by nested bisection on its mean m = α/(α + β) and its concentration
    /// s = α + β:
    ///
    /// 1. for a given s, the m at which the 5th percentile I⁻¹(0.05; m s, (1 − m) s) is `low`
    ///    (the percentile rises with m), by bisection on ln(m / (1 − m));
    /// 2. the s at which the 95th percentile of that beta is `high`, by bisection on ln s
    ///    over ``fittedConcentrations``: with its 5th percentile held at `low`, the beta
    ///    narrows as s grows and its 95th percentile falls towards `low`.
    ///
    /// I⁻¹ is the inverse of the regularized incomplete beta function
    /// (``Distribution/quantile(_:)``). The result is checked: both percentiles of the beta
    /// found lie within 10⁻⁶ · (high − low) of `low` and `high`.
    ///
    /// - Parameters:
    ///   - low: The 5th percentile.
    ///   - high: The 95th percentile.
    /// - Returns: `(α, β)`, or `nil` unless 0 < low < high < 1 and a beta with
    ///   α + β in ``fittedConcentrations`` has these percentiles.
    /// - Complexity: about 3,000 evaluations of the quantile, each O(√max(α, β)).
    static func shapes(percentile5 low: Double, percentile95 high: Double) -> (alpha: Double, beta: Double)? {
        guard low > 0, low < high, high < 1 else { return nil }
        func quantile(_ p: Double, mean m: Double, concentration s: Double) -> Double {
            Distribution.beta(alpha: m * s, beta: (1 - m) * s).quantile(p)
        }
        func logistic(_ x: Double) -> Double { 1 / (1 + exp(-x)) }
        // Step 1: the mean whose 5th percentile is `low`, for concentration s.
        func mean(concentration s: Double) -> Double {
            var (lower, upper) = (-30.0, 30.0)
            for _ in 0..<60 {
                let middle = (lower + upper) / 2
                if quantile(0.05, mean: logistic(middle), concentration: s) < low { lower = middle } else { upper = middle }
            }
            return logistic((lower + upper) / 2)
        }
        // Step 2: the concentration whose 95th percentile is `high`.
        func excess(_ logConcentration: Double) -> Double {
            let s = exp(logConcentration)
            return quantile(0.95, mean: mean(concentration: s), concentration: s) - high
        }
        var (lower, upper) = (log(fittedConcentrations.lowerBound), log(fittedConcentrations.upperBound))
        guard excess(lower) > 0, excess(upper) < 0 else { return nil }
        for _ in 0..<50 {
            let middle = (lower + upper) / 2
            if excess(middle) > 0 { lower = middle } else { upper = middle }
        }
        let s = exp((lower + upper) / 2)
        let m = mean(concentration: s)
        let tolerance = 1e-6 * (high - low)
        guard abs(quantile(0.05, mean: m, concentration: s) - low) <= tolerance,
            abs(quantile(0.95, mean: m, concentration: s) - high) <= tolerance
        else { return nil }
        return (m * s, (1 - m) * s)
    }
}
