/// Text of a report: a sequence of ``ReportInline`` runs, written by each writer in its
/// format.
///
/// A string literal is the report's own words, and interpolation joins runs, so that a
/// sentence reads as it prints:
///
/// ```swift
/// let name = ReportText.strong(.literal(offer.name))
/// let sentence: ReportText = "\(name) loses money in \(Format.percent(0.08)) of trials."
/// // [.strong([.literal("Per resolution")]), .text(" loses money in 8% of trials.")]
/// ```
///
/// An interpolated `String` is taken as the report's own words; text from the scenario must
/// go through ``literal(_:)``. Adjacent runs of the report's words are merged, so that text
/// built in pieces equals the same text built at once.
public struct ReportText: Sendable, Hashable {
    /// The runs, in reading order; no two adjacent ``ReportInline/text(_:)`` runs.
    public private(set) var runs: [ReportInline]

    /// Text of `runs`, adjacent runs of the report's words merged.
    public init(_ runs: [ReportInline] = []) {
        self.runs = []
        for run in runs { append(run) }
    }

    /// Text from the scenario, shown as written.
    public static func literal(_ text: String) -> ReportText { ReportText([.literal(text)]) }

    /// `text` in bold.
    public static func strong(_ text: ReportText) -> ReportText { ReportText([.strong(text)]) }

    /// A command or path, in a monospaced font.
    public static func code(_ text: String) -> ReportText { ReportText([.code(text)]) }

    /// Whether the text has no runs at all.
    public var isEmpty: Bool { runs.isEmpty }

    /// This text with its first letter in upper case, when it starts with the report's own
    /// words (a name from the scenario is left as written): the start of a sentence.
    public var capitalized: ReportText {
        guard case .text(let first)? = runs.first, let letter = first.first else { return self }
        var runs = runs
        runs[0] = .text(letter.uppercased() + first.dropFirst())
        return ReportText(runs)
    }

    /// The words without any markup or escaping, a line break read as a space: for an HTML
    /// `<title>`, alt text, and comparisons in tests.
    public var plainText: String {
        runs.map { run in
            switch run {
            case .text(let text), .literal(let text), .code(let text): text
            case .strong(let inner): inner.plainText
            case .lineBreak: " "
            }
        }.joined()
    }

    /// Appends one run, merging it into the last when both are the report's own words.
    /// Empty words are dropped.
    public mutating func append(_ run: ReportInline) {
        if case .text(let words) = run {
            guard !words.isEmpty else { return }
            if case .text(let previous) = runs.last {
                runs[runs.count - 1] = .text(previous + words)
                return
            }
        }
        runs.append(run)
    }

    /// Appends every run of `text`.
    public mutating func append(_ text: ReportText) {
        for run in text.runs { append(run) }
    }

    /// `left` followed by `right`.
    public static func + (left: ReportText, right: ReportText) -> ReportText {
        var result = left
        result.append(right)
        return result
    }

    /// Appends `right` to `left`.
    public static func += (left: inout ReportText, right: ReportText) {
        left.append(right)
    }

    /// `texts` joined by `separator`, the report's own words.
    public static func joined(_ texts: [ReportText], separator: String) -> ReportText {
        var result = ReportText()
        for (index, text) in texts.enumerated() {
            if index > 0 { result.append(.text(separator)) }
            result.append(text)
        }
        return result
    }
}

extension ReportText: ExpressibleByStringInterpolation {
    /// The report's own words.
    public init(stringLiteral value: String) {
        self.init([.text(value)])
    }

    /// Text built from a literal with interpolations.
    public init(stringInterpolation: StringInterpolation) {
        self = stringInterpolation.text
    }

    /// The pieces of an interpolated literal: the literal's words and the values between.
    public struct StringInterpolation: StringInterpolationProtocol {
        var text = ReportText()

        /// Room for `literalCapacity` characters and `interpolationCount` values.
        public init(literalCapacity: Int, interpolationCount: Int) {}

        /// The literal's words.
        public mutating func appendLiteral(_ literal: String) { text.append(.text(literal)) }

        /// Text with its runs.
        public mutating func appendInterpolation(_ value: ReportText) { text.append(value) }

        /// The report's own words (a number, a count): never text from the scenario, which
        /// must be a ``ReportText/literal(_:)``.
        public mutating func appendInterpolation(_ words: String) { text.append(.text(words)) }

        /// A whole number as digits, without grouping: a month, a seed.
        public mutating func appendInterpolation(_ number: some BinaryInteger) { text.append(.text(String(number))) }
    }
}
