/// Why a scenario could not be loaded: the file could not be read, is not JSON, or breaks
/// the scenario format. A scenario that breaks the format reports every issue in the file,
/// in document order, not only the first.
///
/// Building a scenario in code, or setting one of its parameters, throws the same error,
/// its source named ``Scenario/sourceName``.
public struct ScenarioLoadError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The three ways loading fails; a command line exits 66 for ``unreadable(reason:)`` and
    /// 65 for the others (sysexits.h: `EX_NOINPUT`, `EX_DATAERR`).
    public enum Kind: Sendable, Equatable {
        /// The file does not exist or cannot be read; `reason` says why ("no such file").
        case unreadable(reason: String)
        /// The file is not valid JSON: ``ScenarioLoadError/issues`` holds one issue, with
        /// the line and column.
        case invalidJSON
        /// The file is JSON but breaks the scenario format: ``ScenarioLoadError/issues``
        /// holds every problem found.
        case invalidScenario
    }

    /// The file as the user named it: `examples/support.json`; ``Scenario/sourceName`` for
    /// a scenario built in code.
    public var fileName: String
    /// Which kind of failure.
    public var kind: Kind
    /// The problems, in document order; empty when the file is unreadable.
    public var issues: [ScenarioIssue]

    /// Creates the error.
    /// - Parameters:
    ///   - fileName: the file as the user named it.
    ///   - kind: which kind of failure.
    ///   - issues: the problems, in document order.
    public init(fileName: String, kind: Kind, issues: [ScenarioIssue] = []) {
        self.fileName = fileName
        self.kind = kind
        self.issues = issues
    }

    /// One line per issue, each starting with the file name; for an unreadable file, one
    /// line `support.json: cannot read the file: no such file`.
    public var description: String {
        if case .unreadable(let reason) = kind { return "\(fileName): cannot read the file: \(reason)" }
        return issues.map { $0.message(fileName: fileName) }.joined(separator: "\n")
    }
}
