extension MeteredUsage {
    /// This usage with every quantity multiplied by `fraction`: what an offer meters when its
    /// agent works that fraction of the month.
    ///
    /// A scaled count whose exact value is whole (a wallet of 100 credits pausing at 151
    /// tasks meters 100/151 · 151 = 100 tasks) may land a rounding error off it
    /// (100.00000000000001), and a block, a bracket or a bonus target would then count one
    /// unit too many: a count within 4 ulps of a whole number is that number.
    public func scaled(by fraction: Double) -> MeteredUsage {
        MeteredUsage(
            acceptedOutcomes: Self.count(fraction * acceptedOutcomes), tasks: Self.count(fraction * tasks),
            attempts: Self.count(fraction * attempts), revenue: fraction * revenue, savings: fraction * savings,
            computeCost: fraction * computeCost)
    }

    /// `count`, or the whole number within 4 ulps of it.
    private static func count(_ count: Double) -> Double {
        let whole = count.rounded()
        return abs(count - whole) <= 4 * count.ulp ? whole : count
    }
}
