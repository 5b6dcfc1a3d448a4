/// One parameter of a sweep and the values it takes, in order.
public struct SweepAxis: Sendable, Equatable {
    /// The parameter, by its JSON path.
    public let parameter: ScenarioParameter
    /// The values, in the order swept (at least one).
    public let values: [Double]

    /// An axis of given values.
    /// - Precondition: `values` is not empty.
    public init(parameter: ScenarioParameter, values: [Double]) {
        precondition(!values.isEmpty, "a sweep axis needs a value")
        self.parameter = parameter
        self.values = values
    }

    /// An axis of `count` evenly spaced values from `from` to `to`, both ends included and
    /// exact (`from` > `to` runs downwards): value i is `(from·(n − i) + to·i)/n` with
    /// n = count − 1, which keeps round steps round (0.3 to 1.5 in 5 gives 0.9, not
    /// 0.8999999999999999).
    /// - Precondition: `count ≥ 2`; `from` and `to` finite.
    public init(parameter: ScenarioParameter, from: Double, to: Double, count: Int) {
        precondition(count >= 2 && from.isFinite && to.isFinite, "an evenly spaced axis needs two finite ends")
        let n = Double(count - 1)
        self.init(
            parameter: parameter,
            values: (0..<count).map { index in
                index == 0 ? from : index == count - 1 ? to : (from * (n - Double(index)) + to * Double(index)) / n
            })
    }
}
