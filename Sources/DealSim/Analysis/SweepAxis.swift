import Foundation

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
    /// exact (`from` > `to` runs downwards): value i is `from + i·(to − from)/(count − 1)`,
    /// rounded to nine decimal places below the step's first digit, so that round steps stay
    /// round (0.2 to 0.9 in 15 gives 0.35, not 0.35000000000000003).
    /// - Precondition: `count ≥ 2`; `from` and `to` finite.
    public init(parameter: ScenarioParameter, from: Double, to: Double, count: Int) {
        precondition(count >= 2 && from.isFinite && to.isFinite, "an evenly spaced axis needs two finite ends")
        let step = (to - from) / Double(count - 1)
        // 10^decimals is exact for decimals ≤ 22; the rounding is skipped where it would not
        // be, and for a step of 0.
        let magnitude = log10(abs(step)).rounded(.down)
        let decimals = magnitude.isFinite ? max(0, 9 - Int(magnitude)) : .max
        let scale = pow(10, Double(decimals))
        func round(_ value: Double) -> Double {
            let scaled = value * scale
            return decimals <= 22 && abs(scaled) < 0x1p52 ? scaled.rounded() / scale : value
        }
        self.init(
            parameter: parameter,
            values: (0..<count).map { index in
                index == 0 ? from : index == count - 1 ? to : round(from + Double(index) * step)
            })
    }
}
