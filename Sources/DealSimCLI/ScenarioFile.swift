import DealSim
import Foundation

/// Loading a scenario file for a command, with the loader's errors turned into the
/// command line's: 66 for a file that cannot be read, 65 for one that is not a valid scenario.
enum ScenarioFile {
    static func load(_ path: String) throws(CommandError) -> Scenario {
        do {
            return try ScenarioLoader.load(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw commandError(error)
        }
    }

    static func commandError(_ error: ScenarioLoadError) -> CommandError {
        switch error.kind {
        case .unreadable:
            return CommandError(message: error.description, exitCode: .noInput, showsProgramName: false)
        case .invalidJSON, .invalidScenario:
            return CommandError(message: error.description, exitCode: .dataError, showsProgramName: false)
        }
    }
}
