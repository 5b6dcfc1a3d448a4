/// One run of words in a report's text, with what it is: the report's own words, text from
/// the scenario, bold words, a command, or a line break.
///
/// The distinction between ``text(_:)`` and ``literal(_:)`` is what lets each writer escape
/// exactly what it must: a report's own words ("$1,200", "<0.01%") are written as they are
/// in Markdown, where they hold no markup, while a name from the scenario ("A|B",
/// "`<script>`") is escaped so that it shows as written. Every writer escapes both for its
/// format's own syntax (HTML's `&`, `<` and `>`).
public indirect enum ReportInline: Sendable, Hashable {
    /// The report's own words, numbers included: "loses money over 24 months in 8% of
    /// trials". They hold no Markdown markup (a `$` before a digit is not math).
    case text(String)
    /// Text from the scenario, shown exactly as written: a title, an offer's, vendor's or
    /// plan's name, a line of the description.
    case literal(String)
    /// Words set in bold: an offer's name in a sentence, the lead of a pick.
    case strong(ReportText)
    /// A command or a path, in a monospaced font: the command that repeats a run.
    case code(String)
    /// A line break inside a paragraph, kept from the scenario's description.
    case lineBreak
}
