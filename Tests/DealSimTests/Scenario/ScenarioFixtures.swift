import Foundation
import Testing

@testable import DealSim

/// Scenario texts shared by the scenario tests.
enum ScenarioFixtures {
    /// The scenario format's example, verbatim: `Tests/Fixtures/model-example.json`, which the
    /// end-to-end tests of the command read too.
    static let modelExample = fixture("model-example.json")

    /// The text of `name` in `Tests/Fixtures/`, found from this file's path.
    static func fixture(_ name: String) -> String {
        let url = URL(fileURLWithPath: #filePath)  // Tests/DealSimTests/Scenario/ScenarioFixtures.swift
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures").appendingPathComponent(name)
        guard let data = FileManager.default.contents(atPath: url.path) else { fatalError("cannot read the fixture \(url.path)") }
        return String(decoding: data, as: UTF8.self)
    }

    /// A small valid scenario; each part can be replaced to make one invalid.
    static func scenario(
        top: String = "",
        horizon: String = "12",
        workload: String = #"{"tasksPerMonth": 1000}"#,
        vendors: String = #"[{"id": "agent", "attemptSuccessRate": 0.8}]"#,
        offers: String = #"[{"name": "A", "pricing": {"model": "perOutcome", "price": 1}}]"#
    ) -> String {
        """
        {"name": "t", \(top)"horizonMonths": \(horizon),
         "workload": \(workload),
         "vendors": \(vendors),
         "offers": \(offers)}
        """
    }

    /// A small valid scenario whose only offer has this pricing (and these other members).
    static func scenario(pricing: String, offerExtra: String = "") -> String {
        scenario(offers: #"[{"name": "A", "pricing": "# + pricing + offerExtra + "}]")
    }

    /// A small valid scenario whose only vendor has these members besides its id.
    static func scenario(vendor: String) -> String {
        scenario(vendors: #"[{"id": "agent", "# + vendor + "}]")
    }

    /// Loads `json` as the file `t.json`.
    static func load(_ json: String) throws(ScenarioLoadError) -> Scenario {
        try ScenarioLoader.load(data: Data(json.utf8), fileName: "t.json")
    }

    /// The error loading `json` as `t.json` throws, or `nil` when it loads.
    static func error(_ json: String) -> ScenarioLoadError? {
        do {
            _ = try load(json)
            return nil
        } catch {
            return error
        }
    }
}
