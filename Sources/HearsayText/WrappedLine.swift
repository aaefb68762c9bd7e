/// One line of wrapped text: `indent` blank columns, then the runs.
public struct WrappedLine: Sendable, Hashable {
    public var indent: Int
    public var runs: [StyledRun]
    /// Columns taken, indent included (dropped break spaces excluded).
    public var width: Int

    public init(indent: Int, runs: [StyledRun], width: Int) {
        self.indent = indent
        self.runs = runs
        self.width = width
    }

    /// The UTF-8 range of the source text shown on this line (`nil` when it shows none).
    public var source: Range<Int>? {
        let shown = runs.filter { !$0.source.isEmpty }
        guard let first = shown.first, let last = shown.last else { return nil }
        return first.source.lowerBound..<last.source.upperBound
    }

    /// The line's text without its indent.
    public var text: String { runs.map(\.text).joined() }
}
