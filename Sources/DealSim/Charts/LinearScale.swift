/// A map from data values to pixels along one axis:
///
/// ```
/// pixel(v) = start + (v − lower) / (upper − lower) · (end − start)
/// ```
///
/// Values are clamped to ±10³⁰⁰ and the fraction `(v − lower) / (upper − lower)` to ±10⁹ (a
/// point a billion plot widths away is drawn as if it were a billion widths away), so that
/// every pixel is finite; the clipping that follows keeps what is drawn inside the plot.
struct LinearScale: Sendable, Hashable {
    let lower: Double
    let upper: Double
    let start: Double
    let end: Double

    /// The scale of the axis `ticks` drawn from pixel `start` to pixel `end`.
    init(_ ticks: AxisTicks, from start: Double, to end: Double) {
        lower = ticks.lowerBound
        upper = ticks.upperBound
        self.start = start
        self.end = end
    }

    /// The pixel of `value`; not finite only when `value` is not.
    func callAsFunction(_ value: Double) -> Double {
        let v = min(max(value, -Decimal10.limit), Decimal10.limit)
        let fraction = min(max((v - lower) / (upper - lower), -1e9), 1e9)
        return start + fraction * (end - start)
    }
}
