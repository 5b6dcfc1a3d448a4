import DealSim

/// A command's arguments after parsing: positional values and option values by name.
///
/// Options are `--name value` or `--name=value`; `--` ends the options. Each option may be
/// given once. Values are checked and converted by the typed accessors, whose errors name
/// the option, the value found and what is allowed.
struct Arguments {
    /// An option a command accepts.
    struct Option {
        /// Its name without dashes, e.g. "trials".
        var name: String
        /// The placeholder in help, e.g. "N"; `nil` for a flag without a value.
        var value: String?
        /// One line of help.
        var help: String
        /// Whether it may be given more than once (`--vary` of a grid).
        var repeatable = false
    }

    let command: String
    private(set) var positionals: [String] = []
    private var values: [String: [String]] = [:]
    private var flags: Set<String> = []

    /// Parses `arguments` (without the program and command names) against `options`.
    /// - Throws: a usage ``CommandError`` for an unknown option (with "did you mean"), a
    ///   missing value or a repeated option.
    init(_ arguments: [String], command: String, options: [Option]) throws(CommandError) {
        self.command = command
        var index = arguments.startIndex
        var optionsEnded = false
        while index < arguments.endIndex {
            let argument = arguments[index]
            index += 1
            guard !optionsEnded, argument.hasPrefix("-"), argument != "-" else {
                positionals.append(argument)
                continue
            }
            if argument == "--" {
                optionsEnded = true
                continue
            }
            var name = String(argument.drop { $0 == "-" })
            var inlineValue: String?
            if let equals = name.firstIndex(of: "=") {
                inlineValue = String(name[name.index(after: equals)...])
                name = String(name[..<equals])
            }
            guard let option = options.first(where: { $0.name == name }) else {
                let suggestion =
                    Suggestion.closest(to: name, in: options.map(\.name))
                    .map { " Did you mean '--\($0)'?" } ?? ""
                throw .usage("unknown option '\(argument)'.\(suggestion)", command: command)
            }
            guard option.repeatable || values[name] == nil, !flags.contains(name) else {
                throw .usage("option '--\(name)' given twice", command: command)
            }
            if option.value == nil {
                if inlineValue != nil { throw .usage("option '--\(name)' takes no value", command: command) }
                flags.insert(name)
            } else if let value = inlineValue {
                values[name, default: []].append(value)
            } else if index < arguments.endIndex {
                values[name, default: []].append(arguments[index])
                index += 1
            } else {
                throw .usage("option '--\(name)' needs a value: --\(name) <\(option.value!)>", command: command)
            }
        }
    }

    /// Whether a flag without a value was given.
    func has(_ flag: String) -> Bool { flags.contains(flag) }

    /// The raw value of an option, if given.
    func string(_ name: String) -> String? { values[name]?.first }

    /// Every value of a repeatable option, in the order given.
    func strings(_ name: String) -> [String] { values[name] ?? [] }

    /// A whole-number option within `range`, if given.
    func integer(_ name: String, in range: ClosedRange<Int>) throws(CommandError) -> Int? {
        guard let text = values[name]?.first else { return nil }
        guard let value = Int(text), range.contains(value) else {
            throw .usage(
                "--\(name): found '\(text)'; must be a whole number from \(range.lowerBound) to \(range.upperBound)",
                command: command)
        }
        return value
    }

    /// A seed option, a whole number from 0 to 2⁶⁴ − 1, if given.
    func seed(_ name: String) throws(CommandError) -> UInt64? {
        guard let text = values[name]?.first else { return nil }
        guard let value = UInt64(text) else {
            throw .usage("--\(name): found '\(text)'; must be a whole number from 0 to 18446744073709551615", command: command)
        }
        return value
    }

    /// A finite number ≥ 0, if given.
    func amount(_ name: String) throws(CommandError) -> Double? {
        guard let text = values[name]?.first else { return nil }
        guard let value = Double(text), value.isFinite, value >= 0 else {
            throw .usage("--\(name): found '\(text)'; must be a number ≥ 0", command: command)
        }
        return value
    }

    /// One of `choices`, if given.
    func choice(_ name: String, among choices: [String]) throws(CommandError) -> String? {
        guard let text = values[name]?.first else { return nil }
        guard choices.contains(text) else {
            throw .usage("--\(name): found '\(text)'; must be one of \(choices.joined(separator: ", "))", command: command)
        }
        return text
    }
}
