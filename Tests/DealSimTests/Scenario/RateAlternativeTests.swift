import Testing

@testable import DealSim

/// What a message suggests instead of a rate's normal or ci90: the rounded beta that matches
/// it, or a pert or beta in general.
@Suite struct RateAlternativeTests {
    typealias Alternative = ScenarioIssue.RateAlternative

    /// By hand (ν = mean (1 − mean) / sd² − 1): normal [0.8, 0.1] is Beta(12, 3) exactly;
    /// [0.7, 0.15] is Beta(5.83, 2.5), 5.8 and 2.5 at 2 digits; [0.05, 0.01] is
    /// Beta(23.7, 450.3), at 2 digits Beta(24, 450), whose mean 0.0506 is 6% of the sd off,
    /// so 3 digits: Beta(23.7, 450). Beta(1, 1), the uniform, has percentiles 0.05 and 0.95.
    @Test(arguments: [
        (Distribution.normal(mean: 0.8, sd: 0.1), Alternative.betaWithSameMoments(alpha: 12, beta: 3)),
        (.normal(mean: 0.7, sd: 0.15), .betaWithSameMoments(alpha: 5.8, beta: 2.5)),
        (.normal(mean: 0.05, sd: 0.01), .betaWithSameMoments(alpha: 23.7, beta: 450)),
        (.ci90(low: 0.01, high: 0.05), .betaWithSamePercentiles(alpha: 4.48, beta: 163)),
        (.ci90(low: 0.2, high: 0.6), .betaWithSamePercentiles(alpha: 5.9, beta: 9.2)),
        (.ci90(low: 0.05, high: 0.95), .betaWithSamePercentiles(alpha: 1, beta: 1)),
        (.normal(mean: 0.5, sd: 0.6), .pertOrBeta),  // sd² ≥ mean (1 − mean): no beta
        (.normal(mean: 1.2, sd: 0.1), .pertOrBeta),  // a mean above 1
        (.normal(mean: 0.8, sd: 0), .pertOrBeta),  // sd = 0
        (.ci90(low: 0.5, high: 1.5), .pertOrBeta),  // hi ≥ 1
        (.ci90(low: 0.3, high: 0.3), .pertOrBeta),  // lo = hi
        (.ci90(low: 0.3, high: 0.3001), .pertOrBeta),  // α + β above 10⁶
    ])
    func alternative(to distribution: Distribution, is expected: Alternative) {
        #expect(Alternative(replacing: distribution) == expected)
    }

    /// The rounded suggestion stays close to what it replaces: mean and sd within 2% of the
    /// sd, percentiles within 2% of the interval.
    @Test(arguments: [(0.8, 0.1), (0.7, 0.15), (0.05, 0.01), (0.3, 0.2), (0.999, 0.0005)])
    func momentsStayClose(mean: Double, sd: Double) throws {
        guard case .betaWithSameMoments(let alpha, let beta) = Alternative(replacing: .normal(mean: mean, sd: sd)) else {
            Issue.record("no beta for normal [\(mean), \(sd)]")
            return
        }
        let suggested = Distribution.beta(alpha: alpha, beta: beta)
        #expect(abs(suggested.mean - mean) <= 0.02 * sd)
        #expect(abs(suggested.variance.squareRoot() - sd) <= 0.02 * sd)
    }

    @Test(arguments: [(0.01, 0.05), (0.2, 0.6), (0.5, 0.9), (0.001, 0.999), (0.4, 0.41), (1e-6, 1e-5)])
    func percentilesStayClose(low: Double, high: Double) throws {
        guard case .betaWithSamePercentiles(let alpha, let beta) = Alternative(replacing: .ci90(low: low, high: high)) else {
            Issue.record("no beta for ci90 [\(low), \(high)]")
            return
        }
        let suggested = Distribution.beta(alpha: alpha, beta: beta)
        #expect(abs(suggested.quantile(0.05) - low) <= 0.02 * (high - low))
        #expect(abs(suggested.quantile(0.95) - high) <= 0.02 * (high - low))
    }

    @Test func text() {
        #expect(
            Alternative.betaWithSameMoments(alpha: 12, beta: 3).text
                == #"use {"beta": [12, 3]} instead, a beta with about the same mean and sd"#)
        #expect(
            Alternative.betaWithSamePercentiles(alpha: 4.48, beta: 163).text
                == #"use {"beta": [4.48, 163]} instead, a beta with about the same 5th and 95th percentiles"#)
        #expect(Alternative.pertOrBeta.text == #"use {"pert": [min, mode, max]} within 0…1 or {"beta": [alpha, beta]} instead"#)
    }
}
