import Foundation
import Testing

@testable import DealSimCLI

/// How many times ``countSignal`` ran; touched only by ``SignalDeferralTests``.
nonisolated(unsafe) private var signalsCounted: sig_atomic_t = 0

/// A handler that counts the signals it receives.
private func countSignal(_: Int32) { signalsCounted += 1 }

/// Report files are replaced with Ctrl-C held back: a signal that arrives meanwhile takes
/// effect only when the deferral ends, through the handler that was there before. The tests
/// use SIGHUP, which is deferred like SIGINT and which nothing else in the tests sends.
@Suite(.serialized) struct SignalDeferralTests {
    /// Runs `body` with SIGHUP counted by ``countSignal`` and not blocked on this thread (test
    /// threads may block signals), so that a SIGHUP raised on this thread is handled before
    /// `raise` returns.
    func withCountedHangUps(_ body: () -> Void) {
        var counting = sigaction(), previous = sigaction()
        counting.__sigaction_handler.sa_handler = countSignal
        sigemptyset(&counting.sa_mask)
        sigaction(SIGHUP, &counting, &previous)
        var hangUp = sigset_t(), previousMask = sigset_t()
        sigemptyset(&hangUp)
        sigaddset(&hangUp, SIGHUP)
        pthread_sigmask(SIG_UNBLOCK, &hangUp, &previousMask)
        signalsCounted = 0
        body()
        pthread_sigmask(SIG_SETMASK, &previousMask, nil)
        sigaction(SIGHUP, &previous, nil)
    }

    @Test func signalWaitsForTheEnd() {
        withCountedHangUps {
            let deferral = SignalDeferral()
            raise(SIGHUP)
            #expect(signalsCounted == 0, "held back while files are replaced")
            deferral.end()
            #expect(signalsCounted == 1, "raised again, to the previous handler, at the end")
            raise(SIGHUP)
            #expect(signalsCounted == 2, "the previous handler is back")
        }
    }

    @Test func nothingRaisedWithoutSignal() {
        withCountedHangUps {
            SignalDeferral().end()
            #expect(signalsCounted == 0)
        }
    }
}
