/// What a scenario quantity measures, which decides how it is written.
enum QuantityKind {
    /// An amount of money in the scenario's currency.
    case money
    /// A rate or share, 0…1, written as a percentage.
    case rate
    /// A number of things (tasks per month).
    case count
}

extension Distribution {
    /// The distribution in words, for the assumptions of a report (plain text):
    /// "$0.99", "Beta(16, 4), mean 80%", "90% interval $6–$15 (lognormal, mean $9.96)",
    /// "triangular $0.03–$0.15, most likely $0.06 (mean $0.08)".
    func words(_ kind: QuantityKind, currency: String) -> String {
        func value(_ x: Double) -> String { ReportWords.exact(x, kind, currency: currency) }
        func mean(_ x: Double) -> String { ReportWords.approximate(x, kind, currency: currency) }
        switch self {
        case .fixed(let x):
            return value(x)
        case .uniform(let a, let b):
            return a == b ? value(a) : "uniform \(ReportWords.range(value(a), value(b), a, b)) (mean \(mean(self.mean)))"
        case .triangular(let min, let mode, let max):
            return min == max
                ? value(min)
                : "triangular \(ReportWords.range(value(min), value(max), min, max)), most likely \(value(mode)) (mean \(mean(self.mean)))"
        case .pert(let min, let mode, let max):
            return min == max
                ? value(min)
                : "PERT \(ReportWords.range(value(min), value(max), min, max)), most likely \(value(mode)) (mean \(mean(self.mean)))"
        case .normal(let m, let sd):
            return sd == 0 ? value(m) : "normal, mean \(value(m)), standard deviation \(value(sd))"
        case .ci90(let low, let high):
            return low == high
                ? value(low)
                : "90% interval \(ReportWords.range(value(low), value(high), low, high)) (lognormal, mean \(mean(self.mean)))"
        case .beta(let alpha, let beta):
            return "Beta(\(ReportWords.plain(alpha)), \(ReportWords.plain(beta))), mean \(mean(self.mean))"
        }
    }

    /// Whether the distribution is the fixed value 0 (a cost or rate that does not apply).
    var isZero: Bool { support == 0...0 }
}

/// Small pieces of report wording shared by the reports.
enum ReportWords {
    /// A scenario's input, shown exactly: prices to a millionth ("$0.004"), rates to a
    /// millionth of a percent ("12.5%"), counts whole.
    static func exact(_ x: Double, _ kind: QuantityKind, currency: String) -> String {
        switch kind {
        case .money: return Format.price(x, currency: currency)
        case .rate: return exactPercent(x)
        case .count: return x == x.rounded() ? Format.count(x) : plain(x)
        }
    }

    /// A derived value (a mean), rounded for reading: money to the cent, or to two
    /// significant digits below one unit ("$0.0023"); rates by ``Format/percent(_:)``.
    static func approximate(_ x: Double, _ kind: QuantityKind, currency: String) -> String {
        switch kind {
        case .money: return smallMoney(x, currency: currency)
        case .rate: return Format.percent(x)
        case .count: return Format.count(x)
        }
    }

    /// Money to the cent, but with two significant digits when that would show "$0.00".
    static func smallMoney(_ x: Double, currency: String) -> String {
        guard x.isFinite, x != 0, x.magnitude < 0.005 else { return Format.money(x, currency: currency) }
        var scale = 1.0
        while (x.magnitude * scale) < 10 { scale *= 10 }
        return Format.price((x * scale).rounded(.toNearestOrAwayFromZero) / scale, currency: currency)
    }

    /// A fraction as an exact percentage, to a millionth of a percent: 0.125 → "12.5%".
    static func exactPercent(_ fraction: Double) -> String {
        plainPercent(fraction * 100)
    }

    /// A number already in percent, written exactly to a millionth: 12.5 → "12.5%".
    static func plainPercent(_ percent: Double) -> String {
        plain((percent * 1_000_000).rounded(.toNearestOrAwayFromZero) / 1_000_000) + "%"
    }

    /// A plain number: shortest round-trip digits, thousands grouped.
    static func plain(_ x: Double) -> String {
        guard let text = x.decimalText else { return Format.notANumber }
        return text.hasPrefix("-") ? "-" + Format.grouped(String(text.dropFirst())) : Format.grouped(text)
    }

    /// "a–b" with an en dash when neither end is negative, "a to b" otherwise (a dash
    /// beside a minus sign misreads).
    static func range(_ low: String, _ high: String, _ lowValue: Double, _ highValue: Double) -> String {
        lowValue < 0 || highValue < 0 ? "\(low) to \(high)" : "\(low)–\(high)"
    }

    /// "a", "a and b", "a, b and c" (or another conjunction: "a, b or c").
    static func list(_ items: [String], _ conjunction: String = "and") -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " \(conjunction) " + items.last!
    }

    /// Text items listed the same way: "**A**, **B** and **C**".
    static func list(_ items: [ReportText], _ conjunction: String = "and") -> ReportText {
        guard items.count > 1 else { return items.first ?? ReportText() }
        return .joined(Array(items.dropLast()), separator: ", ") + " \(conjunction) " + items.last!
    }

    /// A correlation with its sign, written as a person reads it, to three decimals (a
    /// smaller one as given): "−0.6", "+0.35", "+0.0001", "0".
    static func signed(_ x: Double) -> String {
        let text = plain(abs(x) >= 0.001 ? (x * 1_000).rounded() / 1_000 : x)
        return x > 0 ? "+" + text : x < 0 ? "−" + text.dropFirst() : text
    }

    /// "1 month", "3 months": ``Format/count(_:_:_:)``.
    static func count(_ n: Int, _ singular: String, _ plural: String? = nil) -> String {
        Format.count(n, singular, plural)
    }
}
