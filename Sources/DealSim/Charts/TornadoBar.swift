/// One input of a ``TornadoChart``: the result when the input is at its low end and when it
/// is at its high end, everything else at its base value.
public struct TornadoBar: Sendable, Hashable {
    /// The input's name, written left of its bar, such as "Success rate 0.6–0.9".
    public var label: String
    /// The result with the input at its low end.
    public var low: Double
    /// The result with the input at its high end.
    public var high: Double

    /// A tornado bar.
    /// - Parameters:
    ///   - label: the input's name.
    ///   - low: the result with the input at its low end; left out when not finite.
    ///   - high: the result with the input at its high end; left out when not finite.
    public init(label: String, low: Double, high: Double) {
        self.label = label
        self.low = low
        self.high = high
    }

    /// How far the result moves across the input's range, for sorting: `|high − low|`,
    /// counting an end that is not finite as the centre.
    func swing(from centre: Double) -> Double {
        let a = low.isFinite ? low : centre, b = high.isFinite ? high : centre
        let swing = (a - b).magnitude
        return swing.isFinite ? swing : 0
    }
}
