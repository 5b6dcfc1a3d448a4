/// The smallest and largest finite values seen; empty (and then read as NaN, which
/// ``AxisTicks`` ignores) until one is included.
struct ValueRange: Sendable, Hashable {
    private(set) var lower = Double.infinity
    private(set) var upper = -Double.infinity

    var isEmpty: Bool { lower > upper }

    mutating func include(_ value: Double) {
        guard value.isFinite else { return }
        lower = min(lower, value)
        upper = max(upper, value)
    }

    mutating func include(_ values: some Sequence<Double>) {
        for value in values { include(value) }
    }
}
