import DealSim
import Foundation

/// The `dealsim` command: reads the command name and hands over to the command.
public enum CommandLineTool {
    /// The version `dealsim --version` prints.
    public static let version = "0.1.0"

    /// The commands, in the order help lists them.
    static var commands: [any Command.Type] {
        [
            RunCommand.self, SweepCommand.self, SolveCommand.self, SensitivityCommand.self, TraceCommand.self, QuoteCommand.self,
            ValidateCommand.self,
            BenchCommand.self,
        ]
    }

    /// Runs `dealsim` with `arguments` (without the program name) and returns its exit status.
    public static func main(_ arguments: [String]) -> Int32 {
        main(arguments, output: .process).rawValue
    }

    static func main(_ arguments: [String], output: Output) -> ExitCode {
        do {
            try dispatch(arguments, output: output)
            return .ok
        } catch {
            // A command that has said what it found on standard output ends without a message.
            guard !error.message.isEmpty else { return error.exitCode }
            var message = (error.showsProgramName ? "dealsim: " : "") + error.message + "\n"
            if let command = error.helpCommand {
                let help = command.isEmpty ? "dealsim --help" : "dealsim \(command) --help"
                message += "See '\(help)'.\n"
            }
            output.standardError(message)
            return error.exitCode
        }
    }

    private static func dispatch(_ arguments: [String], output: Output) throws(CommandError) {
        guard let first = arguments.first else {
            output.standardError(usage)
            throw CommandError(message: "missing command", exitCode: .usage, helpCommand: "")
        }
        switch first {
        case "-h", "--help", "help":
            output.standardOutput(usage)
            return
        case "--version":
            output.standardOutput("dealsim \(version)\n")
            return
        default:
            break
        }
        guard let command = commands.first(where: { $0.name == first }) else {
            throw unknownCommand(first)
        }
        let rest = Array(arguments.dropFirst())
        if rest.contains("--help") || rest.contains("-h") {
            output.standardOutput(command.help)
            return
        }
        let parsed = try Arguments(rest, command: command.name, options: command.options)
        try command.run(parsed, output: output)
    }

    /// The error for a first argument that is not a command: "Did you mean" the closest
    /// command (or option, for a word starting with '-'), including a command whose letters
    /// are swapped (`rnu` → `run`); for a scenario file, how to run it.
    static func unknownCommand(_ word: String) -> CommandError {
        if word.hasPrefix("-") {
            let suggestion = Suggestion.closest(to: word, in: ["--help", "--version"]).map { " Did you mean '\($0)'?" } ?? ""
            return .usage("unknown option '\(word)'.\(suggestion)")
        }
        if word.hasSuffix(".json") {
            return .usage("unknown command '\(word)'. To simulate this scenario: dealsim run \(word)")
        }
        let names = commands.map { $0.name }
        let closest = Suggestion.closest(to: word, in: names) ?? names.first { $0.sorted() == word.sorted() }
        return .usage("unknown command '\(word)'." + (closest.map { " Did you mean '\($0)'?" } ?? ""))
    }

    /// `dealsim --help`.
    static var usage: String {
        let width = commands.map { $0.name.count }.max()! + 3
        let list = commands.map { "  " + $0.name.padding(toLength: width, withPad: " ", startingAt: 0) + $0.abstract }
        return """
            OVERVIEW: Simulate outcome-based pricing deals for AI products and compare them.

            USAGE: dealsim <command> [<options>]

            COMMANDS:
            \(list.joined(separator: "\n"))

            OPTIONS:
              -h, --help  Show help information.
              --version   Show the version.

            See 'dealsim <command> --help' for a command's options.

            """
    }
}

/// A subcommand of `dealsim`.
protocol Command {
    /// The name typed after `dealsim`.
    static var name: String { get }
    /// One line for `dealsim --help`.
    static var abstract: String { get }
    /// The synopsis after `USAGE: dealsim <name>`.
    static var synopsis: String { get }
    /// The positional arguments, for help: (placeholder, help).
    static var arguments: [(String, String)] { get }
    /// The options.
    static var options: [Arguments.Option] { get }
    /// Further text at the end of help, if any.
    static var discussion: String { get }
    /// Runs the command.
    static func run(_ arguments: Arguments, output: Output) throws(CommandError)
}

extension Command {
    static var discussion: String { "" }

    /// `dealsim <name> --help`, laid out like other Unix tools.
    static var help: String {
        let optionRows =
            options.map { option in
                ("--\(option.name)" + (option.value.map { " <\($0)>" } ?? ""), option.help)
            } + [("-h, --help", "Show help information.")]
        let width = (arguments.map { $0.0.count } + optionRows.map { $0.0.count }).max()! + 2
        func rows(_ rows: [(String, String)]) -> String {
            rows.map { "  " + $0.0.padding(toLength: width, withPad: " ", startingAt: 0) + $0.1 }.joined(separator: "\n")
        }
        var text = "OVERVIEW: \(abstract)\n\nUSAGE: dealsim \(name) \(synopsis)\n\n"
        if !arguments.isEmpty { text += "ARGUMENTS:\n\(rows(arguments))\n\n" }
        text += "OPTIONS:\n\(rows(optionRows))\n"
        if !discussion.isEmpty { text += "\n\(discussion)\n" }
        return text
    }

    /// The single scenario path of a command that takes one.
    static func scenarioPath(_ arguments: Arguments) throws(CommandError) -> String {
        switch arguments.positionals.count {
        case 0: throw .usage("missing scenario file: dealsim \(name) \(synopsis)", command: name)
        case 1: return arguments.positionals[0]
        default:
            throw .usage(
                "expected one scenario file, found \(arguments.positionals.count): \(arguments.positionals.joined(separator: " "))",
                command: name)
        }
    }
}
