/// `summary.md`: the report of a run (``RunReport``) written by ``MarkdownWriter``.
public enum MarkdownReport {
    /// Renders `summary.md` for a run.
    /// - Parameters:
    ///   - result: the run to report.
    ///   - scenarioPath: the scenario file as the user named it, for the command that repeats
    ///     the run; by default `scenarios/<name>.json`, where bundled scenarios live.
    /// - Returns: the Markdown text, ending with a newline.
    public static func render(_ result: SimulationResult, scenarioPath: String? = nil) -> String {
        MarkdownWriter.render(RunReport.document(result, scenarioPath: scenarioPath))
    }
}
