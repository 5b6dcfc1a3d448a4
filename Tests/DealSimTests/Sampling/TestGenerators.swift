@testable import DealSim

/// A generator that counts the words it hands out, to check how many draws a sampler takes.
struct CountingGenerator: RandomNumberGenerator {
    /// The stream being counted.
    var base: RandomStream
    /// Calls of `next()` so far.
    private(set) var count = 0

    init(seed: UInt64) {
        base = RandomStream(seed: seed, trial: 0, substream: 0)
    }

    mutating func next() -> UInt64 {
        count += 1
        return base.next()
    }
}

/// A degenerate generator that always returns the same word (for edge cases of inversion
/// samplers; rejection samplers may loop forever on it).
struct ConstantGenerator: RandomNumberGenerator {
    let value: UInt64

    mutating func next() -> UInt64 { value }
}

/// `count` draws of `draw`, from the stream `(seed, 0, 0)`.
func draws<T>(_ count: Int, seed: UInt64, _ draw: (inout RandomStream) -> T) -> [T] {
    var rng = RandomStream(seed: seed, trial: 0, substream: 0)
    var result: [T] = []
    result.reserveCapacity(count)
    for _ in 0..<count { result.append(draw(&rng)) }
    return result
}

/// The number of draws for each statistical test: 2·10⁵ keeps four standard errors of a
/// mean at 0.009 σ while the whole suite runs in seconds in a debug build.
let drawCount = 200_000
