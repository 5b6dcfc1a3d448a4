/// The plan of a trial's random numbers: which stream each draw of a ``World`` takes.
///
/// Every stream is a ``RandomStream`` keyed by `(seed, trial, purpose, index)`, hashed
/// together (never `seed + i`), so a trial's numbers do not depend on the thread that runs
/// it or on the trials before it. Within a stream the draws come in a fixed order:
///
/// | purpose | index | draws, in order |
/// | --- | --- | --- |
/// | ``Purpose/workload`` | 0 | the workload's parameters in the order of ``WorkloadDraw`` (`tasksPerMonth`, `monthlyGrowth`, `volumeVolatility`, `humanCostPerTask`, `revenuePerOutcome`, `savingsPerOutcome`); then for each month 1…H its volume multiplier G (when the volatility is above 0) and its tasks Nₜ |
/// | ``Purpose/vendor`` | the vendor's position | the vendor's parameters in the order of ``VendorDraw`` (`attemptSuccessRate`, `costPerAttempt`, `costPerTask`, `fixedCostPerMonth`, `trainingLag.initialAttemptSuccessRate`, `reopenRate`, `disputeRate`, `disputeUpheldRate`, `disputeCost`); then stage by stage over all months: every month's first attempts, every month's second attempts, …, every month's reversals Vₜ, disputes Dₜ, upheld disputes Uₜ |
/// | ``Purpose/buyerCosts`` | the offer's position | the offer's buyer costs `perTask`, `perMonth`, `perDispute` |
/// | ``Purpose/copula`` | 0 | with correlations: one standard normal per correlated parameter, in the order the parameters first appear in `correlations` |
/// | ``Purpose/churn`` | 0 | with a `monthlyChurn`: its draw (when uncertain), then one uniform U for each month t = 1 … H − 1 until the first with U < monthlyChurn, the deal's last month |
/// | ``Purpose/vendorTrends`` | the vendor's position | the vendor's `costPerAttemptTrend`, then its `failureRateTrend` (each when uncertain) |
///
/// A correlated parameter takes its value from the copula and draws nothing from its usual
/// stream; every other parameter draws as before, so a scenario without correlations draws
/// exactly what it drew before they existed. The churn and the trends draw from streams of
/// their own for the same reason: adding them to a scenario changes no other draw.
///
/// A fixed value draws nothing. What follows from the plan, and is tested:
///
/// - the volumes are the workload's alone: no vendor or offer changes them;
/// - a vendor's counts depend only on the volumes and its own stream: changing a fixed
///   reopen, dispute or cost parameter to another fixed value leaves every attempt and every
///   volume unchanged, and changing its success rate moves only its own counts (a new rate
///   may take a different number of uniforms in a month's draw, and so shift the later
///   draws of the same vendor and trial: the price of one stream per vendor and trial);
/// - replacing a distribution by a fixed value removes that parameter's draws and shifts
///   the later draws of its stream; all variants of an analysis that fix it draw alike;
/// - appending a vendor or an offer adds a stream and shifts none;
/// - pricing and deal terms draw nothing: every offer is evaluated on the same world
///   (common random numbers), and a change of price re-prices the same world.
///
/// A new purpose (a copula's normals, a buyer's churn) takes a number of its own, the next
/// unused one, so that adding it shifts no existing stream; existing numbers are never
/// reused or reordered.
public enum RandomPlan {
    /// What a stream's numbers are for.
    public enum Purpose: UInt64, Sendable {
        /// The workload's parameters and every month's volume.
        case workload = 0
        /// One vendor's parameters and its counts in every month.
        case vendor = 1
        /// One offer's buyer costs.
        case buyerCosts = 2
        /// The standard normals of the scenario's Gaussian copula (``Copula``), when it has
        /// correlations.
        case copula = 3
        /// The buyer's churn: the rate's draw and the month the deal ends.
        case churn = 4
        /// One vendor's cost and failure-rate trends.
        case vendorTrends = 5
    }

    /// The stream of `purpose` number `index` in trial `trial`.
    public static func stream(_ purpose: Purpose, _ index: Int = 0, seed: UInt64, trial: Int) -> RandomStream {
        RandomStream(seed: seed, trial: UInt64(trial), substream: purpose.rawValue << 32 | UInt64(index))
    }
}
