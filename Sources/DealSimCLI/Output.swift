import Foundation

/// Where a command writes: standard output for results, standard error for errors and
/// progress. Tests substitute their own.
struct Output: Sendable {
    /// Writes to standard output.
    var standardOutput: @Sendable (String) -> Void
    /// Writes to standard error.
    var standardError: @Sendable (String) -> Void
    /// Whether standard error is a terminal (progress is shown only then).
    var standardErrorIsTerminal: Bool

    /// The process's own streams.
    static let process = Output(
        standardOutput: { FileHandle.standardOutput.write(Data($0.utf8)) },
        standardError: { FileHandle.standardError.write(Data($0.utf8)) },
        standardErrorIsTerminal: isatty(STDERR_FILENO) == 1)
}
