extension MeteredUsage {
    /// This usage with every quantity multiplied by `fraction`: what an offer meters when its
    /// agent works that fraction of the month.
    ///
    /// A scaled count whose exact value is whole (a wallet of 100 credits pausing at 151
    /// tasks meters 100/151 · 151 = 100 tasks) may land a rounding error off it
    /// (100.00000000000001), and a block, a bracket or a bonus target would then count one
    /// unit too many: a count within about 4 ulps (2⁻⁵⁰ relative) of a whole number is that number.
    public func scaled(by fraction: Double) -> MeteredUsage {
        MeteredUsage(
            acceptedOutcomes: Self.count(fraction * acceptedOutcomes), tasks: Self.count(fraction * tasks),
            attempts: Self.count(fraction * attempts), revenue: fraction * revenue, savings: fraction * savings,
            computeCost: fraction * computeCost)
    }

    /// `count` (≥ 0), or the whole number within 2⁻⁵⁰ of it relative, about 4 ulps.
    private static func count(_ count: Double) -> Double {
        let whole = count.rounded(.toNearestOrEven)  // one instruction; `rounded()` calls libm
        return abs(count - whole) <= count * 0x1p-50 ? whole : count
    }
}
