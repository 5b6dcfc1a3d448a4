/// Reads a parsed scenario file into a ``Scenario``, collecting every issue on the way
/// instead of stopping at the first: a reading step that finds a problem records it and
/// returns `nil`, and its caller goes on with the next value.
///
/// A step may return a value built with defaults in place of fields it reported as invalid;
/// only ``scenario(_:)`` decides, and it returns a scenario only when no issue was found.
///
/// The steps are split by concern: values (`+Values`), distributions (`+Distribution`),
/// the top level and workload (`+Scenario`), vendors (`+Vendor`), offers (`+Offer`) and
/// pricing (`+Pricing`, `+Brackets`).
struct ScenarioValidator {
    /// The issues found so far, in the order found.
    private(set) var issues: [ScenarioIssue] = []

    /// The issues in document order: by line and column, ties in the order found.
    var issuesInDocumentOrder: [ScenarioIssue] {
        issues.enumerated().sorted { first, second in
            (first.element.line, first.element.column, first.offset)
                < (second.element.line, second.element.column, second.offset)
        }.map(\.element)
    }

    // MARK: Recording issues

    /// Records that the value of `field` breaks `problem`, quoting the value.
    mutating func report(_ problem: ScenarioIssue.Problem, at field: Field) {
        report(problem, path: field.path, at: field.value.position, found: field.value.jsonText)
    }

    /// Records an issue at `path`, located at `position`.
    mutating func report(
        _ problem: ScenarioIssue.Problem, path: ScenarioPath, at position: JSONPosition, found: String? = nil
    ) {
        issues.append(ScenarioIssue(path: path, found: found, problem: problem, line: position.line, column: position.column))
    }

    // MARK: Objects and their keys

    /// Reads `field` as an object that may hold only `keys`; reports a value that is not an
    /// object and every unknown key (suggesting the closest allowed key).
    mutating func object(_ field: Field, keys: [String]) -> ObjectReader? {
        guard case .object(let members) = field.value.kind else {
            report(.wrongType(.object), at: field)
            return nil
        }
        for member in members where !keys.contains(member.key) {
            let suggestion = Suggestion.closest(to: member.key, in: keys)
            report(.unknownKey(suggestion: suggestion, allowed: keys), path: field.path.appending(member.key), at: member.keyPosition)
        }
        return ObjectReader(path: field.path, position: field.value.position, members: members)
    }

    /// Reads the required member `key` of `object` with `read`; reports it when absent.
    /// - Returns: what `read` returns, or `nil` when the key is absent.
    mutating func required<T>(_ key: String, in object: ObjectReader, _ read: (inout Self, Field) -> T?) -> T? {
        guard let field = object[key] else {
            report(.missing, path: object.path.appending(key), at: object.position)
            return nil
        }
        return read(&self, field)
    }

    /// Reads the member `key` of `object` with `read` when it is given (present and not `null`).
    /// - Returns: what `read` returns, or `nil` when the key is not given; the caller applies
    ///   the default.
    mutating func optional<T>(_ key: String, in object: ObjectReader, _ read: (inout Self, Field) -> T?) -> T? {
        guard let field = object.given(key) else { return nil }
        return read(&self, field)
    }

    /// Reads `field` as an array, each element with its path.
    /// - Parameter noun: what one element is ("vendor"); an empty array is reported as
    ///   needing at least one.
    mutating func array(_ field: Field, of noun: String) -> [Field]? {
        guard case .array(let elements) = field.value.kind else {
            report(.wrongType(.array), at: field)
            return nil
        }
        if elements.isEmpty {
            report(.atLeastOne(noun), at: field)
            return nil
        }
        return elements.enumerated().map { Field(path: field.path.appending(index: $0.offset), value: $0.element) }
    }
}
