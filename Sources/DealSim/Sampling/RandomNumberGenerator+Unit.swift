/// Uniform doubles from random bits, with a fixed, documented conversion.
///
/// The standard library's `random(in:)` is never used: its algorithm may change between
/// Swift versions, which would silently change every seeded result.
extension RandomNumberGenerator {
    /// A uniform double in the half-open interval [0, 1): the top 53 bits of `next()` scaled.
    ///
    /// ```
    /// U = ⌊x / 2¹¹⌋ · 2⁻⁵³      ∈ {0, 2⁻⁵³, …, 1 − 2⁻⁵³}
    /// ```
    ///
    /// - Returns: a multiple of 2⁻⁵³ in [0, 1 − 2⁻⁵³]; consumes one `next()`.
    public mutating func nextUnit() -> Double {
        Double(next() >> 11) * 0x1p-53
    }

    /// A uniform double in the open interval (0, 1), safe to pass to `log`.
    ///
    /// ```
    /// U = (⌊x / 2¹²⌋ + ½) · 2⁻⁵²   ∈ {2⁻⁵³, 3 · 2⁻⁵³, …, 1 − 2⁻⁵³}
    /// ```
    ///
    /// Every value is exact (53 significant bits), and the set is symmetric about ½.
    ///
    /// - Returns: an odd multiple of 2⁻⁵³ in [2⁻⁵³, 1 − 2⁻⁵³]; consumes one `next()`.
    public mutating func nextOpenUnit() -> Double {
        (Double(next() >> 12) + 0.5) * 0x1p-52
    }
}
