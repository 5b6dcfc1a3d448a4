import DealSim

/// `dealsim validate`: checks scenario files and prints every error.
enum ValidateCommand: Command {
    static let name = "validate"
    static let abstract = "Check scenario files and print every error in them."
    static let synopsis = "<scenario.json> ..."
    static let arguments = [("<scenario.json>", "One or more scenario files.")]
    static let options: [Arguments.Option] = []
    static let discussion = """
        Prints 'ok' and the file for each valid scenario on standard output, and every error of
        the others on standard error, one per line with the JSON path of the field. Exits 0 when
        all files are valid, 66 when a file cannot be read, 65 otherwise.
        """

    static func run(_ arguments: Arguments, output: Output) throws(CommandError) {
        guard !arguments.positionals.isEmpty else {
            throw .usage("missing scenario file: dealsim validate \(synopsis)", command: name)
        }
        var worst = ExitCode.ok
        var failed = 0
        for path in arguments.positionals {
            do {
                let scenario = try ScenarioFile.load(path)
                output.standardOutput(
                    "ok: \(path) (\(Format.count(scenario.offers.count, "offer")), \(Format.count(scenario.horizonMonths, "month")))\n")
            } catch {
                output.standardError(error.message + "\n")
                failed += 1
                if worst != .noInput { worst = error.exitCode }
            }
        }
        if failed > 0 {
            let total = arguments.positionals.count
            let verb = failed == 1 ? "is" : "are"
            throw CommandError(message: "\(failed) of \(total) \(total == 1 ? "file" : "files") \(verb) not valid", exitCode: worst)
        }
    }
}
