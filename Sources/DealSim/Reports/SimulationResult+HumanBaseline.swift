extension SimulationResult {
    /// Whether the buyer has an all-human baseline to save against: all-human work costs
    /// something in some trial.
    ///
    /// Without one (a human cost per task that is 0, or left out) the baseline is 0 in every
    /// trial and an offer's net savings are only its buyer cost negated, a misleading number:
    /// the reports and `dealsim run`'s table leave them out and say why. `summary.csv` keeps
    /// them.
    public var hasHumanBaseline: Bool { !(baseline.mean == 0 && (baseline.standardError ?? 0) == 0) }
}
