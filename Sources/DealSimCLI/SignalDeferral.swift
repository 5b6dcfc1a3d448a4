import Foundation

/// The signal caught while a ``SignalDeferral`` is active; 0 for none.
nonisolated(unsafe) private var caughtSignal: sig_atomic_t = 0

/// Holds back Ctrl-C (SIGINT), SIGTERM and SIGHUP while files are being replaced: a signal
/// that arrives is recorded and raised again by ``end()``, with the default action restored,
/// so the process still stops, but only after the files are all in place. A signal the
/// process ignores stays ignored.
struct SignalDeferral {
    private static let signals = [SIGINT, SIGTERM, SIGHUP]
    private var previous: [(signal: Int32, action: sigaction)] = []

    /// Starts holding back the signals.
    init() {
        caughtSignal = 0
        for number in Self.signals {
            var old = sigaction()
            sigaction(number, nil, &old)
            if unsafeBitCast(old.__sigaction_handler.sa_handler, to: Int.self) == 1 { continue }  // SIG_IGN
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { caughtSignal = $0 }
            sigemptyset(&action.sa_mask)
            sigaction(number, &action, nil)
            previous.append((number, old))
        }
    }

    /// Restores the previous handlers and raises the signal that arrived meanwhile, if any,
    /// on the calling thread (in `dealsim`, the main thread, which blocks no signal).
    func end() {
        for var entry in previous { sigaction(entry.signal, &entry.action, nil) }
        if caughtSignal != 0 { raise(caughtSignal) }
    }
}
