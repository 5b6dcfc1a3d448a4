import Dispatch
import Synchronization

/// `(0..<count).map(body)`, computed on up to `workers` threads; the result is in index
/// order whatever the threads, so it is as deterministic as `body`.
func parallelMap<T: Sendable>(_ count: Int, workers: Int, _ body: @Sendable (Int) -> T) -> [T] {
    let next = Atomic<Int>(0)
    let results = Mutex<[T?]>(Array(repeating: nil, count: count))
    DispatchQueue.concurrentPerform(iterations: max(1, min(workers, count))) { _ in
        while true {
            let index = next.add(1, ordering: .relaxed).oldValue
            guard index < count else { return }
            let value = body(index)
            results.withLock { $0[index] = value }
        }
    }
    return results.withLock { $0.map { $0! } }
}
