extension Distribution {
    /// The forms a distribution takes in a scenario file, by the key that names it:
    /// `{"triangular": [min, mode, max]}`. A fixed value is a plain number and has no key.
    public enum Form: String, Sendable, Equatable, CaseIterable {
        /// `{"uniform": [a, b]}`, a ≤ b.
        case uniform
        /// `{"triangular": [min, mode, max]}`, min ≤ mode ≤ max.
        case triangular
        /// `{"pert": [min, mode, max]}`, min ≤ mode ≤ max.
        case pert
        /// `{"normal": [mean, sd]}`, sd ≥ 0.
        case normal
        /// `{"ci90": [lo, hi]}`, 0 < lo ≤ hi.
        case ci90
        /// `{"beta": [alpha, beta]}`, alpha > 0 and beta > 0.
        case beta

        /// The names of the parameters, in the order the array gives them.
        public var parameterNames: [String] {
            switch self {
            case .uniform: return ["a", "b"]
            case .triangular, .pert: return ["min", "mode", "max"]
            case .normal: return ["mean", "sd"]
            case .ci90: return ["lo", "hi"]
            case .beta: return ["alpha", "beta"]
            }
        }

        /// What the parameters must satisfy, as the scenario format states it: `min ≤ mode ≤ max`.
        public var constraint: String {
            switch self {
            case .uniform: return "a ≤ b"
            case .triangular, .pert: return "min ≤ mode ≤ max"
            case .normal: return "sd ≥ 0"
            case .ci90: return "0 < lo ≤ hi"
            case .beta: return "alpha > 0 and beta > 0"
            }
        }

        /// The distribution with these finite parameters, or `nil` when they break
        /// ``constraint``.
        /// - Precondition: `parameters.count == parameterNames.count`.
        func distribution(_ parameters: [Double]) -> Distribution? {
            precondition(parameters.count == parameterNames.count, "wrong number of parameters for \(rawValue)")
            let p = parameters
            switch self {
            case .uniform: return p[0] <= p[1] ? .uniform(p[0], p[1]) : nil
            case .triangular:
                return p[0] <= p[1] && p[1] <= p[2] ? .triangular(min: p[0], mode: p[1], max: p[2]) : nil
            case .pert: return p[0] <= p[1] && p[1] <= p[2] ? .pert(min: p[0], mode: p[1], max: p[2]) : nil
            case .normal: return p[1] >= 0 ? .normal(mean: p[0], sd: p[1]) : nil
            case .ci90: return 0 < p[0] && p[0] <= p[1] ? .ci90(low: p[0], high: p[1]) : nil
            case .beta: return p[0] > 0 && p[1] > 0 ? .beta(alpha: p[0], beta: p[1]) : nil
            }
        }
    }
}
