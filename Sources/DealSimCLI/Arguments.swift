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

    /// A comma-separated list of whole counts, `15000` or `15000,40000`, if given. Each is
    /// plain decimal digits: no sign, fraction, exponent or hexadecimal prefix.
    /// - Parameter noun: what is counted, plural, for the message: "outcomes".
    /// - Throws: a usage ``CommandError`` naming the first value that is not a count:
    ///   `--outcomes: found '15000.5'; must be a whole number of outcomes, like 15000`.
    func counts(_ name: String, of noun: String) throws(CommandError) -> [Double]? {
        try list(name, rule: "a whole number of \(noun), like 15000") { text in
            guard !text.isEmpty, text.utf8.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }) else {
                return nil
            }
            return Int(text).map(Double.init)
        }
    }

    /// A comma-separated list of amounts ≥ 0, `2500` or `2500.50,4000`, if given. Each is
    /// plain decimal notation, digits with at most one decimal point: no sign, exponent,
    /// hexadecimal, `inf` or `nan`.
    /// - Throws: a usage ``CommandError`` naming the first value that is not an amount:
    ///   `--revenue: found '0x10'; must be a decimal number ≥ 0, like 2500.50`.
    func amounts(_ name: String) throws(CommandError) -> [Double]? {
        try list(name, rule: "a decimal number ≥ 0, like 2500.50") { text in
            let digits = text.utf8.filter { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }.count
            guard digits > 0, digits + (text.contains(".") ? 1 : 0) == text.utf8.count else { return nil }
            return Double(text).flatMap { $0.isFinite ? $0 : nil }
        }
    }

    /// The values of a comma-separated list, each read by `read` (`nil` for a value that
    /// breaks `rule`), if the option is given.
    private func list(_ name: String, rule: String, _ read: (String) -> Double?) throws(CommandError) -> [Double]? {
        guard let text = values[name]?.first else { return nil }
        var list: [Double] = []
        for element in text.split(separator: ",", omittingEmptySubsequences: false).map(String.init) {
            guard let value = read(element) else {
                throw .usage("--\(name): found '\(element)'; must be \(rule)", command: command)
            }
            list.append(value)
        }
        return list
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
