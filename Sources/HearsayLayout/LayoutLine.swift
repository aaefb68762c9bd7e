import HearsayModel
import HearsayText

/// One screen line of a laid-out article.
public struct LayoutLine: Sendable, Hashable {
    public var indent: Int
    public var runs: [StyledRun]
    /// Index into `Article.blocks` of the text shown; `nil` for the header (title, date line…)
    /// and blank lines (but the blank line between two quotes of one paragraph, which keeps the
    /// paragraph's block and, as its `source`, the empty range where the next quote starts).
    public var block: Int?
    /// Index into `Article.turns` when the line belongs to a dialogue turn.
    public var turn: Int?
    /// The UTF-8 range of the block's (or header line's) text that this line shows (`nil` when it
    /// shows none).
    public var source: Range<Int>?
    /// The header line shown, when the line shows one; its runs' `source` ranges index its text.
    public var header: ArticleHeader.Field?
    /// Index into `Article.quotes` when the line shows a quote's words (`LayoutMode.utterances`).
    public var quote: Int?

    public init(
        indent: Int, runs: [StyledRun], block: Int?, turn: Int?, source: Range<Int>? = nil,
        header: ArticleHeader.Field? = nil, quote: Int? = nil
    ) {
        self.indent = indent
        self.runs = runs
        self.block = block
        self.turn = turn
        self.source = source
        self.header = header
        self.quote = quote
    }

    /// The block decorations over this line address: its block, or its header line's negative
    /// block (`ArticleHeader.Field.block`).
    public var decoratedBlock: Int? { block ?? header?.block }

    /// A blank line.
    public static let blank = LayoutLine(indent: 0, runs: [], block: nil, turn: nil)

    /// The blocks `lines` show, from the first to the last, header lines as their negative blocks
    /// (`nil` when they show none): what their decorations are looked up by.
    public static func blocks(of lines: [LayoutLine]) -> ClosedRange<Int>? {
        let shown = lines.compactMap(\.decoratedBlock)
        guard let low = shown.min(), let high = shown.max() else { return nil }
        return low...high
    }

    /// Columns taken, indent included.
    public var width: Int { indent + runs.reduce(0) { $0 + $1.width } }

    /// The line as plain text, indent included.
    public var text: String { String(repeating: " ", count: indent) + runs.map(\.text).joined() }
}
