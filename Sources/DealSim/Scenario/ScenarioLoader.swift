public import Foundation

/// Loads scenario files (<doc:ScenarioFormat>) into checked ``Scenario`` values.
///
/// A file is read in two passes: a strict JSON parser that knows line and column, then a
/// validator that checks every rule of the format and reports all the problems in the
/// file together, in document order:
///
/// ```
/// support.json: offers[0].pricing.montlyCap: unknown key; did you mean 'monthlyCap'?
/// support.json: offers[1].vendor: found "agnt"; must be the id of a vendor: agent
/// ```
public enum ScenarioLoader {
    /// Loads the scenario in a file.
    /// - Parameter url: the file. Messages name it by `url.relativePath`, the path as the
    ///   user gave it.
    /// - Returns: the scenario, every rule of the format checked and defaults applied.
    /// - Throws: ``ScenarioLoadError`` of kind ``ScenarioLoadError/Kind/unreadable(reason:)``
    ///   when the file cannot be read, ``ScenarioLoadError/Kind/invalidJSON`` when it is not
    ///   JSON, and ``ScenarioLoadError/Kind/invalidScenario`` with every issue otherwise.
    public static func load(contentsOf url: URL) throws(ScenarioLoadError) -> Scenario {
        let fileName = url.relativePath
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw ScenarioLoadError(fileName: fileName, kind: .unreadable(reason: unreadableReason(url: url, error: error)))
        }
        return try load(data: data, fileName: fileName)
    }

    /// Loads a scenario from the bytes of a file.
    /// - Parameters:
    ///   - data: the file's content, UTF-8 JSON.
    ///   - fileName: the name messages give the file, e.g. `support.json`.
    /// - Returns: the scenario, every rule of the format checked and defaults applied.
    /// - Throws: ``ScenarioLoadError`` of kind ``ScenarioLoadError/Kind/invalidJSON`` (one
    ///   issue, with line and column) or ``ScenarioLoadError/Kind/invalidScenario`` (every
    ///   issue, in document order).
    /// - Complexity: O(n) in the size of the file, plus O(k²) for k keys or names in one object
    ///   or array.
    public static func load(data: Data, fileName: String) throws(ScenarioLoadError) -> Scenario {
        let root: JSONValue
        do {
            root = try JSONParser.parse([UInt8](data))
        } catch {
            let issue = ScenarioIssue(
                path: ScenarioPath(), problem: .invalidJSON(error.reason.description),
                line: error.position.line, column: error.position.column)
            throw ScenarioLoadError(fileName: fileName, kind: .invalidJSON, issues: [issue])
        }
        return try scenario(root, fileName: fileName)
    }

    /// Reads a parsed scenario file: every rule of the format checked, defaults applied.
    /// - Parameters:
    ///   - root: the file's top-level value.
    ///   - fileName: the name messages give the file.
    /// - Throws: ``ScenarioLoadError`` of kind ``ScenarioLoadError/Kind/invalidScenario``
    ///   with every issue, in document order.
    static func scenario(_ root: JSONValue, fileName: String) throws(ScenarioLoadError) -> Scenario {
        var validator = ScenarioValidator()
        let scenario = validator.scenario(root)
        guard let scenario, validator.issues.isEmpty else {
            precondition(!validator.issues.isEmpty, "the scenario validator returned nothing without an issue")
            throw ScenarioLoadError(fileName: fileName, kind: .invalidScenario, issues: validator.issuesInDocumentOrder)
        }
        return scenario
    }

    /// Why a file could not be read, in a few words.
    private static func unreadableReason(url: URL, error: any Error) -> String {
        var isDirectory: ObjCBool = false
        if !FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) { return "no such file" }
        if isDirectory.boolValue { return "it is a directory" }
        if !FileManager.default.isReadableFile(atPath: url.path) { return "permission denied" }
        return (error as NSError).localizedDescription
    }
}
