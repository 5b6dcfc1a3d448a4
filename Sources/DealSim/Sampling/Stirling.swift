import Foundation

/// Stirling's series for log-factorials, as used by the rejection tests of BTPE and PTRS.
///
/// ```
/// ln Γ(x) = (x − ½) ln x − x + ½ ln 2π + δ(x)
/// δ(x)    = 1/(12x) − 1/(360x³) + 1/(1260x⁵) − 1/(1680x⁷) + 1/(1188x⁹) − …
/// ```
///
/// so that `ln k! = k ln k − k + ½ ln(2πk) + δ(k)` for k ≥ 1.
enum Stirling {
    /// The correction δ(x) truncated after the x⁻⁹ term, evaluated as in Kachitvichyanukul &
    /// Schmeiser (1988), step 5.3 (with 13860 = 166320/12):
    ///
    /// ```
    /// δ(x) ≈ (13860 − (462 − (132 − (99 − 140/x²)/x²)/x²)/x²) / x / 166320
    /// ```
    ///
    /// The truncation error is about the first omitted term, 691/(360360 x¹¹) < 1/(521 x¹¹):
    /// under 2·10⁻¹⁴ for x ≥ 10. BTPE's step 5.3 only passes x > 20 (it needs k > 20 and
    /// k < nrq/2 − 1, so y > M − nrq/2 > 20) and PTRS only k ≥ 10.
    static func correction(_ x: Double) -> Double {
        let x2 = x * x
        return (13860 - (462 - (132 - (99 - 140 / x2) / x2) / x2) / x2) / x / 166_320
    }

    /// `ln p(k)` for a Poisson distribution of mean `lambda > 0`, accurate even when k and λ
    /// are near 10¹² (where `k ln λ − λ − ln k!` would cancel to a few thousandths).
    ///
    /// For k ≥ 10, with d = k − λ:
    ///
    /// ```
    /// ln p(k) = d − k · ln(1 + d/λ) − ½ ln(2πk) − δ(k)
    /// ```
    ///
    /// and for k < 10, `k ln λ − λ − ln k!` with k! computed exactly.
    ///
    /// - Parameter k: a non-negative integer, as a `Double`.
    static func logPoissonProbability(_ k: Double, mean lambda: Double) -> Double {
        if k < 10 {
            var factorial = 1.0
            var i = 2.0
            while i <= k {
                factorial *= i
                i += 1
            }
            return k * log(lambda) - lambda - log(factorial)
        }
        let d = k - lambda
        return d - k * log1p(d / lambda) - 0.5 * log(2 * Double.pi * k) - correction(k)
    }
}
