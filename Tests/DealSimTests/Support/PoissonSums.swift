import Foundation

/// Exact expectations over a Poisson count, for closed-form checks of charges that are not
/// linear in the count (blocks, wallets, budgets).
enum PoissonSums {
    /// `log P(K = k)` for K ~ Poisson(`mean`): `−μ + k·log μ − log k!`, in log space so that
    /// neither `μᵏ` nor `k!` overflows.
    static func logProbability(_ k: Int, mean: Double) -> Double {
        -mean + Double(k) * log(mean) - lgamma(Double(k) + 1)
    }

    /// `E[f(K)] = Σₖ f(k)·P(K = k)` for K ~ Poisson(`mean`), `mean > 0`, summed over
    /// k = 0 … ⌈μ + 40·√μ + 40⌉. By Bernstein's bound the tail beyond, x = 40·√μ + 40 above
    /// the mean, has probability below exp(−x² / (2·(μ + x/3))) < e^(−60) ≈ 10⁻²⁶ for every
    /// μ > 0 (e^(−390) at μ = 100), so for an `f` that grows at most polynomially it is far
    /// below any tolerance a test derives from a run.
    static func expectation(mean: Double, _ f: (Int) -> Double) -> Double {
        let last = Int((mean + 40 * mean.squareRoot() + 40).rounded(.up))
        var sum = 0.0
        for k in 0...last { sum += f(k) * exp(logProbability(k, mean: mean)) }
        return sum
    }

    /// `P(K > k)` for K ~ Poisson(`mean`).
    static func probabilityAbove(_ k: Int, mean: Double) -> Double {
        expectation(mean: mean) { $0 > k ? 1 : 0 }
    }
}
