import Foundation

/// The tables of the 256-layer ziggurat for the standard normal density.
///
/// G. Marsaglia and W. W. Tsang, "The ziggurat method for generating random variables",
/// Journal of Statistical Software 5(8), 2000. With f(x) = exp(−x²/2), R = 3.654152885361009
/// and the common layer area V = 0.00492867323399 (= R f(R) + ∫_R^∞ f), the layer edges are
///
/// ```
/// x₀ = V / f(R),   x₁ = R,   xᵢ₊₁ = f⁻¹(f(xᵢ) + V/xᵢ) = √(−2 ln(f(xᵢ) + V/xᵢ)),   x₂₅₆ = 0
/// ```
///
/// computed once, at first use. Layer 0 is the base strip (the rectangle [0, x₀] × [0, f(R)],
/// whose part beyond R stands for the tail); layer i ≥ 1 is [0, xᵢ] × [f(xᵢ), f(xᵢ₊₁)].
enum NormalZiggurat {
    /// R, where the tail begins.
    static let tailStart = 3.654_152_885_361_008_8
    /// V, the area of each layer.
    static let layerArea = 0.004_928_673_233_99

    /// x₀ … x₂₅₆, decreasing from x₀ ≈ 3.9108 to x₂₅₆ = 0.
    static let edges: [Double] = {
        var x = [Double](repeating: 0, count: 257)
        x[0] = layerArea / exp(-0.5 * tailStart * tailStart)
        x[1] = tailStart
        for i in 1..<255 {
            x[i + 1] = (-2 * log(layerArea / x[i] + exp(-0.5 * x[i] * x[i]))).squareRoot()
        }
        // The recurrence closes at 0 (its last argument is 1 + 2·10⁻¹¹); x₂₅₆ = 0 exactly.
        x[256] = 0
        return x
    }()

    /// f(xᵢ) = exp(−xᵢ²/2) for each edge; f(x₂₅₆) = 1.
    static let heights: [Double] = edges.map { exp(-0.5 * $0 * $0) }

    /// A standard normal variate.
    ///
    /// One `next()` gives the layer i (its low 8 bits) and a symmetric uniform u ∈ (−1, 1)
    /// (its top 53 bits, disjoint from the layer bits as in J. A. Doornik, "An improved
    /// ziggurat method to generate normal random samples", 2005). `x = u·xᵢ` is returned at
    /// once when |x| < xᵢ₊₁ (about 99% of draws); otherwise layer 0 samples the tail by
    /// Marsaglia's method (G. Marsaglia, "Generating a variable from the tail of the normal
    /// distribution", Technometrics 6(1), 1964) and other layers test a uniform height
    /// against f(x).
    static func sample<G: RandomNumberGenerator>(using rng: inout G) -> Double {
        while true {
            let bits = rng.next()
            let i = Int(truncatingIfNeeded: bits & 0xFF)
            let u = (Double(Int64(bitPattern: bits) >> 11) + 0.5) * 0x1p-52
            let x = u * edges[i]
            if abs(x) < edges[i + 1] { return x }
            if i == 0 { return u < 0 ? -tail(using: &rng) : tail(using: &rng) }
            let low = heights[i]
            if low + (heights[i + 1] - low) * rng.nextUnit() < exp(-0.5 * x * x) { return x }
        }
    }

    /// A variate of the standard normal conditioned on exceeding R (Marsaglia 1964):
    /// with a = −ln(U₁)/R and b = −ln(U₂), accept R + a when 2b ≥ a².
    static func tail<G: RandomNumberGenerator>(using rng: inout G) -> Double {
        while true {
            let a = -log(rng.nextOpenUnit()) / tailStart
            let b = -log(rng.nextOpenUnit())
            if 2 * b >= a * a { return tailStart + a }
        }
    }
}
