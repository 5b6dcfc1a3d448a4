import Foundation

/// Powers of ten, read from decimal text so that they are correctly rounded on every machine.
enum Decimal10 {
    /// The largest magnitude a chart works with; larger values are clamped to it.
    static let limit = 1e300
    /// The smallest magnitude a chart tells from zero.
    static let tiny = 1e-290

    /// 10^exponent, correctly rounded.
    static func power(_ exponent: Int) -> Double {
        Double("1e\(exponent)") ?? (exponent < 0 ? 0 : .infinity)
    }

    /// `value × 10^exponent`, dividing by the exact power when the exponent is negative.
    static func scaled(_ value: Double, by exponent: Int) -> Double {
        exponent >= 0 ? value * power(exponent) : value / power(-exponent)
    }

    /// ⌊log₁₀ x⌋ for a finite x > 0, exact at powers of ten.
    static func floorLog10(_ x: Double) -> Int {
        var exponent = Int((log10(x)).rounded(.down))
        if power(exponent) > x { exponent -= 1 }
        if power(exponent + 1) <= x { exponent += 1 }
        return exponent
    }
}
