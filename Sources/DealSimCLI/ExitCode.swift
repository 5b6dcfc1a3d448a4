/// The exit statuses of `dealsim`, from BSD's sysexits(3).
///
/// A run stopped by Ctrl-C has no case: the signal ends the process, which shells report as
/// 130 (128 + SIGINT).
public enum ExitCode: Int32, Sendable {
    /// Success.
    case ok = 0
    /// The command worked but found nothing: a solve whose target is not crossed within its
    /// bracket (as `grep` exits 1 when nothing matches).
    case notFound = 1
    /// The command was used incorrectly: a wrong flag, a missing argument, a bad value.
    case usage = 64
    /// A scenario file is not a valid scenario.
    case dataError = 65
    /// An input file does not exist or cannot be read.
    case noInput = 66
    /// An output file or folder cannot be created.
    case cannotCreate = 73
    /// An error while writing output.
    case ioError = 74
}
