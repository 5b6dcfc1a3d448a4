/// An error that ends a command: one message for stderr and the exit status it maps to.
///
/// Every failure of the command line becomes one of these, and ``CommandLineTool`` prints it
/// in one place, as `dealsim: <message>` (usage errors add a pointer to `--help`).
struct CommandError: Error, Sendable, Equatable {
    /// What went wrong and what to do about it; may span several lines (one per problem).
    var message: String
    /// The exit status.
    var exitCode: ExitCode
    /// The command whose help a usage error points to, if any.
    var helpCommand: String?
    /// Whether the message is printed after `dealsim: `; scenario errors start with their
    /// file name instead, as compilers print theirs.
    var showsProgramName = true

    /// A usage error: a wrong flag, a missing argument, a value out of range.
    static func usage(_ message: String, command: String? = nil) -> CommandError {
        CommandError(message: message, exitCode: .usage, helpCommand: command ?? "")
    }
}
