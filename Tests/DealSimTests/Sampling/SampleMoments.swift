import Testing

/// The sample moments of a set of draws, and the moment checks every sampler test uses.
///
/// The tolerances are four standard errors, derived rather than tuned:
///
/// ```
/// SE(x̄)  = σ/√n                         (σ² the exact variance)
/// SE(s²) ≈ √((m₄ − s⁴)/n)                (m₄ the sample 4th central moment)
/// ```
///
/// A correct sampler fails one check with probability about 6·10⁻⁵; with fixed seeds each
/// outcome is reproducible.
struct SampleMoments {
    /// Number of draws n.
    let count: Int
    /// Sample mean x̄.
    let mean: Double
    /// Unbiased sample variance s² = Σ(x − x̄)²/(n − 1).
    let variance: Double
    /// Sample fourth central moment m₄ = Σ(x − x̄)⁴/n.
    let fourthCentralMoment: Double

    /// Computes the moments in two passes, shifting by the first draw so that sums of values
    /// near 10¹² lose nothing.
    init(_ values: [Double]) {
        precondition(values.count > 1)
        let n = Double(values.count)
        let shift = values[0]
        var sum = 0.0
        for x in values { sum += x - shift }
        let mean = shift + sum / n
        var m2 = 0.0
        var m4 = 0.0
        for x in values {
            let d = x - mean
            let d2 = d * d
            m2 += d2
            m4 += d2 * d2
        }
        self.count = values.count
        self.mean = mean
        self.variance = m2 / (n - 1)
        self.fourthCentralMoment = m4 / n
    }

    /// Four standard errors of the mean, 4σ/√n, for a distribution of this exact variance.
    func meanTolerance(exactVariance: Double) -> Double {
        4 * (exactVariance / Double(count)).squareRoot()
    }

    /// Four standard errors of s², 4√((m₄ − s⁴)/n).
    var varianceTolerance: Double {
        4 * (Swift.max(0, fourthCentralMoment - variance * variance) / Double(count)).squareRoot()
    }

    /// Expects the sample mean and variance within four standard errors of the exact ones.
    func expect(
        mean exactMean: Double, variance exactVariance: Double,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let meanTolerance = meanTolerance(exactVariance: exactVariance)
        #expect(
            abs(mean - exactMean) <= meanTolerance,
            "mean \(mean) vs exact \(exactMean): off by \(abs(mean - exactMean)) > 4 SE = \(meanTolerance)",
            sourceLocation: sourceLocation)
        #expect(
            abs(variance - exactVariance) <= varianceTolerance,
            "variance \(variance) vs exact \(exactVariance): off by \(abs(variance - exactVariance)) > 4 SE = \(varianceTolerance)",
            sourceLocation: sourceLocation)
    }
}
