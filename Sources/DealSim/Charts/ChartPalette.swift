import Foundation

/// The colours of every chart: one colour-blind-safe palette for series, used in one fixed
/// order, and one sequential ramp for values on a scale.
///
/// Series colours are the Okabe–Ito palette (Okabe & Ito 2008, "Color Universal Design"),
/// distinguishable with the common forms of colour blindness. Series `i` of any chart is
/// always drawn in `series[i mod 8]`, so that an offer keeps its colour from chart to chart
/// when the offers are given in the same order. Yellow, the hardest to see on white, comes
/// last.
///
/// The ramp is viridis (van der Walt & Smith 2015, matplotlib's default), a perceptually
/// uniform sequential scale from dark purple to yellow that stays ordered in grey scale and
/// for colour-blind readers.
public enum ChartPalette {
    /// The series colours, as `#RRGGBB`: blue, orange, bluish green, reddish purple,
    /// vermillion, sky blue, black, yellow.
    public static let series: [String] = [
        "#0072B2", "#E69F00", "#009E73", "#CC79A7", "#D55E00", "#56B4E9", "#000000", "#F0E442",
    ]

    /// The colour of series `index`, cycling after eight: `color(0)` is "#0072B2",
    /// `color(8)` is `color(0)` again.
    /// - Parameter index: the series' position in its chart, from 0.
    /// - Returns: a colour as `#RRGGBB`.
    public static func color(_ index: Int) -> String {
        let count = series.count
        return series[((index % count) + count) % count]
    }

    /// Nine evenly spaced stops of viridis, from 0 to 1.
    public static let ramp: [String] = [
        "#440154", "#472D7B", "#3B528B", "#2C728E", "#21908C", "#27AD81", "#5DC863", "#AADC32", "#FDE725",
    ]

    /// The ramp's colour at `fraction` of the way from its low end to its high end, linearly
    /// interpolated between the two nearest stops in RGB and rounded to whole channels.
    /// - Parameter fraction: 0 for the low end, 1 for the high end; clamped to 0…1, and a
    ///   value that is not finite counts as 0.
    /// - Returns: a colour as `#RRGGBB`.
    public static func rampColor(_ fraction: Double) -> String {
        let t = fraction.isFinite ? min(max(fraction, 0), 1) : 0
        let position = t * Double(ramp.count - 1)
        let index = min(Int(position), ramp.count - 2)
        let weight = position - Double(index)
        let low = rgb(ramp[index]), high = rgb(ramp[index + 1])
        let mixed = (0..<3).map { channel in
            Int((Double(low[channel]) * (1 - weight) + Double(high[channel]) * weight).rounded(.toNearestOrAwayFromZero))
        }
        return hex(mixed)
    }

    /// Whether text on `color` reads better in white than in black: true when the colour's
    /// relative luminance L (WCAG 2, sRGB) is below 0.18, where white and black have the
    /// same contrast on it: `1.05 / (L + 0.05) = (L + 0.05) / 0.05` at `L ≈ 0.179`.
    static func isDark(_ color: String) -> Bool {
        let channels = rgb(color).map { value -> Double in
            let c = Double(value) / 255
            return c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2] < 0.18
    }

    /// The red, green and blue channels of `#RRGGBB`.
    static func rgb(_ color: String) -> [Int] {
        let digits = Array(color.utf8.dropFirst())
        return (0..<3).map { channel in
            digits[channel * 2...channel * 2 + 1].reduce(0) { $0 * 16 + hexValue($1) }
        }
    }

    private static func hexValue(_ byte: UInt8) -> Int {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): Int(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "A")...UInt8(ascii: "F"): Int(byte - UInt8(ascii: "A")) + 10
        case UInt8(ascii: "a")...UInt8(ascii: "f"): Int(byte - UInt8(ascii: "a")) + 10
        default: 0
        }
    }

    private static func hex(_ channels: [Int]) -> String {
        let digits = Array("0123456789ABCDEF")
        return "#" + String(channels.flatMap { [digits[$0 / 16], digits[$0 % 16]] })
    }
}
