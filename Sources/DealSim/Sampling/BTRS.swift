import Foundation

/// The constants of one BTRS draw, the transformed rejection method with squeeze of
/// W. Hörmann, "The generation of binomial random variates", Journal of Statistical
/// Computation and Simulation 46(1–2), 101–110, 1993.
///
/// For p ≤ ½ and n·p ≥ 10, with U uniform on (−½, ½), V on [0, 1) and `u_s = ½ − |U|`:
///
/// ```
/// k = ⌊(2a/u_s + b) U + c⌋
/// b = 1.15 + 2.53 √(npq),   a = −0.0873 + 0.0248 b + 0.01 p,   c = np + ½
/// α = (2.83 + 5.1/b) √(npq),   v_r = 0.92 − 4.2/b
/// ```
///
/// accept at once when `u_s ≥ 0.07` and `V ≤ v_r` (no logarithm: 65% of draws near
/// n·p = 10–100, 75–80% for large n·p); otherwise reject k outside 0…n, and accept when
/// `ln(V α / (a/u_s² + b)) ≤ ln f(k)/f(M)`, the log-ratio of the pmf at k to the pmf at the
/// mode M = ⌊(n + 1)p⌋. About 1.15 candidates are tried per draw.
///
/// Before that test, BTPE's squeeze (Kachitvichyanukul & Schmeiser 1988, step 5.2) decides
/// most candidates with one logarithm: for d = |k − M| < npq/2 − 1,
/// `ln f(k)/f(M)` lies within ρ of `−d²/(2npq)`, with
/// `ρ = (d/npq)((d(d/3 + 0.625) + 1/6)/npq + ½)`; widened by 10⁻⁹ against rounding.
///
/// `ln f(k)/f(M)` comes from Stirling's formula written as ratios near 1, each through
/// `log1p`, so that it stays exact for n up to 2⁵³:
///
/// ```
/// ln f(k)/f(M) = (M + ½) ln((M + 1)/(k + 1)) + (n − M + ½) ln((n − M + 1)/(n − k + 1))
///                + (k − M) ln(((n − k + 1) p)/((k + 1) q))
///                + δ(M + 1) + δ(n − M + 1) − δ(k + 1) − δ(n − k + 1)
/// ```
///
/// with δ the correction of ``Stirling/correction(_:)``, exact for small arguments too.
struct BTRS {
    /// n as a double, p ≤ ½ and q = 1 − p.
    let n: Double, p: Double, q: Double
    /// The variance npq, its square root, and the hat's constants b, a and c.
    let npq: Double, spq: Double, b: Double, a: Double, c: Double
    /// v_r · b = 0.92 b − 4.2, so that `V ≤ v_r` is tested as `V b ≤ v_r b` with no division.
    let vrTimesB: Double

    /// The set-up, for p ≤ ½ and n·p ≥ 10.
    init(n: Int, p: Double) {
        self.n = Double(n)
        self.p = p
        q = 1 - p
        npq = self.n * p * q
        spq = npq.squareRoot()
        b = 1.15 + 2.53 * spq
        a = -0.0873 + 0.0248 * b + 0.01 * p
        c = self.n * p + 0.5
        vrTimesB = 0.92 * b - 4.2
    }

    /// Draws candidates from `rng` until one is accepted.
    func variate<G: RandomNumberGenerator>(using rng: inout G) -> Int {
        while true {
            let u = rng.nextOpenUnit() - 0.5
            let v = rng.nextUnit()
            let us = 0.5 - abs(u)
            // k = ⌊x⌋; x ≥ 0 whenever u_s ≥ 0.07 and n·p ≥ 10, so ⌊x⌋ is a truncation there.
            let x = (2 * a / us + b) * u + c
            if us >= 0.07 && v * b <= vrTimesB { return Int(x) }
            if x < 0 || x >= n + 1 { continue }
            let k = Double(Int(x))
            if accepts(k, us: us, v: v) { return Int(k) }
        }
    }

    /// The final test for the candidate k (0 ≤ k ≤ n) of the point (u_s, V). Kept out of line,
    /// so that its constants are computed only for the 20–35% of candidates that reach it.
    @inline(never)
    func accepts(_ k: Double, us: Double, v: Double) -> Bool {
        let alpha = (2.83 + 5.1 / b) * spq
        let logV = log(v * alpha / (a / (us * us) + b))
        if let bounds = squeeze(k) {
            if logV < bounds.lowerBound { return true }
            if logV > bounds.upperBound { return false }
        }
        return logV <= logRatioToMode(k)
    }

    /// Bounds on `ln f(k)/f(M)` from BTPE's squeeze, when k is close enough to the mode
    /// (|k − M| < npq/2 − 1) for them to hold; widened by 10⁻⁹ against rounding.
    func squeeze(_ k: Double) -> ClosedRange<Double>? {
        let distance = abs(k - mode)
        guard distance < npq / 2 - 1 else { return nil }
        let rho = (distance / npq) * ((distance * (distance / 3 + 0.625) + 1.0 / 6) / npq + 0.5)
        let t = -distance * distance / (2 * npq)
        return (t - rho - 1e-9)...(t + rho + 1e-9)
    }

    /// The mode M = ⌊(n + 1)p⌋.
    var mode: Double { Double(Int((n + 1) * p)) }

    /// `ln f(k)/f(M)`, the log-ratio of the pmf at k (0 ≤ k ≤ n) to the pmf at the mode.
    func logRatioToMode(_ k: Double) -> Double {
        let m = mode
        let k1 = k + 1
        let nk1 = n - k + 1
        return (m + 0.5) * log1p((m - k) / k1)
            + (n - m + 0.5) * log1p((k - m) / nk1)
            + (k - m) * log(nk1 * p / (k1 * q))
            + Stirling.correction(m + 1) + Stirling.correction(n - m + 1)
            - Stirling.correction(k1) - Stirling.correction(nk1)
    }
}
