/// The independent random streams of one trial. Each is derived from (seed, trial,
/// substream), so a trial's numbers do not depend on which thread runs it, and adding a
/// vendor or an offer to a scenario does not shift any other stream.
extension RandomStream {
    /// The stream of the workload's draws and the monthly volume.
    static func workload(seed: UInt64, trial: Int) -> RandomStream {
        RandomStream(seed: seed, trial: UInt64(trial), substream: 0)
    }

    /// The stream of vendor `index`'s draws and its monthly attempts, reversals and disputes.
    static func vendor(_ index: Int, seed: UInt64, trial: Int) -> RandomStream {
        RandomStream(seed: seed, trial: UInt64(trial), substream: 1 << 32 | UInt64(index))
    }

    /// The stream of offer `index`'s buyer-cost draws.
    static func offer(_ index: Int, seed: UInt64, trial: Int) -> RandomStream {
        RandomStream(seed: seed, trial: UInt64(trial), substream: 2 << 32 | UInt64(index))
    }
}
