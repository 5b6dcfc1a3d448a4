import Testing

@testable import DealSim

/// Parameter paths are read as messages write them, and only so.
@Suite struct ScenarioParameterTests {
    @Test(
        arguments: [
            ("workload.tasksPerMonth", [.key("workload"), .key("tasksPerMonth")]),
            ("vendors[0].attemptSuccessRate", [.key("vendors"), .index(0), .key("attemptSuccessRate")]),
            ("offers[1].pricing[0].monthly", [.key("offers"), .index(1), .key("pricing"), .index(0), .key("monthly")]),
            (#"offers["Per resolution"].pricing.price"#, [.key("offers"), .name("Per resolution"), .key("pricing"), .key("price")]),
            (#"vendors["a\"b\\c\u00e9"].reopenRate"#, [.key("vendors"), .name("a\"b\\cé"), .key("reopenRate")]),
            (#"offers["]"].pricing"#, [.key("offers"), .name("]"), .key("pricing")]),
            (#"["seed"]"#, [.name("seed")]),
            ("horizonMonths", [.key("horizonMonths")]),
            ("offers[12]", [.key("offers"), .index(12)]),
        ] as [(String, [ScenarioParameter.Component])])
    func parses(text: String, components: [ScenarioParameter.Component]) throws {
        let parameter = try ScenarioParameter(parsing: text)
        #expect(parameter.components == components)
        #expect(try ScenarioParameter(parsing: parameter.description) == parameter)
    }

    /// The description is the path as messages write it.
    @Test func description() {
        let parameter = ScenarioParameter([.key("offers"), .name("Per \"best\""), .key("pricing"), .index(0), .key("monthly cap")])
        #expect(parameter.description == #"offers["Per \"best\""].pricing[0]["monthly cap"]"#)
    }

    /// What is wrong, and the column where the text stops being a path.
    @Test(arguments: [
        ("", "the path is empty", 1),
        (".price", "expected a key (letters, digits and '_') after the start", 1),
        ("offers.", "expected a key (letters, digits and '_') after '.'", 8),
        ("offers..price", "expected a key (letters, digits and '_') after '.'", 8),
        ("offers.0", "expected a key (letters, digits and '_') after '.'", 8),
        ("offers[0", "expected ']'", 9),
        ("offers[]", "expected an index or a quoted name after '['", 8),
        ("offers[-1]", "expected an index or a quoted name after '['", 8),
        ("offers[x]", "expected an index or a quoted name after '['", 8),
        ("offers['A']", "expected an index or a quoted name after '['", 8),
        (#"offers["A].price"#, "the quoted name has no closing '\"'", 8),
        (#"offers["A\q"]"#, "the quoted name is not a JSON string", 8),
        ("offers[99999999999999999999]", "the index is too large", 8),
        ("offers[0]price", "expected '.' or '[' after offers[0]", 10),
        ("workload.tasksPerMonth ", "expected '.' or '[' after workload.tasksPerMonth", 23),
        ("work load", "expected '.' or '[' after work", 5),
        ("prix€", "expected '.' or '[' after prix", 5),
    ])
    func syntaxErrors(text: String, reason: String, column: Int) {
        do {
            _ = try ScenarioParameter(parsing: text)
            Issue.record("\(text) parsed")
        } catch {
            #expect(error.kind == .invalidScenario && error.issues.count == 1)
            #expect(error.issues.first?.problem == .parameter(.syntax(reason)), "\(text)")
            #expect(error.issues.first?.column == column, "\(text)")
            #expect(
                error.description
                    == "scenario: found \(JSONValue.quoted(text)); not a parameter path: \(reason); write a path as messages do, "
                    + #"such as offers[0].pricing.price or vendors["agent"].reopenRate"#)
        }
    }

    /// `setting` with a path that is not one reports the parse error.
    @Test func settingParsesThePath() throws {
        let scenario = try ScenarioFixtures.load(ScenarioFixtures.scenario())
        #expect(throws: ScenarioLoadError.self) { try scenario.setting("offers[0", to: 1) }
        #expect(try scenario.setting(ScenarioParameter([.key("horizonMonths")]), to: 6).horizonMonths == 6)
    }
}
