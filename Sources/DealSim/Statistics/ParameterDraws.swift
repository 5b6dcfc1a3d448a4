/// Each trial's draw of every uncertain parameter: what a sensitivity analysis ranks inputs
/// by. Written by many threads at once, each trial to its own slots.
///
/// Memory: `trials · parameters` doubles.
public final class ParameterDraws: Sendable {
    /// The parameters, in ``Scenario/uncertainParameters`` order.
    public let parameters: [UncertainParameter]
    /// The number of trials.
    public let trials: Int
    private let draws: SharedBuffer

    /// Zeros for `trials` trials of `parameters`.
    init(parameters: [UncertainParameter], trials: Int) {
        self.parameters = parameters
        self.trials = trials
        draws = SharedBuffer(count: parameters.count * trials)
    }

    /// Records the draws of `world`. Only the thread running its trial calls this.
    func record(_ world: World) {
        for (index, parameter) in parameters.enumerated() {
            draws.values[index * trials + world.trial] = parameter.value(in: world)
        }
    }

    /// The draws of parameter `index`, trial 0 first.
    public func values(ofParameter index: Int) -> [Double] { Array(column(ofParameter: index)) }

    /// The draws of parameter `index`, trial 0 first, without a copy.
    func column(ofParameter index: Int) -> UnsafeBufferPointer<Double> {
        draws[(index * trials)..<((index + 1) * trials)]
    }
}
