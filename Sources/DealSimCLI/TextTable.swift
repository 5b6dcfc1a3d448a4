/// A plain-text table for the terminal: the first column left-aligned, the others right-aligned,
/// columns two spaces apart.
struct TextTable {
    var header: [String]
    var rows: [[String]] = []

    var rendered: String {
        let all = [header] + rows
        let widths = header.indices.map { column in all.map { $0[column].count }.max()! }
        return all.map { row in
            row.enumerated().map { column, cell in
                let padding = String(repeating: " ", count: widths[column] - cell.count)
                return column == 0 ? cell + padding : padding + cell
            }.joined(separator: "  ")
        }.joined(separator: "\n") + "\n"
    }
}
