import DealSim
import Foundation

/// `dealsim bench --samplers`: times the exact binomial and Poisson samplers on huge
/// parameters, where a draw must still take constant time (the sampling tests count the
/// random words a draw takes; this measures the time).
///
/// Each shape draws `draws` variates from its own stream `(seed, 0, shape index)`, as many
/// times as `repetitions`; the time per draw is the median over the repetitions. The mean of
/// the draws is the same on every machine, a check that the figures time the right thing.
enum SamplerBenchmark {
    /// The parameters timed, one row each.
    enum Shape: Int, CaseIterable {
        /// Binomial with n = 10¹², p = ½: BTRS.
        case binomialRejection
        /// Binomial with n = 10¹², p = 10⁻¹² (n·p = 1): inversion.
        case binomialInversion
        /// Poisson with mean 10¹²: PTRS.
        case poissonRejection

        /// The sampler with its parameters, and the method that draws them.
        var label: (sampler: String, method: String) {
            switch self {
            case .binomialRejection: ("binomial, n = 10^12, p = 0.5", "BTRS")
            case .binomialInversion: ("binomial, n = 10^12, p = 10^-12", "inversion")
            case .poissonRejection: ("Poisson, mean = 10^12", "PTRS")
            }
        }

        /// The expected value of a draw: n·p or the mean.
        var expectedValue: Double {
            switch self {
            case .binomialRejection: 5e11
            case .binomialInversion: 1
            case .poissonRejection: 1e12
            }
        }

        /// The sum of `count` draws from `rng`, a loop per shape so that nothing but the
        /// sampler is timed.
        func sum(of count: Int, using rng: inout RandomStream) -> Int {
            var sum = 0
            switch self {
            case .binomialRejection:
                for _ in 0..<count { sum &+= Binomial.sample(count: 1_000_000_000_000, probability: 0.5, using: &rng) }
            case .binomialInversion:
                for _ in 0..<count { sum &+= Binomial.sample(count: 1_000_000_000_000, probability: 1e-12, using: &rng) }
            case .poissonRejection:
                for _ in 0..<count { sum &+= Poisson.sample(mean: 1e12, using: &rng) }
            }
            return sum
        }
    }

    /// The timing of one shape.
    struct Timing {
        /// The median over the repetitions of the wall time per draw, in nanoseconds.
        var nanosecondsPerDraw: Double
        /// The mean of the draws (the same in every repetition).
        var mean: Double
    }

    /// Times `shape`: `repetitions` runs of `draws` draws, each from the same stream.
    /// - Precondition: `draws ≥ 1`, `repetitions ≥ 1`; `draws` times the expected value stays
    ///   below 2⁶³.
    static func time(_ shape: Shape, draws: Int, repetitions: Int, seed: UInt64) -> Timing {
        var times: [Double] = []
        var sum = 0
        for _ in 0..<repetitions {
            var rng = RandomStream(seed: seed, trial: 0, substream: UInt64(shape.rawValue))
            let start = DispatchTime.now().uptimeNanoseconds
            sum = shape.sum(of: draws, using: &rng)
            times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / Double(draws))
        }
        times.sort()
        let median = times.count % 2 == 1 ? times[times.count / 2] : (times[times.count / 2 - 1] + times[times.count / 2]) / 2
        return Timing(nanosecondsPerDraw: median, mean: Double(sum) / Double(draws))
    }

    /// The table `dealsim bench --samplers` prints: a line on what was timed, then a row per
    /// shape with its nanoseconds per draw and the mean of the draws beside the expected value.
    static func report(draws: Int, repetitions: Int, seed: UInt64) -> String {
        var table = TextTable(header: ["sampler", "method", "ns per draw", "mean of draws", "expected"])
        for shape in Shape.allCases {
            let timing = time(shape, draws: draws, repetitions: repetitions, seed: seed)
            table.rows.append([
                shape.label.sampler, shape.label.method, String(format: "%.1f", timing.nanosecondsPerDraw),
                String(format: "%.2f", timing.mean), String(format: "%.2f", shape.expectedValue),
            ])
        }
        return """
            draws:              \(Format.count(draws)) per sampler and repetition, median of \(Format.count(repetitions, "repetition")), seed \(seed)

            \(table.rendered)
            """
    }
}
