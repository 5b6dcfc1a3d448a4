import Foundation

/// Beta variates, as a ratio of gamma variates.
///
/// If X ~ Gamma(α, 1) and Y ~ Gamma(β, 1) are independent, then
///
/// ```
/// X / (X + Y) ~ Beta(α, β)
/// ```
///
/// (e.g. L. Devroye, *Non-Uniform Random Variate Generation*, Springer 1986, §IX.4). When
/// α < 1 or β < 1 both gammas may underflow to 0; the ratio is then formed from their
/// logarithms, `1 / (1 + exp(ln Y − ln X))`, which is always defined.
public enum Beta {
    /// A beta variate with density `x^(α−1) (1 − x)^(β−1) / B(α, β)` on [0, 1].
    ///
    /// Mean α/(α + β), variance αβ / ((α + β)² (α + β + 1)).
    ///
    /// - Parameters:
    ///   - alpha: The first shape α > 0 (finite).
    ///   - beta: The second shape β > 0 (finite).
    ///   - rng: The source of random bits.
    /// - Returns: a double in [0, 1].
    /// - Complexity: O(1) expected: two gamma draws.
    public static func sample<G: RandomNumberGenerator>(alpha: Double, beta: Double, using rng: inout G) -> Double {
        precondition(
            alpha > 0 && alpha.isFinite && beta > 0 && beta.isFinite, "beta shapes must be positive and finite")
        let ratio: Double
        if alpha >= 1 && beta >= 1 {
            let x = Gamma.marsagliaTsang(shape: alpha, using: &rng)
            let y = Gamma.marsagliaTsang(shape: beta, using: &rng)
            ratio = x / (x + y)
        } else {
            let logX = Gamma.logSample(shape: alpha, using: &rng)
            let logY = Gamma.logSample(shape: beta, using: &rng)
            ratio = 1 / (1 + exp(logY - logX))
        }
        return Swift.min(Swift.max(ratio, 0), 1)
    }
}
