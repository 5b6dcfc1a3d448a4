/// Where a value sits in a scenario file, written the way a reader looks it up:
/// `offers[1].pricing[0].price`.
public struct ScenarioPath: Sendable, Hashable, CustomStringConvertible {
    /// One step into the file.
    public enum Component: Sendable, Hashable {
        /// A member of an object, by key.
        case key(String)
        /// An element of an array, from 0.
        case index(Int)
    }

    /// The steps from the top-level object; empty for the top-level object itself.
    public var components: [Component]

    /// Creates a path from its steps.
    /// - Parameter components: the steps from the top-level object.
    public init(_ components: [Component] = []) {
        self.components = components
    }

    /// The path of the member `key` of the object at this path.
    public func appending(_ key: String) -> ScenarioPath {
        ScenarioPath(components + [.key(key)])
    }

    /// The path of element `index` of the array at this path.
    public func appending(index: Int) -> ScenarioPath {
        ScenarioPath(components + [.index(index)])
    }

    /// The path as text: keys joined by `.`, indices in brackets, and a key that is not an
    /// identifier in brackets and quotes: `offers[0].pricing["monthly cap"]`. Empty for the
    /// top-level object.
    public var description: String {
        var text = ""
        for component in components {
            switch component {
            case .index(let index):
                text += "[\(index)]"
            case .key(let key) where ScenarioPath.isIdentifier(key):
                text += text.isEmpty ? key : "." + key
            case .key(let key):
                text += "[\(JSONValue.quoted(key))]"
            }
        }
        return text
    }

    private static func isIdentifier(_ key: String) -> Bool {
        guard let first = key.unicodeScalars.first, !("0"..."9").contains(first) else { return false }
        return key.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "_"
        }
    }
}
