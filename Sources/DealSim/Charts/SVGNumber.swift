/// Coordinates as SVG text: at most two decimals, rounded half away from zero, without
/// trailing zeros, exponent, locale or negative zero: 12.345 → "12.35", 3.10 → "3.1",
/// -0.001 → "0". A value that is not finite is written "0" (callers clamp first).
enum SVGNumber {
    static func text(_ value: Double) -> String {
        let hundredths = (value * 100).rounded(.toNearestOrAwayFromZero)
        guard hundredths.isFinite, hundredths.magnitude < 1e15, hundredths != 0 else { return "0" }
        let units = Int64(hundredths.magnitude)
        let whole = units / 100, fraction = units % 100
        var text = (hundredths < 0 ? "-" : "") + String(whole)
        if fraction != 0 { text += "." + (fraction < 10 ? "0" : "") + (fraction % 10 == 0 ? String(fraction / 10) : String(fraction)) }
        return text
    }
}
