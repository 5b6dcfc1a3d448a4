/// A value of the scenario file with its path: what every reading step starts from.
struct Field {
    /// Where the value is.
    var path: ScenarioPath
    /// The value.
    var value: JSONValue

    /// Whether the value is `null`.
    var isNull: Bool { value.kind == .null }
}

/// A JSON object of the scenario file whose keys have been checked against the keys it
/// may hold: looks members up by key and knows its own path and position, so that a
/// missing key can be reported where the object is.
///
/// Created by ``ScenarioValidator/object(_:keys:)``, which reports unknown keys.
struct ObjectReader {
    /// Where the object is.
    var path: ScenarioPath
    /// Where its opening brace is.
    var position: JSONPosition
    /// Its members, in file order.
    var members: [JSONMember]

    /// The member `key`, or `nil` when the object does not have it.
    subscript(key: String) -> Field? {
        guard let member = members.first(where: { $0.key == key }) else { return nil }
        return Field(path: path.appending(key), value: member.value)
    }

    /// The member `key`, or `nil` when the object does not have it or it is `null`: for a key
    /// that may be left out, `null` means the same as leaving it out.
    func given(_ key: String) -> Field? {
        guard let field = self[key], !field.isNull else { return nil }
        return field
    }
}
