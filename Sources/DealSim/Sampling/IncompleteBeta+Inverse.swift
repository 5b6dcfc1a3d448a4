import Foundation

extension IncompleteBeta {
    /// The point x with I_x(a, b) = p (the Beta(a, b) quantile), and 1 − x.
    ///
    /// 1. Orientation: if I_½(a, b) < p the root lies above ½, and the mirrored problem
    ///    I_y(b, a) = 1 − p is solved for y = 1 − x instead, so that the unknown is always at
    ///    most ½ and keeps its relative accuracy.
    /// 2. A first guess from *Numerical Recipes* (3rd ed., §6.14, `invbetai`): for a, b ≥ 1
    ///    the normal approximation of Abramowitz & Stegun 26.5.22 with z from A&S 26.2.23;
    ///    otherwise the power laws of the two tails, `x ≈ (p a w)^(1/a)` near 0.
    /// 3. Newton's method on g(u) = ln I − ln p in u = ln x (on ln(1 − I) − ln(1 − p) when
    ///    p > ½), which is nearly linear in both tails (I ∝ x^a near 0), inside a bracket
    ///    [lo, hi] that every evaluation shrinks; a step that leaves the bracket is replaced by
    ///    bisection, geometric while hi/lo > 4 so that roots near 10⁻³⁰⁰ are found in a few
    ///    dozen steps.
    ///
    /// Iteration stops when a Newton step changes x by at most 2⁻⁵¹ relatively. The error of
    /// the result is then that of I (about 10⁻¹³ relatively) divided by the elasticity
    /// x·f(x)/I(x), which is about a in the lower tail: measured against mpmath at 30 digits,
    /// at most 7 · 10⁻¹³ for shapes from 0.05 to 10⁵ and p from 10⁻¹⁰ to 1 − 10⁻¹⁰.
    ///
    /// - Parameters:
    ///   - p: The probability, `0 ≤ p ≤ 1`.
    ///   - q: `1 − p`, passed separately so that p near 1 keeps its accuracy.
    ///   - a: The first shape, `a > 0`.
    ///   - b: The second shape, `b > 0`.
    /// - Returns: `(x, y)` with I_x(a, b) = p and y = 1 − x (the smaller one accurate).
    /// - Complexity: usually 3–8 evaluations of ``regularized(x:y:a:b:)``; at most 200.
    static func inverse(p: Double, q: Double, a: Double, b: Double) -> (x: Double, y: Double) {
        if p <= 0 { return (0, 1) }
        if q <= 0 { return (1, 0) }
        if regularized(x: 0.5, y: 0.5, a: a, b: b).lower < p {
            let mirrored = lowerRoot(p: q, q: p, a: b, b: a)
            return (mirrored.y, mirrored.x)
        }
        return lowerRoot(p: p, q: q, a: a, b: b)
    }

    /// The root of I_x(a, b) = p known to lie in (0, ½].
    private static func lowerRoot(p: Double, q: Double, a: Double, b: Double) -> (x: Double, y: Double) {
        var lo = 0.0
        var hi = 0.5
        var x = Swift.min(Swift.max(initialGuess(p: p, q: q, a: a, b: b), Double.leastNormalMagnitude), 0.5)
        for _ in 0..<200 {
            let y = 1 - x
            let (lower, upper) = regularized(x: x, y: y, a: a, b: b)
            // Compare on the smaller tail, the one known to full relative accuracy.
            let below = p <= q ? lower < p : upper > q
            let exact = p <= q ? lower == p : upper == q
            if exact { return (x, y) }
            if below { lo = x } else { hi = x }
            // Newton's step in ln x on the logarithm of the smaller tail.
            let elasticity = x * density(x: x, y: y, a: a, b: b)
            let step = p <= q ? -lower * log(lower / p) / elasticity : upper * log(upper / q) / elasticity
            var next = x * exp(step)
            if !(next > lo && next < hi) {
                let floor = Swift.max(lo, Double.leastNormalMagnitude)
                next = hi > 4 * floor ? (floor * hi).squareRoot() : 0.5 * (lo + hi)
            }
            if abs(next - x) <= 2 * Double.ulpOfOne * next || hi - lo <= 2 * hi.ulp {
                return (next, 1 - next)
            }
            x = next
        }
        return (x, 1 - x)
    }

    /// A first guess at the root of I_x(a, b) = p, from *Numerical Recipes* (`invbetai`).
    ///
    /// For a, b ≥ 1, with z the normal deviate of p (A&S 26.2.23, error below 4.5 · 10⁻⁴),
    ///
    /// ```
    /// λ = (z² − 3)/6,   h = 2/(1/(2a − 1) + 1/(2b − 1))
    /// w = z √(h + λ)/h − (1/(2b − 1) − 1/(2a − 1)) (λ + 5/6 − 2/(3h))
    /// x = a / (a + b e^(2w))
    /// ```
    ///
    /// and otherwise, with S = (a/(a+b))^a/a + (b/(a+b))^b/b, the lower tail
    /// x = (p a S)^(1/a) when p < (a/(a+b))^a/(a S), else the upper one 1 − (q b S)^(1/b).
    static func initialGuess(p: Double, q: Double, a: Double, b: Double) -> Double {
        if a >= 1 && b >= 1 {
            let tail = Swift.min(p, q)
            let t = (-2 * log(tail)).squareRoot()
            var z = (2.30753 + t * 0.27061) / (1 + t * (0.99229 + t * 0.04481)) - t
            // z is now the deviate of the upper tail 1 − p: x falls as z grows.
            if p < q { z = -z }
            let lambda = (z * z - 3) / 6
            let h = 2 / (1 / (2 * a - 1) + 1 / (2 * b - 1))
            let w = z * (lambda + h).squareRoot() / h - (1 / (2 * b - 1) - 1 / (2 * a - 1)) * (lambda + 5.0 / 6 - 2 / (3 * h))
            return a / (a + b * exp(2 * w))
        }
        let logA = log(a / (a + b))
        let logB = log(b / (a + b))
        let lowerWeight = exp(a * logA) / a
        let upperWeight = exp(b * logB) / b
        let total = lowerWeight + upperWeight
        if p < lowerWeight / total {
            return exp((log(a * total) + log(p)) / a)
        }
        return 1 - exp((log(b * total) + log(q)) / b)
    }
}
