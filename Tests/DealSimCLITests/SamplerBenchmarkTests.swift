import Foundation
import Testing

@testable import DealSimCLI

/// `dealsim bench --samplers`, run in-process on few draws: the table's layout, and a mean
/// column that checks what was timed and does not depend on the machine.
@Suite struct SamplerBenchmarkTests {
    /// The rows of the report's table, header first, split into cells at runs of two or more spaces.
    static func rows(_ report: String) -> [[String]] {
        report.split(separator: "\n").dropFirst().map { line in
            line.split(separator: "  ").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
    }

    @Test func tableHasARowPerSampler() throws {
        let report = SamplerBenchmark.report(draws: 1_000, repetitions: 3, seed: 1)
        #expect(report.hasPrefix("draws:              1,000 per sampler and repetition, median of 3 repetitions, seed 1\n\n"))
        let rows = Self.rows(report)
        #expect(rows.first == ["sampler", "method", "ns per draw", "mean of draws", "expected"])
        #expect(
            rows.dropFirst().map { $0.prefix(2) } == [
                ["binomial, n = 10^12, p = 0.5", "BTRS"], ["binomial, n = 10^12, p = 10^-12", "inversion"],
                ["Poisson, mean = 10^12", "PTRS"],
            ])
        for row in rows.dropFirst() {
            let cells = try #require(row.count == 5 ? row : nil, "\(row)")
            #expect((Double(cells[2]) ?? 0) > 0, "a time per draw: \(row)")
        }
    }

    /// The mean of the draws lies within 5 standard errors of the expected value (variance
    /// np(1 − p), or the mean), and the same seed gives the same means.
    @Test func meansCheckTheDraws() {
        let draws = 1_000
        let variances: [SamplerBenchmark.Shape: Double] = [
            .binomialRejection: 2.5e11, .binomialInversion: 1, .poissonRejection: 1e12,
        ]
        for shape in SamplerBenchmark.Shape.allCases {
            let timing = SamplerBenchmark.time(shape, draws: draws, repetitions: 2, seed: 7)
            let standardError = (variances[shape]! / Double(draws)).squareRoot()
            #expect(abs(timing.mean - shape.expectedValue) <= 5 * standardError, "\(shape): \(timing.mean)")
            #expect(SamplerBenchmark.time(shape, draws: draws, repetitions: 1, seed: 7).mean == timing.mean)
            #expect(SamplerBenchmark.time(shape, draws: draws, repetitions: 1, seed: 8).mean != timing.mean)
        }
    }
}
