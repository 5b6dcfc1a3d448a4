import Foundation

/// Stirling's series for log-factorials, as used by the rejection tests of BTRS and PTRS.
///
/// ```
/// ln Γ(x) = (x − ½) ln x − x + ½ ln 2π + δ(x)
/// δ(x)    = 1/(12x) − 1/(360x³) + 1/(1260x⁵) − 1/(1680x⁷) + 1/(1188x⁹) − …
/// ```
///
/// so that `ln k! = k ln k − k + ½ ln(2πk) + δ(k)` for k ≥ 1.
enum Stirling {
    /// The correction δ(x) for a whole number x ≥ 1: exact (to the last bit) from a table
    /// for x ≤ 10, and above, the series truncated after the x⁻⁹ term,
    ///
    /// ```
    /// δ(x) ≈ r (1/12 − r² (1/360 − r² (1/1260 − r² (1/1680 − r²/1188)))),   r = 1/x
    /// ```
    ///
    /// whose truncation error is about the first omitted term, 691/(360360 x¹¹) < 1/(521 x¹¹):
    /// under 7·10⁻¹⁵ for x ≥ 11. One division, the rest multiplications.
    static func correction(_ x: Double) -> Double {
        if x <= 10 { return smallCorrections[Int(x)] }
        let r = 1 / x
        let r2 = r * r
        return r * (1.0 / 12 - r2 * (1.0 / 360 - r2 * (1.0 / 1260 - r2 * (1.0 / 1680 - r2 / 1188))))
    }

    /// δ(x) for x = 0…10 (δ(0) is not defined and unused), from ln Γ to 40 digits.
    private static let smallCorrections: [Double] = [
        0, 0.081_061_466_795_327_258, 0.041_340_695_955_409_294, 0.027_677_925_684_998_339,
        0.020_790_672_103_765_093, 0.016_644_691_189_821_192, 0.013_876_128_823_070_748,
        0.011_896_709_945_891_770, 0.010_411_265_261_972_096, 0.009_255_462_182_712_733,
        0.008_330_563_433_362_871,
    ]

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
