/// The metered quantity a `graduated` or `package` charge prices.
public enum UsageMetric: String, Sendable, Hashable, CaseIterable {
    /// Accepted outcomes Cₜ.
    case outcomes
    /// Tasks Nₜ.
    case tasks
    /// Attempts Aₜ.
    case attempts

    /// This quantity in a month's usage.
    public func units(in usage: MeteredUsage) -> Double {
        switch self {
        case .outcomes: return usage.acceptedOutcomes
        case .tasks: return usage.tasks
        case .attempts: return usage.attempts
        }
    }
}
