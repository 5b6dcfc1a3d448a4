import Foundation

/// A fixed block of doubles, zeroed, that many threads write at once, each to its own
/// elements: the storage of the run's accumulators.
///
/// The block comes from `calloc`, which maps a large block as untouched zero pages: each
/// page is first touched by the worker thread that fills it, so the 45 MB of a 100,000-trial
/// run are not written once on the calling thread before the trials start.
final class SharedBuffer: @unchecked Sendable {
    /// The elements; each is written by one thread only, and read once the run is over.
    let values: UnsafeMutableBufferPointer<Double>

    /// `count` zeros.
    init(count: Int) {
        guard let memory = calloc(max(count, 1), MemoryLayout<Double>.stride) else {
            fatalError("out of memory for \(count) values")
        }
        values = UnsafeMutableBufferPointer(start: memory.bindMemory(to: Double.self, capacity: count), count: count)
    }

    deinit { free(values.baseAddress) }

    /// The elements `range`, to read.
    subscript(range: Range<Int>) -> UnsafeBufferPointer<Double> { UnsafeBufferPointer(rebasing: values[range]) }
}
