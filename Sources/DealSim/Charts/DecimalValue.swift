/// A number held exactly as decimal digits, `units × 10^exponent`, so that chart labels are
/// written from digits rather than from binary fractions: a tick at 0.3 is `3 × 10⁻¹`, never
/// 0.30000000000000004.
struct DecimalValue: Sendable, Hashable {
    /// The signed digits.
    var units: Int64
    /// The power of ten the digits are scaled by.
    var exponent: Int

    /// The value `units × 10^exponent` as the nearest `Double`.
    var doubleValue: Double {
        exponent >= 0 ? Double(units) * Decimal10.power(exponent) : Double(units) / Decimal10.power(-exponent)
    }

    /// `value` rounded half away from zero to `significantDigits` digits, but never to a finer
    /// power of ten than `minimumExponent`; trailing zeros removed (the exponent raised
    /// instead). `nil` when `value` is not finite; magnitudes are clamped to `Decimal10.limit`
    /// and those below `Decimal10.tiny` count as zero.
    init?(rounding value: Double, significantDigits: Int = 3, minimumExponent: Int = Int.min) {
        guard value.isFinite else { return nil }
        let magnitude = min(value.magnitude, Decimal10.limit)
        guard magnitude >= Decimal10.tiny else {
            self.init(units: 0, exponent: 0)
            return
        }
        var exponent = max(Decimal10.floorLog10(magnitude) - (significantDigits - 1), minimumExponent)
        var units = Decimal10.scaled(magnitude, by: -exponent).rounded(.toNearestOrAwayFromZero)
        if units >= Decimal10.power(significantDigits) {
            units = (units / 10).rounded(.toNearestOrAwayFromZero)
            exponent += 1
        }
        self.init(units: value < 0 ? -Int64(units) : Int64(units), exponent: exponent)
        stripTrailingZeros()
    }

    init(units: Int64, exponent: Int) {
        self.units = units
        self.exponent = exponent
    }

    /// The same value with no trailing zeros in `units` (zero becomes `0 × 10⁰`).
    mutating func stripTrailingZeros() {
        guard units != 0 else {
            exponent = 0
            return
        }
        while units % 10 == 0 {
            units /= 10
            exponent += 1
        }
    }

    /// The power of ten of the leading digit: 2 for 450, -3 for 0.0012, 0 for zero.
    var leadingExponent: Int {
        units == 0 ? 0 : String(units.magnitude).count - 1 + exponent
    }

    /// The magnitude written with a decimal point and `decimals` digits after it (more when
    /// the digits need them), optionally with commas between thousands and without trailing
    /// fractional zeros: `fixed(decimals: 2)` of `5 × 10⁻¹` is "0.50".
    func fixed(decimals: Int, grouped: Bool, strippingZeros: Bool) -> String {
        var digits = String(units.magnitude)
        var whole: String, fraction: String
        if exponent >= 0 {
            whole = units == 0 ? "0" : digits + String(repeating: "0", count: exponent)
            fraction = ""
        } else {
            let places = -exponent
            if digits.count <= places { digits = String(repeating: "0", count: places - digits.count + 1) + digits }
            whole = String(digits.prefix(digits.count - places))
            fraction = String(digits.suffix(places))
        }
        if fraction.count < decimals { fraction += String(repeating: "0", count: decimals - fraction.count) }
        if strippingZeros { while fraction.hasSuffix("0") { fraction.removeLast() } }
        if grouped { whole = Self.grouped(whole) }
        return fraction.isEmpty ? whole : whole + "." + fraction
    }

    /// The magnitude in scientific notation without a plus sign: "1.5e-9", "2e15".
    var scientific: String {
        var value = DecimalValue(units: Int64(units.magnitude), exponent: exponent)
        value.stripTrailingZeros()
        let digits = String(value.units)
        let mantissa = digits.count > 1 ? String(digits.prefix(1)) + "." + String(digits.dropFirst()) : digits
        return mantissa + "e" + String(value.exponent + digits.count - 1)
    }

    /// `digits` with a comma every three digits from the right: "1234567" → "1,234,567".
    static func grouped(_ digits: String) -> String {
        var result = ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0, (digits.count - offset) % 3 == 0 { result.append(",") }
            result.append(digit)
        }
        return result
    }
}
