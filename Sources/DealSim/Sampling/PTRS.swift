import Foundation

/// The constants of one PTRS draw and its rejection test (Hörmann 1993).
///
/// ```
/// b = 0.931 + 2.53 √λ,   a = −0.059 + 0.02483 b
/// ```
struct PTRS {
    /// The mean λ ≥ 10 and the hat's parameters a and b.
    let lambda: Double, a: Double, b: Double
    /// b − 2 and v_r · (b − 2) = 0.9277 (b − 2) − 3.6224.
    let bMinus2: Double, vrTimesBMinus2: Double

    /// The set-up for mean λ ≥ 10: one square root, no division.
    init(mean lambda: Double) {
        self.lambda = lambda
        b = 0.931 + 2.53 * lambda.squareRoot()
        a = -0.059 + 0.02483 * b
        bMinus2 = b - 2
        vrTimesBMinus2 = 0.9277 * bMinus2 - 3.6224
    }

    /// The rejection step for `x = (2a/u_s + b) U + λ + 0.43`, once the immediate acceptance
    /// has failed.
    ///
    /// - Returns: ⌊x⌋ if accepted, or `nil` to draw again.
    @inline(never)
    func accept(x: Double, us: Double, v: Double) -> Int? {
        // Counts beyond 4λ + 10⁶ have ln p(k) < −10⁶ and are always rejected; the bound also
        // keeps the conversion to Int in range when u_s is tiny.
        if x < 0 || x >= 4 * lambda + 1e6 || (us < 0.013 && v > us) { return nil }
        let k = Double(Int(x))
        let invAlpha = 1.1239 + 1.1328 / (b - 3.4)
        let logHat = log(v * invAlpha / (a / (us * us) + b))
        return logHat <= Stirling.logPoissonProbability(k, mean: lambda) ? Int(k) : nil
    }
}
