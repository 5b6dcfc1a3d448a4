extension MeteredUsage {
    /// This usage with every quantity multiplied by `fraction`: what an offer meters when its
    /// agent works that fraction of the month.
    public func scaled(by fraction: Double) -> MeteredUsage {
        MeteredUsage(
            acceptedOutcomes: fraction * acceptedOutcomes, tasks: fraction * tasks, attempts: fraction * attempts,
            revenue: fraction * revenue, savings: fraction * savings, computeCost: fraction * computeCost)
    }
}
