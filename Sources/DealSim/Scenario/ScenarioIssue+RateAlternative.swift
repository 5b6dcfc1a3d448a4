import Foundation

// What to give instead of a rate's normal or ci90 distribution, whose draws can leave 0…1
// (<doc:ScenarioFormat>, "Supports").

extension ScenarioIssue {
    /// The distribution a message suggests instead of a rate's normal or ci90: a beta that
    /// matches it where one does, else a pert or a beta in general.
    public enum RateAlternative: Sendable, Equatable {
        /// A beta with about the mean and sd of the normal given.
        case betaWithSameMoments(alpha: Double, beta: Double)
        /// A beta with about the 5th and 95th percentiles of the ci90 given.
        case betaWithSamePercentiles(alpha: Double, beta: Double)
        /// No beta matches: a pert or a beta within 0…1.
        case pertOrBeta
    }
}

extension ScenarioIssue.RateAlternative {
    /// The alternative to a rate's `distribution`:
    ///
    /// - `normal(mean, sd)` with 0 < mean < 1 and 0 < sd² < mean (1 − mean): the beta with
    ///   that mean and sd (``Beta/shapes(mean:sd:)``);
    /// - `ci90(low, high)` with 0 < low < high < 1: the beta whose 5th and 95th percentiles
    ///   are low and high (``Beta/shapes(percentile5:percentile95:)``);
    /// - otherwise, and for any other distribution, ``pertOrBeta``.
    ///
    /// The shapes are rounded to 2 significant digits, or to as many more (up to 6) as it
    /// takes for the rounded beta to stay within 2% of what it matches: its mean and sd
    /// within 2% of the sd; or each percentile within 2% of the smallest of its distances to
    /// 0 and to 1 and high − low. Without such a rounding the alternative is ``pertOrBeta``.
    init(replacing distribution: Distribution) {
        switch distribution {
        case .normal(let mean, let sd):
            let shapes = Beta.shapes(mean: mean, sd: sd).flatMap { shapes in
                Self.rounded(shapes) { beta in
                    abs(beta.mean - mean) <= 0.02 * sd && abs(beta.variance.squareRoot() - sd) <= 0.02 * sd
                }
            }
            self = shapes.map { .betaWithSameMoments(alpha: $0.alpha, beta: $0.beta) } ?? .pertOrBeta
        case .ci90(let low, let high):
            func isClose(_ x: Double, to target: Double) -> Bool {
                abs(x - target) <= 0.02 * min(target, 1 - target, high - low)
            }
            let shapes = Beta.shapes(percentile5: low, percentile95: high).flatMap { shapes in
                Self.rounded(shapes) { beta in isClose(beta.quantile(0.05), to: low) && isClose(beta.quantile(0.95), to: high) }
            }
            self = shapes.map { .betaWithSamePercentiles(alpha: $0.alpha, beta: $0.beta) } ?? .pertOrBeta
        case .fixed, .uniform, .triangular, .pert, .beta:
            self = .pertOrBeta
        }
    }

    /// `shapes` rounded to the fewest significant digits, from 2 to 6, whose beta
    /// `isClose`; `nil` when none is.
    private static func rounded(
        _ shapes: (alpha: Double, beta: Double), isClose: (Distribution) -> Bool
    ) -> (alpha: Double, beta: Double)? {
        for digits in 2...6 {
            let alpha = significant(shapes.alpha, digits: digits), beta = significant(shapes.beta, digits: digits)
            if alpha > 0, beta > 0, isClose(.beta(alpha: alpha, beta: beta)) { return (alpha, beta) }
        }
        return nil
    }

    /// `x` > 0 rounded to `digits` significant digits, half away from zero: 162.78 → 160,
    /// 4.485 → 4.5 at 2 digits. A power of ten divides or multiplies exactly, so that the
    /// result prints as its digits ("4.5", not "4.500000000000001").
    private static func significant(_ x: Double, digits: Int) -> Double {
        let exponent = Int(log10(x).rounded(.down)) - (digits - 1)
        let scale = pow(10, Double(abs(exponent)))
        return exponent >= 0
            ? (x / scale).rounded(.toNearestOrAwayFromZero) * scale : (x * scale).rounded(.toNearestOrAwayFromZero) / scale
    }

    /// What to use instead, in words: `use {"beta": [12, 3]} instead, a beta with about the
    /// same mean and sd`.
    var text: String {
        switch self {
        case .betaWithSameMoments(let alpha, let beta):
            return "use {\"beta\": [\(alpha.plainText), \(beta.plainText)]} instead, a beta with about the same mean and sd"
        case .betaWithSamePercentiles(let alpha, let beta):
            return "use {\"beta\": [\(alpha.plainText), \(beta.plainText)]} instead, "
                + "a beta with about the same 5th and 95th percentiles"
        case .pertOrBeta:
            return "use {\"pert\": [min, mode, max]} within 0…1 or {\"beta\": [alpha, beta]} instead"
        }
    }
}
