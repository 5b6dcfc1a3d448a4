/// A table of a report: columns with their headings and alignment, and rows of cells that
/// carry their text, their kind and the number they show.
public struct ReportTable: Sendable, Hashable {
    /// Where a column's text sits: numbers to the right, so that digits line up.
    public enum Alignment: Sendable, Hashable {
        /// Against the left edge (in a left-to-right language): labels and words.
        case leading
        /// Against the right edge: numbers.
        case trailing
    }

    /// What a cell shows.
    public enum Kind: Sendable, Hashable {
        /// An amount of money, perhaps with its P5–P95 range: "$1,200 ($800–$1,500)".
        case money
        /// A percentage or share: "23%".
        case percent
        /// A count: "619,432".
        case count
        /// Words: a label, a name, a distribution, "—".
        case text
    }

    /// A column: its heading and alignment.
    public struct Column: Sendable, Hashable {
        /// The heading: "Expected profit".
        public var heading: ReportText
        /// Words after the heading that qualify it, with their parentheses: "(P5–P95)".
        /// Writers put it after the heading with a space between, and keep it whole.
        public var detail: ReportText?
        /// Where the column's text sits.
        public var alignment: Alignment

        /// A column headed `heading`, then `detail`.
        public init(_ heading: ReportText, detail: ReportText? = nil, alignment: Alignment = .leading) {
            self.heading = heading
            self.detail = detail
            self.alignment = alignment
        }
    }

    /// A cell: the text it shows, its kind, and the number behind it when it shows one.
    public struct Cell: Sendable, Hashable {
        /// The text shown: "$1,200", "23%", a name.
        public var text: ReportText
        /// Words after the text that qualify it, with their own parentheses: the P5–P95
        /// range "($800–$1,500)", the month "(month 24)". Writers put it after the text with
        /// a space between, and may move it to a line of its own when the column is narrow.
        public var detail: ReportText?
        /// What the text is.
        public var kind: Kind
        /// The number the text shows (a mean, for "mean (P5–P95)"); `nil` for words or a
        /// missing statistic.
        public var value: Double?

        /// A cell showing `text`, then `detail`.
        public init(_ text: ReportText, detail: ReportText? = nil, kind: Kind = .text, value: Double? = nil) {
            self.text = text
            self.detail = detail
            self.kind = kind
            self.value = value
        }
    }

    /// The columns, left to right.
    public let columns: [Column]
    /// The rows, top to bottom, each with one cell per column.
    public let rows: [[Cell]]

    /// A table of `rows` under `columns`.
    /// - Precondition: every row has one cell per column.
    public init(columns: [Column], rows: [[Cell]]) {
        precondition(rows.allSatisfy { $0.count == columns.count }, "a table row has one cell per column")
        self.columns = columns
        self.rows = rows
    }
}
