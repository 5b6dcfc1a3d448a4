/// One category of a ``WhiskerBarChart``: a value drawn as a bar from 0, with an interval
/// (such as P5–P95) drawn as a whisker.
public struct WhiskerBar: Sendable, Hashable {
    /// The category's name, written left of its bar.
    public var label: String
    /// The bar's value, such as the expected total cost.
    public var value: Double
    /// The whisker's low end, such as P5.
    public var low: Double
    /// The whisker's high end, such as P95.
    public var high: Double

    /// A bar with a whisker.
    /// - Parameters:
    ///   - label: the category's name.
    ///   - value: the bar's value; a bar that is not finite is left out (its name stays).
    ///   - low: the whisker's low end.
    ///   - high: the whisker's high end; a whisker with an end that is not finite is left out.
    public init(label: String, value: Double, low: Double, high: Double) {
        self.label = label
        self.value = value
        self.low = low
        self.high = high
    }
}
