/// What an axis shows: its title, how its numbers are written, and how its range is chosen.
///
/// The range is the data's (the smallest and largest finite values drawn on the axis),
/// widened to nice ticks (``AxisTicks``); a fixed `range` replaces the data's, and
/// `includesZero` stretches it to 0.
public struct ChartAxis: Sendable, Hashable {
    /// The axis title, such as "Month" or "Vendor profit"; empty for none.
    public var title: String
    /// How tick labels are written.
    public var format: TickFormat
    /// A fixed range to show instead of the data's, such as `0...1` for a share; `nil` to
    /// follow the data. Data outside it are clipped.
    public var range: ClosedRange<Double>?
    /// Whether the axis reaches 0 whatever the data.
    public var includesZero: Bool
    /// Whether ticks fall on whole numbers only (months, counts of things).
    public var wholeSteps: Bool

    /// An axis.
    /// - Parameters:
    ///   - title: the axis title; empty for none.
    ///   - format: how tick labels are written.
    ///   - range: a fixed range, or `nil` to follow the data; ignored unless both ends are
    ///     finite.
    ///   - includesZero: whether the axis reaches 0.
    ///   - wholeSteps: whether ticks fall on whole numbers only.
    public init(
        title: String = "", format: TickFormat = .plain, range: ClosedRange<Double>? = nil, includesZero: Bool = false,
        wholeSteps: Bool = false
    ) {
        self.title = title
        self.format = format
        self.range = range
        self.includesZero = includesZero
        self.wholeSteps = wholeSteps
    }

    /// The ticks for `data` (or the fixed range) with at most `maximumCount` of them.
    func ticks(_ data: ValueRange, maximumCount: Int) -> AxisTicks {
        var shown = data
        if let range, range.lowerBound.isFinite, range.upperBound.isFinite {
            shown = ValueRange()
            shown.include(range.lowerBound)
            shown.include(range.upperBound)
        }
        return AxisTicks(
            lower: shown.lower, upper: shown.upper, maximumCount: maximumCount, includesZero: includesZero, wholeSteps: wholeSteps)
    }
}
