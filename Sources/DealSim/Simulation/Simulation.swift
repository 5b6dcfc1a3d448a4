import Dispatch
import Foundation
import Synchronization

/// A Monte Carlo run of a scenario: many independent trials of the deal, month by month,
/// summarised across trials (<doc:TheModel> and <doc:Statistics>).
///
/// Trial `i` draws only from streams derived from `(seed, i)` (``RandomPlan``), trials are
/// grouped in batches fixed by the number of trials alone, and partial sums are added in
/// batch order; so the result is the same, bit for bit, whatever the number of threads.
public struct Simulation: Sendable {
    /// The scenario simulated.
    public let scenario: Scenario
    /// The seed of every random stream.
    public let seed: UInt64
    /// The number of trials.
    public let trials: Int

    /// Prepares a run of `scenario` with `seed`, over `trials` trials (the scenario's by default).
    /// - Precondition: `trials ≥ 1`.
    public init(scenario: Scenario, seed: UInt64, trials: Int? = nil) {
        self.scenario = scenario
        self.seed = seed
        self.trials = trials ?? scenario.trials
        precondition(self.trials >= 1, "a run needs at least one trial")
    }

    /// The most batches a run is cut into: enough to balance many cores, few enough that the
    /// per-batch monthly sums stay small.
    static let maximumBatches = 256

    /// The number of batches for `trials` trials: at least 64 trials each, at most 256 batches.
    static func batchCount(trials: Int) -> Int { max(1, min(maximumBatches, trials / 64)) }

    /// Runs every trial and summarises them.
    /// - Parameters:
    ///   - threads: worker threads; by default one per active core. The result does not
    ///     depend on it.
    ///   - progress: called after each batch, from a worker thread, with the trials done so far.
    /// - Returns: the distribution of every reported metric for every offer.
    /// - Complexity: O(trials · months · (vendors · maxAttempts + offers · charges)) time;
    ///   memory O(trials · offers) plus sketches independent of trials.
    public func run(threads: Int? = nil, progress: (@Sendable (_ trialsDone: Int) -> Void)? = nil) -> SimulationResult {
        run(variants: [scenario], threads: threads, progress: progress)[0]
    }

    /// Runs every trial, summarises them, and keeps what an analysis or a chart reads of each
    /// trial: every offer's horizon totals and, unless told not to, every uncertain
    /// parameter's draw.
    /// - Parameters:
    ///   - keepingDraws: whether to keep each trial's parameter draws (memory O(trials ·
    ///     parameters)).
    ///   - threads: worker threads; the result does not depend on it.
    ///   - progress: called after each batch, from a worker thread, with the trials done so far.
    /// - Returns: the summary, bit for bit that of ``run(threads:progress:)``, and the trials.
    /// - Complexity: as ``run(threads:progress:)``.
    public func runKeepingTrials(
        keepingDraws: Bool = true, threads: Int? = nil, progress: (@Sendable (_ trialsDone: Int) -> Void)? = nil
    ) -> SimulationRun {
        let run = run(variants: [scenario], keepingDraws: keepingDraws, threads: threads, progress: progress)
        return SimulationRun(result: run.results[0], totals: run.totals, draws: run.draws)
    }

    /// Runs variants of the scenario that differ from it only in their offers' pricing and
    /// deal terms on the same worlds: each trial's world is drawn once and every variant's
    /// offers are priced on it, so the variants differ by their pricing alone (common random
    /// numbers) and the world's draws, about half of a run's time, are made once.
    /// - Parameters:
    ///   - variants: scenarios that ``Scenario/sharesWorlds(with:)`` with ``scenario``.
    ///   - threads: worker threads; the results do not depend on it.
    ///   - progress: called after each batch, from a worker thread, with the trials done so far.
    /// - Returns: one result per variant, each bit for bit what running it alone gives.
    /// - Precondition: every variant shares its worlds with ``scenario``.
    public func run(
        variants: [Scenario], threads: Int? = nil, progress: (@Sendable (_ trialsDone: Int) -> Void)? = nil
    ) -> [SimulationResult] {
        run(variants: variants, keepingDraws: false, threads: threads, progress: progress).results
    }

    private func run(
        variants: [Scenario], keepingDraws: Bool, threads: Int?, progress: (@Sendable (_ trialsDone: Int) -> Void)?
    ) -> (results: [SimulationResult], totals: TrialTotals, draws: ParameterDraws?) {
        precondition(variants.allSatisfy { $0.sharesWorlds(with: scenario) }, "a variant must share the scenario's worlds")
        // Each distinct offer is accounted once: in a sweep of one offer's price the other
        // offers are the same in every variant. `slots[v][o]` is where variant v's offer o is.
        var distinct: [OfferAccounts] = []
        var slotOfOffer: [OfferKey: Int] = [:]
        let slots = variants.map { variant in
            variant.offers.indices.map { index in
                let key = OfferKey(index: index, offer: variant.offers[index])
                if let slot = slotOfOffer[key] { return slot }
                distinct.append(OfferAccounts(variant.offers[index], drawnAs: index, of: scenario))
                slotOfOffer[key] = distinct.count - 1
                return distinct.count - 1
            }
        }
        let offers = distinct
        let batches = Self.batchCount(trials: trials)
        let accumulators = RunAccumulators(
            totals: TrialTotals(
                trials: trials, offers: offers.count, paidInTheMonth: offers.map { $0.offer.terms.paymentDelayMonths == 0 }),
            monthlySums: MonthlySums(offers: offers.count, months: scenario.horizonMonths, batches: batches),
            parameterDraws: keepingDraws ? ParameterDraws(parameters: scenario.uncertainParameters, trials: trials) : nil)
        let workers = max(1, min(threads ?? ProcessInfo.processInfo.activeProcessorCount, batches))
        let nextBatch = Atomic<Int>(0)
        let trialsDone = Atomic<Int>(0)
        let workerSketches = Mutex<[MonthlySketches?]>(Array(repeating: nil, count: workers))

        let copula = Copula(scenario)
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var runner = TrialRunner(scenario: scenario, copula: copula, seed: seed, offers: offers, accumulators: accumulators)
            while true {
                let batch = nextBatch.add(1, ordering: .relaxed).oldValue
                guard batch < batches else { break }
                let range = Self.trialRange(ofBatch: batch, batches: batches, trials: trials)
                runner.run(batch: batch, trials: range)
                let done = trialsDone.add(range.count, ordering: .relaxed).newValue
                progress?(done)
            }
            let sketches = runner.sketches
            workerSketches.withLock { $0[worker] = sketches }
        }

        // Each worker's sketches are taken out as they are merged, so that at most three sets live at once.
        var sketches = workerSketches.withLock { $0[0].take()! }
        for worker in 1..<workers {
            sketches.merge(workerSketches.withLock { $0[worker].take()! })
        }
        let summarizer = ResultSummarizer(
            store: accumulators.totals, monthlySums: accumulators.monthlySums, sketches: sketches, months: scenario.horizonMonths,
            monthlyBudget: scenario.workload.monthlyBudget, hasChurn: scenario.workload.monthlyChurn != nil)
        let offerResults = parallelMap(offers.count, workers: workers) { summarizer.offerResult(offers[$0].offer, at: $0) }
        let results = zip(variants, slots).map { variant, slots in
            summarizer.result(of: variant, seed: seed, offers: slots.map { offerResults[$0] })
        }
        return (results, accumulators.totals, accumulators.parameterDraws)
    }

    /// An offer of a variant, as the run tells offers apart: its position (whose buyer costs
    /// it takes) and its terms.
    private struct OfferKey: Hashable {
        let index: Int
        let offer: Offer
    }

    /// The trials of batch `batch`: consecutive, the batches together covering `0..<trials`.
    static func trialRange(ofBatch batch: Int, batches: Int, trials: Int) -> Range<Int> {
        (batch * trials / batches)..<((batch + 1) * trials / batches)
    }
}

/// A run with what it kept of each trial.
public struct SimulationRun: Sendable {
    /// The summary of every offer.
    public let result: SimulationResult
    /// Every offer's horizon totals in each trial, and the baselines.
    public let totals: TrialTotals
    /// Each trial's draw of every uncertain parameter, when kept.
    public let draws: ParameterDraws?
}

extension Scenario {
    /// Whether `other` draws the same worlds as this scenario: the same horizon, workload and
    /// vendors, and the same offers up to their pricing and deal terms (each offer's vendor
    /// and buyer costs). Such scenarios can be priced on one set of worlds.
    public func sharesWorlds(with other: Scenario) -> Bool {
        horizonMonths == other.horizonMonths && workload == other.workload && vendors == other.vendors
            && offers.count == other.offers.count
            && zip(offers, other.offers).allSatisfy { $0.vendor == $1.vendor && $0.buyerCosts == $1.buyerCosts }
    }
}
