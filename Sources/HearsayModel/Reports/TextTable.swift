/// Lays out rows of cells in aligned columns for a terminal, measuring text in columns
/// (a CJK character takes two), not characters.
public struct TextTable: Sendable {
    public enum Alignment: Sendable { case left, right }

    public struct Column: Sendable {
        public var header: String
        public var alignment: Alignment
        /// Longer cells are cut and end in `...`.
        public var maximumWidth: Int?

        public init(_ header: String, alignment: Alignment = .left, maximumWidth: Int? = nil) {
            self.header = header
            self.alignment = alignment
            self.maximumWidth = maximumWidth
        }
    }

    public var columns: [Column]
    public var rows: [[String]]

    public init(columns: [Column], rows: [[String]]) {
        self.columns = columns
        self.rows = rows
    }

    /// The header and one line per row, columns separated by two spaces, no trailing spaces.
    /// `width` measures a string in terminal columns (default: the model's own approximation of wcwidth).
    public func lines(width measure: ((String) -> Int)? = nil) -> [String] {
        let width = measure ?? DisplayColumns.width(of:)
        let table = [columns.map(\.header)] + rows
        var cells = table.map { row in
            columns.indices.map { index -> String in
                let cell = index < row.count ? row[index] : ""
                guard let limit = columns[index].maximumWidth else { return cell }
                return TextTable.truncate(cell, to: limit, width: width)
            }
        }
        let widths = columns.indices.map { index in cells.map { width($0[index]) }.max() ?? 0 }
        for rowIndex in cells.indices {
            for (index, column) in columns.enumerated() {
                let cell = cells[rowIndex][index]
                let padding = String(repeating: " ", count: max(0, widths[index] - width(cell)))
                cells[rowIndex][index] = column.alignment == .left ? cell + padding : padding + cell
            }
        }
        return cells.map { row in
            var line = row.joined(separator: "  ")
            while line.last == " " { line.removeLast() }
            return line
        }
    }

    /// Cuts `text` to at most `limit` columns, on a grapheme boundary, ending in `...`.
    static func truncate(_ text: String, to limit: Int, width: (String) -> Int) -> String {
        guard width(text) > limit else { return text }
        var result = ""
        var used = 0
        for character in text {
            let characterWidth = width(String(character))
            if used + characterWidth + 3 > limit { break }
            result.append(character)
            used += characterWidth
        }
        return result + "..."
    }
}
