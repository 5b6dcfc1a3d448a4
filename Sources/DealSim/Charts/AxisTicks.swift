/// The ticks of an axis: round values, evenly spaced by a step of 1, 2 or 5 × 10ᵏ, whose
/// first and last ticks enclose the data ("nice numbers", Heckbert 1990, "Nice numbers for
/// graph labels", Graphics Gems).
///
/// The step is the smallest of the form 1, 2 or 5 × 10ᵏ that covers `lower…upper` with at
/// most `maximumCount` ticks:
///
/// ```
/// first = ⌊lower / step⌋ · step,   last = ⌈upper / step⌉ · step,
/// count = (last − first) / step + 1 ≤ maximumCount
/// ```
///
/// so `0…1` gets 0, 0.2, …, 1 and `13…87` gets 0, 20, …, 100. Since every tick is a multiple
/// of the step, 0 is a tick whenever the range runs from negative to positive. Each step is
/// at most 2.5 times the one before it, so the chosen step gives not many fewer ticks than
/// allowed: 4 to 7 for the default of 7 (checked over thousands of random ranges).
///
/// Degenerate ranges get sensible ones: a range of zero width (or narrower than 10⁻⁹ of its
/// magnitude) around `v ≠ 0` becomes `v ± 10^⌊log₁₀|v|⌋` (5 → 4…6, 120,000 → 20,000…220,000),
/// around 0 it becomes −1…1 (0…1 when the axis includes zero); bounds that are not finite
/// are ignored (both: 0); magnitudes are clamped to 10³⁰⁰ and those below 10⁻²⁹⁰ count as
/// zero.
public struct AxisTicks: Sendable, Hashable {
    /// The tick values, increasing; at least two.
    public let values: [Double]
    /// The distance between neighbouring ticks.
    public let step: Double
    /// The ticks as exact decimals, for their labels.
    let decimals: [DecimalValue]
    /// The step is a multiple of 10^stepExponent.
    let stepExponent: Int

    /// The first tick, the low end of the axis.
    public var lowerBound: Double { values[0] }
    /// The last tick, the high end of the axis.
    public var upperBound: Double { values[values.count - 1] }

    /// The ticks of an axis that shows `lower…upper`.
    /// - Parameters:
    ///   - lower: the smallest value to show (the bounds may come in either order).
    ///   - upper: the largest value to show.
    ///   - maximumCount: the most ticks wanted; at least 2 are always given.
    ///   - includesZero: whether the axis must reach 0 (for bars, which start at 0).
    ///   - wholeSteps: whether the step must be a whole number (months, counts of things).
    public init(lower: Double, upper: Double, maximumCount: Int = 7, includesZero: Bool = false, wholeSteps: Bool = false) {
        let (low, high) = Self.range(lower, upper, includesZero: includesZero)
        let count = max(2, maximumCount)
        var exponent = Decimal10.floorLog10((high - low) / Double(count - 1)) - 1
        if wholeSteps { exponent = max(exponent, 0) }
        while true {
            for mantissa: Int64 in [1, 2, 5] {
                let step = Decimal10.scaled(Double(mantissa), by: exponent)
                let first = Self.index(low / step, rounding: .down)
                var last = Self.index(high / step, rounding: .up)
                if last <= first { last = first + 1 }
                guard last - first < Int64(count) || exponent > 310 else { continue }
                decimals = (first...last).map { DecimalValue(units: $0 * mantissa, exponent: exponent) }
                values = decimals.map(\.doubleValue)
                self.step = step
                stepExponent = exponent
                return
            }
            exponent += 1
        }
    }

    /// The multiple of the step at or beyond `quotient` in the direction of `rule`, allowing
    /// for the rounding error of the division (10⁻⁹ of a step, and 10⁻¹² relative).
    private static func index(_ quotient: Double, rounding rule: FloatingPointRoundingRule) -> Int64 {
        let tolerance = 1e-9 + quotient.magnitude * 1e-12
        let index = rule == .down ? (quotient + tolerance).rounded(.down) : (quotient - tolerance).rounded(.up)
        return Int64(index)
    }

    /// The range to cover: finite, ordered, clamped, widened when degenerate.
    private static func range(_ lower: Double, _ upper: Double, includesZero: Bool) -> (Double, Double) {
        func clamped(_ value: Double) -> Double? {
            guard value.isFinite else { return nil }
            let magnitude = value.magnitude < Decimal10.tiny ? 0 : min(value.magnitude, Decimal10.limit)
            return value < 0 ? -magnitude : magnitude
        }
        let a = clamped(lower) ?? clamped(upper) ?? 0
        let b = clamped(upper) ?? a
        var low = min(a, b), high = max(a, b)
        if includesZero {
            low = min(low, 0)
            high = max(high, 0)
        }
        if high - low <= max(low.magnitude, high.magnitude) * 1e-9 {
            let middle = low / 2 + high / 2
            if middle == 0 {
                (low, high) = (includesZero ? 0 : -1, 1)
            } else {
                let spread = Decimal10.power(Decimal10.floorLog10(middle.magnitude))
                (low, high) = (middle - spread, middle + spread)
                if includesZero {
                    low = min(low, 0)
                    high = max(high, 0)
                }
            }
        }
        return (low, high)
    }
}
