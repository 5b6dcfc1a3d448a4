import Dispatch
import Foundation
import Synchronization

/// A Monte Carlo run of a scenario: many independent trials of the deal, month by month,
/// summarised across trials (MODEL.md §2–§5).
///
/// Trial `i` draws only from streams derived from `(seed, i)`, trials are grouped in batches
/// fixed by the number of trials alone, and partial sums are added in batch order; so the
/// result is the same, bit for bit, whatever the number of threads.
public struct Simulation: Sendable {
    /// The scenario simulated.
    public let scenario: Scenario
    /// The seed of every random stream.
    public let seed: UInt64
    /// The number of trials.
    public let trials: Int

    /// Prepares a run of `scenario` with `seed`, over `trials` trials (the scenario's by default).
    /// - Precondition: `trials ≥ 1`; `scenario` comes from ``ScenarioLoader`` or is as valid.
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
        let batches = Self.batchCount(trials: trials)
        let store = TrialStore(
            trials: trials, offers: scenario.offers.count, months: scenario.horizonMonths, batches: batches)
        let workers = max(1, min(threads ?? ProcessInfo.processInfo.activeProcessorCount, batches))
        let nextBatch = Atomic<Int>(0)
        let trialsDone = Atomic<Int>(0)
        let workerSketches = Mutex<[MonthlySketches?]>(Array(repeating: nil, count: workers))

        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var runner = TrialRunner(scenario: scenario, seed: seed)
            while true {
                let batch = nextBatch.add(1, ordering: .relaxed).oldValue
                guard batch < batches else { break }
                let range = Self.trialRange(ofBatch: batch, batches: batches, trials: trials)
                runner.run(batch: batch, trials: range, into: store)
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
        return ResultSummarizer(scenario: scenario, store: store, sketches: sketches)
            .result(seed: seed, workers: workers)
    }

    /// The trials of batch `batch`: consecutive, the batches together covering `0..<trials`.
    static func trialRange(ofBatch batch: Int, batches: Int, trials: Int) -> Range<Int> {
        (batch * trials / batches)..<((batch + 1) * trials / batches)
    }
}
