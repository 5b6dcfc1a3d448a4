/// A number of a scenario that an analysis may set (<doc:ScenarioFormat>, "Parameter paths"), named by its JSON path as
/// messages write it: `vendors[0].attemptSuccessRate`, `offers[2].pricing.price`,
/// `offers[1].pricing[0].monthly`, `offers[0].terms.monthlyCap`.
///
/// An element of `vendors`, `offers` or a tiered charge's `tiers` may also be named by its
/// `id` or `name` in double quotes, as a JSON string: `offers["Per resolution"].pricing.price`,
/// `vendors["agent"].reopenRate`. In an object, a quoted name is a key, as
/// ``ScenarioPath`` writes a key that is not an identifier.
///
/// Parsing checks only how the path is written; ``Scenario/setting(_:to:)-(ScenarioParameter,_)`` checks that it
/// names a number of the scenario.
public struct ScenarioParameter: Sendable, Hashable, CustomStringConvertible {
    /// One step of the path.
    public enum Component: Sendable, Hashable {
        /// A member of an object, by key: `.price`.
        case key(String)
        /// An element of an array, from 0: `[2]`.
        case index(Int)
        /// An element of an array by its `id` or `name`, or a member of an object by a key
        /// that is not an identifier: `["Per resolution"]`.
        case name(String)
    }

    /// The steps from the scenario's top-level object; never empty for a parsed path.
    public var components: [Component]

    /// Creates a parameter from its steps.
    /// - Parameter components: the steps from the top-level object.
    public init(_ components: [Component]) {
        self.components = components
    }

    /// Parses a parameter path: a key, then any number of `.key`, `[index]` and
    /// `["name"]` (a JSON string, escapes allowed); the first step may be `["name"]` too.
    /// Keys are ASCII letters, digits and `_`; an index is a whole number written in
    /// decimal digits.
    /// - Parameter text: the path, without spaces: `offers["Per resolution"].pricing.price`.
    /// - Throws: ``ScenarioLoadError`` of kind ``ScenarioLoadError/Kind/invalidScenario``
    ///   with one issue whose problem is ``ScenarioIssue/ParameterProblem/syntax(_:)``: the
    ///   text found, the reason, and in ``ScenarioIssue/column`` where the text stops being a
    ///   path (from 1).
    public init(parsing text: String) throws(ScenarioLoadError) {
        var parser = ParameterParser(text)
        do {
            self.init(try parser.components())
        } catch {
            let issue = ScenarioIssue(
                path: ScenarioPath(), found: JSONValue.quoted(text), problem: .parameter(.syntax(error.reason)), line: 1,
                column: error.column)
            throw ScenarioLoadError(fileName: Scenario.sourceName, kind: .invalidScenario, issues: [issue])
        }
    }

    /// The path as text, the way ``init(parsing:)`` reads it: keys joined by `.`, indices
    /// and names in brackets, a key that is not an identifier in brackets and quotes.
    public var description: String {
        var text = ""
        for component in components {
            switch component {
            case .key(let key) where ParameterParser.isIdentifier(key): text += text.isEmpty ? key : "." + key
            case .key(let name), .name(let name): text += "[\(JSONValue.quoted(name))]"
            case .index(let index): text += "[\(index)]"
            }
        }
        return text
    }

    /// The column (from 1) where step `index` starts in ``description``; for `index ==
    /// components.count`, the column after the end.
    func column(ofStep index: Int) -> Int {
        ScenarioParameter(Array(components.prefix(index))).description.unicodeScalars.count + 1
    }
}

/// Why a text is not a parameter path, and where.
private struct ParameterSyntaxError: Error {
    /// What is wrong, in words: "expected ']' after an index".
    var reason: String
    /// The column (from 1) where the text stops being a path.
    var column: Int
}

/// Reads the text of a parameter path, one Unicode scalar at a time.
private struct ParameterParser {
    private let scalars: [Unicode.Scalar]
    private var index = 0

    init(_ text: String) {
        scalars = Array(text.unicodeScalars)
    }

    static func isIdentifierScalar(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "_"
    }

    /// Whether `key` can be written after a `.`: ASCII letters, digits and `_`, not starting
    /// with a digit.
    static func isIdentifier(_ key: String) -> Bool {
        guard let first = key.unicodeScalars.first, !("0"..."9").contains(first) else { return false }
        return key.unicodeScalars.allSatisfy(isIdentifierScalar)
    }

    private var current: Unicode.Scalar? { index < scalars.count ? scalars[index] : nil }

    private func error(_ reason: String) -> ParameterSyntaxError {
        ParameterSyntaxError(reason: reason, column: index + 1)
    }

    mutating func components() throws(ParameterSyntaxError) -> [ScenarioParameter.Component] {
        if scalars.isEmpty { throw error("the path is empty") }
        var components: [ScenarioParameter.Component] = []
        if current == "[" {
            components.append(try bracket())
        } else {
            components.append(.key(try key(after: "the start")))
        }
        while let scalar = current {
            switch scalar {
            case ".":
                index += 1
                components.append(.key(try key(after: "'.'")))
            case "[":
                components.append(try bracket())
            default:
                throw error("expected '.' or '[' after \(ScenarioParameter(components))")
            }
        }
        return components
    }

    /// A key: one or more ASCII letters, digits and `_`, not starting with a digit.
    private mutating func key(after what: String) throws(ParameterSyntaxError) -> String {
        let start = index
        while let scalar = current, Self.isIdentifierScalar(scalar) { index += 1 }
        let key = String(String.UnicodeScalarView(scalars[start..<index]))
        guard Self.isIdentifier(key) else {
            index = start
            throw error("expected a key (letters, digits and '_') after \(what)")
        }
        return key
    }

    /// `[digits]` or `["name"]`.
    private mutating func bracket() throws(ParameterSyntaxError) -> ScenarioParameter.Component {
        index += 1  // [
        let component: ScenarioParameter.Component
        switch current {
        case "\""?: component = .name(try quoted())
        case let scalar? where ("0"..."9").contains(scalar): component = .index(try number())
        default: throw error("expected an index or a quoted name after '['")
        }
        guard current == "]" else { throw error("expected ']'") }
        index += 1
        return component
    }

    private mutating func number() throws(ParameterSyntaxError) -> Int {
        let start = index
        var value = 0
        while let scalar = current, ("0"..."9").contains(scalar) {
            let (times10, overflow1) = value.multipliedReportingOverflow(by: 10)
            let (sum, overflow2) = times10.addingReportingOverflow(Int(scalar.value - 48))
            if overflow1 || overflow2 {
                index = start
                throw error("the index is too large")
            }
            value = sum
            index += 1
        }
        return value
    }

    /// A JSON string: from the opening quote to the closing one, escapes decoded by the
    /// scenario file's own parser.
    private mutating func quoted() throws(ParameterSyntaxError) -> String {
        let start = index
        index += 1
        while let scalar = current, scalar != "\"" {
            index += scalar == "\\" ? 2 : 1
        }
        guard current == "\"" else {
            index = start
            throw error("the quoted name has no closing '\"'")
        }
        index += 1
        let literal = String(String.UnicodeScalarView(scalars[start..<index]))
        guard let value = try? JSONParser.parse(Array(literal.utf8)), case .string(let name) = value.kind else {
            index = start
            throw error("the quoted name is not a JSON string")
        }
        return name
    }
}
