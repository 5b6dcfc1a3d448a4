/// How the numbers of an axis, a bar or a cell are written: in the reports' number formats,
/// short enough for a tick label, the same on every machine (no locale).
///
/// | format | examples |
/// | --- | --- |
/// | ``money(prefix:)`` | "$0", "$0.50", "$850", "$120k", "$1.5M", "-$40k", "CHF 2B" |
/// | ``percent`` (1 is 100%) | "0%", "45%", "2.5%", "1,200%" |
/// | ``count`` | "0", "12,000", "1.2M", "3B" |
/// | ``plain`` | "0.35", "24", "1.2M" |
///
/// Rules:
/// - a negative number starts with an ASCII hyphen-minus, before any currency prefix;
///   zero has no sign and no decimals ("$0", "0%");
/// - money from 1,000 up is compact with "k", "M", "B" or "T" (thousand, million, billion,
///   trillion), counts and plain numbers from a million up; a compact label keeps at most
///   two decimals ("$1.25M"), else the next smaller unit is used ("$1,002k");
/// - money below 1,000 is in whole units, or to the cent ("$0.50", "$1.00") when the step
///   between ticks is below 1;
/// - other labels carry as many decimals as the step between ticks needs, without trailing
///   zeros ("0", "0.5", "1");
/// - magnitudes from 10¹⁵ up, and steps finer than a millionth of the label's unit, are
///   written in scientific notation ("$2e15", "1.5e-9", "1e-7%").
public enum TickFormat: Sendable, Hashable {
    /// Plain decimal numbers, without grouping below a million: "0.35", "2024", "1.2M".
    case plain
    /// Counts, grouped by thousands: "12,000", "1.2M".
    case count
    /// A fraction shown as a percentage, where 1 is 100%: "45%", "2.5%".
    case percent
    /// Money, compact, after `prefix`: the caller's currency symbol, such as "$" or "€", or
    /// a code and a space, such as "CHF ".
    case money(prefix: String)

    /// `value` as a label for a bar, a cell or a marker: money to the cent below 1,000 and to
    /// three significant digits from there, percentages to three significant digits, counts to whole numbers
    /// below a million, plain numbers to six significant digits, all compact from a million
    /// up with three: `money(prefix: "$").label(41_234)` → "$41.2k", `percent.label(0.4567)`
    /// → "45.7%", `count.label(12_345)` → "12,345", `count.label(1_234_567)` → "1.23M",
    /// `plain.label(0.35)` → "0.35".
    /// - Parameter value: the number; a value that is not finite is written "n/a".
    /// - Returns: the label.
    public func label(_ value: Double) -> String {
        guard value.isFinite else { return "n/a" }
        let below1M = value.magnitude < 999_500
        let leading = value.magnitude >= Decimal10.tiny ? Decimal10.floorLog10(value.magnitude) : 0
        let digits: Int, minimumExponent: Int
        switch self {
        case .money: (digits, minimumExponent) = (value.magnitude < 999.995 ? max(3, leading + 3) : 3, -2)
        case .percent: (digits, minimumExponent) = (3, Int.min)
        case .count: (digits, minimumExponent) = (below1M ? max(3, leading + 1) : 3, Int.min)
        case .plain: (digits, minimumExponent) = (below1M ? 6 : 3, Int.min)
        }
        guard let decimal = DecimalValue(rounding: value, significantDigits: digits, minimumExponent: minimumExponent) else {
            return "n/a"
        }
        return text(decimal, stepExponent: decimal.exponent, scientific: usesScientific(decimal.leadingExponent, decimal.exponent))
    }

    /// The labels of `ticks`, one per tick value, written with the decimals the step needs.
    /// - Parameter ticks: an axis's ticks.
    /// - Returns: one label per value of `ticks`.
    public func labels(_ ticks: AxisTicks) -> [String] {
        let largest = ticks.decimals.map(\.leadingExponent).max() ?? 0
        let scientific = usesScientific(largest, ticks.stepExponent)
        return ticks.decimals.map { text($0, stepExponent: ticks.stepExponent, scientific: scientific) }
    }

    /// Whether labels whose largest leading digit is at `10^leading` with steps of
    /// `10^stepExponent` are written in scientific notation.
    private func usesScientific(_ leading: Int, _ stepExponent: Int) -> Bool {
        let shift: Int
        switch self {
        case .percent: shift = 2
        case .plain, .count, .money: shift = 0
        }
        return leading + shift >= 15 || stepExponent + shift < -6
    }

    /// The text of one value, with decimals chosen for an axis whose step is a multiple of
    /// `10^stepExponent`.
    func text(_ value: DecimalValue, stepExponent: Int, scientific: Bool) -> String {
        let sign = value.units < 0 ? "-" : ""
        let magnitude = DecimalValue(units: Int64(value.units.magnitude), exponent: value.exponent)
        switch self {
        case .percent:
            if value.units == 0 { return "0%" }
            let shifted = DecimalValue(units: magnitude.units, exponent: magnitude.exponent + 2)
            let body =
                scientific
                ? shifted.scientific : shifted.fixed(decimals: max(0, -(stepExponent + 2)), grouped: true, strippingZeros: true)
            return sign + body + "%"
        case .money(let prefix):
            if value.units == 0 { return prefix + "0" }
            if scientific { return sign + prefix + magnitude.scientific }
            if let compact = Self.compact(magnitude, stepExponent: stepExponent, smallestUnit: 3) {
                return sign + prefix + compact
            }
            let body = magnitude.fixed(decimals: stepExponent < 0 ? max(2, -stepExponent) : 0, grouped: true, strippingZeros: false)
            return sign + prefix + body
        case .count, .plain:
            if value.units == 0 { return "0" }
            if scientific { return sign + magnitude.scientific }
            if let compact = Self.compact(magnitude, stepExponent: stepExponent, smallestUnit: 6) { return sign + compact }
            let grouped = self == .count
            return sign + magnitude.fixed(decimals: max(0, -stepExponent), grouped: grouped, strippingZeros: true)
        }
    }

    /// The magnitude in the largest unit from `10^smallestUnit` up that it reaches ("k" is
    /// 10³, "M" 10⁶, "B" 10⁹, "T" 10¹²) and that needs at most two decimals; `nil` when none.
    private static func compact(_ magnitude: DecimalValue, stepExponent: Int, smallestUnit: Int) -> String? {
        let units: [(exponent: Int, suffix: String)] = [(12, "T"), (9, "B"), (6, "M"), (3, "k")]
        for unit in units where unit.exponent >= smallestUnit && magnitude.leadingExponent >= unit.exponent {
            let decimals = max(0, unit.exponent - stepExponent)
            guard decimals <= 2 else { continue }
            let shifted = DecimalValue(units: magnitude.units, exponent: magnitude.exponent - unit.exponent)
            return shifted.fixed(decimals: decimals, grouped: true, strippingZeros: true) + unit.suffix
        }
        return nil
    }
}
