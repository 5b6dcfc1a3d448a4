/// What every worker of a run feeds, shared: each trial writes its own slots and each batch
/// its own region, so nothing depends on which thread ran what. (Each worker's monthly
/// sketches are its own, merged in worker order at the end: their merge is exact.)
struct RunAccumulators: Sendable {
    /// Per-trial horizon totals of every offer, and baselines.
    let totals: TrialTotals
    /// Per-batch monthly sums of every offer.
    let monthlySums: MonthlySums
    /// Per-trial parameter draws, when the run keeps them.
    let parameterDraws: ParameterDraws?
}
