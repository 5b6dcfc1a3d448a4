import DealSim
import Foundation
import Synchronization

/// Shows a run's progress on standard error, at most ten times a second, as
/// `dealsim: 45,000 of 100,000 trials (45%), about 3 s left`; rewritten in place and
/// cleared at the end. Shown only when standard error is a terminal.
final class Progress: Sendable {
    private let total: Int
    private let unit: String
    private let output: Output
    private let start = Date()
    private let lastShown = Mutex<Date?>(nil)

    /// Progress towards `total` things, named by `unit` ("trials", "points").
    init(total: Int, unit: String = "trials", output: Output) {
        self.total = total
        self.unit = unit
        self.output = output
    }

    /// Records that `done` of the total are finished; called from worker threads.
    func update(_ done: Int) {
        let now = Date()
        let show = lastShown.withLock { last -> Bool in
            if let last, now.timeIntervalSince(last) < 0.1, done < total { return false }
            last = now
            return true
        }
        guard show else { return }
        let elapsed = now.timeIntervalSince(start)
        let left = done > 0 ? elapsed * Double(total - done) / Double(done) : 0
        let percent = total > 0 ? 100 * done / total : 100
        output.standardError(
            "\r\u{1B}[Kdealsim: \(Format.count(done)) of \(Format.count(total)) \(unit) (\(percent)%), about \(Int(left.rounded(.up))) s left"
        )
    }

    /// Clears the progress line.
    func finish() { output.standardError("\r\u{1B}[K") }
}
