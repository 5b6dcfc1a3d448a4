/// Numbers written for people: currency amounts, counts and percentages, the same on every
/// machine.
///
/// The rules are fixed here rather than taken from the machine's locale (no
/// `NumberFormatter`, no `Locale`), so a report is byte-identical wherever it is made:
///
/// - thousands are grouped with commas and the decimal mark is a point: "1,234.50";
/// - a negative number starts with an ASCII hyphen-minus, before any currency symbol:
///   "-$1,234";
/// - halves round away from zero, on the stored binary value: 0.125 → "$0.13", but 1.005,
///   stored as 1.00499…, → "$1.00";
/// - USD, EUR and GBP amounts take their symbol ("$", "€", "£"); any other currency code
///   is written before the amount with a space: "CHF 1,234";
/// - a value that is NaN or infinite is written "n/a" (results never hold one, but a
///   report must never show "nan" or "inf").
public enum Format {
    /// The text written for a value that is not a finite number.
    public static let notANumber = "n/a"

    /// An amount of money: whole units from 100 up, cents below.
    ///
    /// `money(41_000, currency: "USD")` → "$41,000"; `money(0.99, …)` → "$0.99";
    /// `money(-1234.4, …)` → "-$1,234"; `money(99.999, …)` → "$100"; `money(0, …)` → "$0"
    /// (an exact zero has no cents); `money(-0.001, …)` → "$0.00" (no sign on a zero).
    /// - Parameters:
    ///   - amount: the amount, in units of `currency`.
    ///   - currency: an ISO 4217 code such as "USD".
    /// - Returns: the amount with its currency, grouped by thousands.
    public static func money(_ amount: Double, currency: String) -> String {
        guard amount.isFinite else { return notANumber }
        if amount == 0 { return withCurrency("0", negative: false, currency: currency) }
        let cents = (amount.magnitude * 100).rounded(.toNearestOrAwayFromZero)
        if cents < 10_000 {
            let whole = Int64(cents) / 100, fraction = Int64(cents) % 100
            let text = grouped(String(whole)) + "." + (fraction < 10 ? "0" : "") + String(fraction)
            return withCurrency(text, negative: amount < 0 && cents > 0, currency: currency)
        }
        return withCurrency(wholeDigits(amount.magnitude), negative: amount < 0, currency: currency)
    }

    /// An amount always to the cent, as an invoice shows it: `$14,850.00`, `$0.00`,
    /// `-$1.50`. Rounded half away from zero on the stored value, like ``money(_:currency:)``.
    public static func moneyToTheCent(_ amount: Double, currency: String) -> String {
        guard amount.isFinite else { return notANumber }
        let cents = (amount.magnitude * 100).rounded(.toNearestOrAwayFromZero)
        let whole = (cents / 100).rounded(.down)
        let fraction = Int(cents - whole * 100)
        let text = wholeDigits(whole) + "." + (fraction < 10 ? "0" : "") + String(fraction)
        return withCurrency(text, negative: amount < 0 && cents > 0, currency: currency)
    }

    /// A unit price, shown exactly to a millionth: at least two decimals when it is not a
    /// whole number, none when it is.
    ///
    /// `price(0.5, currency: "USD")` → "$0.50"; `price(0.004, …)` → "$0.004";
    /// `price(100, …)` → "$100"; `price(1500.5, …)` → "$1,500.50". Use it for prices and
    /// fees from a scenario, where "$0.00" would hide a real price; use
    /// ``money(_:currency:)`` for simulated amounts.
    /// - Parameters:
    ///   - amount: the price, in units of `currency`.
    ///   - currency: an ISO 4217 code such as "USD".
    /// - Returns: the price with its currency, grouped by thousands.
    public static func price(_ amount: Double, currency: String) -> String {
        guard amount.isFinite else { return notANumber }
        let micros = (amount.magnitude * 1_000_000).rounded(.toNearestOrAwayFromZero)
        guard micros < 1e15 else {
            return withCurrency(wholeDigits(amount.magnitude), negative: amount < 0, currency: currency)
        }
        let whole = Int64(micros) / 1_000_000, fraction = Int64(micros) % 1_000_000
        var text = grouped(String(whole))
        if fraction != 0 {
            var decimals = String(fraction)
            decimals = String(repeating: "0", count: 6 - decimals.count) + decimals
            while decimals.count > 2, decimals.hasSuffix("0") { decimals.removeLast() }
            text += "." + decimals
        }
        return withCurrency(text, negative: amount < 0 && micros > 0, currency: currency)
    }

    /// A count, rounded to a whole number and grouped by thousands: `count(15000)` →
    /// "15,000"; `count(1234.5)` → "1,235"; `count(-3)` → "-3".
    /// - Parameter value: the count; fractional counts (means) are rounded.
    /// - Returns: the whole number with thousands separators.
    public static func count(_ value: Double) -> String {
        guard value.isFinite else { return notANumber }
        let rounded = value.magnitude.rounded(.toNearestOrAwayFromZero)
        return (value < 0 && rounded > 0 ? "-" : "") + wholeDigits(rounded)
    }

    /// A metered quantity as an invoice line shows it: grouped by thousands, with up to two
    /// decimals when it is not whole, trailing zeros dropped: `quantity(15000)` → "15,000",
    /// `quantity(20202.0202)` → "20,202.02", `quantity(2.5)` → "2.5". An offer that pauses at
    /// a cap meters a share of the month's counts, which is rarely whole.
    /// - Parameter value: the quantity, rounded half away from zero to hundredths.
    /// - Returns: the quantity with thousands separators.
    public static func quantity(_ value: Double) -> String {
        guard value.isFinite else { return notANumber }
        let hundredths = (value.magnitude * 100).rounded(.toNearestOrAwayFromZero)
        guard hundredths < 1e17 else { return count(value) }
        let whole = Int64(hundredths) / 100, fraction = Int64(hundredths) % 100
        var text = grouped(String(whole))
        if fraction != 0 {
            var decimals = (fraction < 10 ? "0" : "") + String(fraction)
            if decimals.hasSuffix("0") { decimals.removeLast() }
            text += "." + decimals
        }
        return (value < 0 && hundredths > 0 ? "-" : "") + text
    }

    /// A whole count grouped by thousands: `count(10_000)` → "10,000".
    /// - Parameter value: the count.
    /// - Returns: the number with thousands separators.
    public static func count(_ value: Int) -> String {
        (value < 0 ? "-" : "") + grouped(String(value.magnitude))
    }

    /// A whole count and its noun, singular for exactly one: `count(1, "offer")` → "1 offer",
    /// `count(24, "month")` → "24 months", `count(10_000, "trial")` → "10,000 trials",
    /// `count(2, "tornado", "tornadoes")` → "2 tornadoes".
    /// - Parameters:
    ///   - value: the count.
    ///   - singular: the noun for one.
    ///   - plural: the noun for any other count; `nil` for the singular with an "s".
    /// - Returns: the count, grouped by thousands, and its noun.
    public static func count(_ value: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(count(value)) \(value == 1 ? singular : plural ?? singular + "s")"
    }

    /// A fraction written as a percentage: `percent(0.23)` → "23%", `percent(0.045)` →
    /// "4.5%", `percent(0.0012)` → "0.12%".
    ///
    /// From 10% up the percentage is whole, from 1% it has one decimal, below 1% two, with
    /// trailing zeros dropped ("5%", not "5.0%"). It never shows 0% or 100% for a value
    /// that is not exactly that: a tiny value is "<0.01%" (or ">-0.01%"), a value just
    /// under 100% is ">99.9%".
    /// - Parameter fraction: the value as a fraction: 1 is 100%.
    /// - Returns: the percentage, grouped by thousands when it is large.
    public static func percent(_ fraction: Double) -> String {
        guard fraction.isFinite else { return notANumber }
        if fraction == 0 { return "0%" }
        let value = fraction * 100
        let magnitude = value.magnitude
        let decimals = magnitude >= 99.5 && magnitude < 100 ? 1 : magnitude >= 10 ? 0 : magnitude >= 1 ? 1 : 2
        let scale = decimals == 0 ? 1.0 : decimals == 1 ? 10 : 100
        let scaled = (magnitude * scale).rounded(.toNearestOrAwayFromZero)
        if scaled == 0 { return value < 0 ? ">-0.01%" : "<0.01%" }
        if magnitude < 100, scaled >= 100 * scale { return value < 0 ? "<-99.9%" : ">99.9%" }
        var text = wholeDigits((scaled / scale).rounded(.towardZero))
        if decimals > 0 {
            var fractionDigits = String(Int64(scaled) % Int64(scale))
            fractionDigits = String(repeating: "0", count: decimals - fractionDigits.count) + fractionDigits
            while fractionDigits.hasSuffix("0") { fractionDigits.removeLast() }
            if !fractionDigits.isEmpty { text += "." + fractionDigits }
        }
        return (value < 0 ? "-" : "") + text + "%"
    }

    /// The symbol written before amounts of `currency`, or the code and a space.
    static func currencyPrefix(_ currency: String) -> String {
        switch currency {
        case "USD": return "$"
        case "EUR": return "€"
        case "GBP": return "£"
        default: return currency + " "
        }
    }

    private static func withCurrency(_ digits: String, negative: Bool, currency: String) -> String {
        (negative ? "-" : "") + currencyPrefix(currency) + digits
    }

    /// The digits of a whole, non-negative value, grouped by thousands; exact beyond 2⁶³.
    private static func wholeDigits(_ value: Double) -> String {
        let rounded = value.rounded(.toNearestOrAwayFromZero)
        if rounded < 1e18 { return grouped(String(Int64(rounded))) }
        return grouped(rounded.decimalText ?? notANumber)
    }

    /// `digits` (ASCII, optionally with a fraction after ".") with a comma every three
    /// digits of the whole part.
    static func grouped(_ digits: String) -> String {
        let whole = digits.prefix { $0 != "." }
        let rest = digits.dropFirst(whole.count)
        var result = ""
        for (offset, digit) in whole.enumerated() {
            if offset > 0, (whole.count - offset) % 3 == 0 { result.append(",") }
            result.append(digit)
        }
        return result + rest
    }
}
