/// A unit of an article's body, laid out as one wrapped paragraph.
public struct Block: Sendable, Hashable {
    public var kind: BlockKind
    /// The visible text, markup removed. `spans` cover it exactly, in order.
    public var text: String
    public var spans: [InlineSpan]
    /// 1-based line in the source file where the block starts (0 when synthetic).
    public var sourceLine: Int

    public init(kind: BlockKind, text: String, spans: [InlineSpan], sourceLine: Int) {
        self.kind = kind
        self.text = text
        self.spans = spans
        self.sourceLine = sourceLine
    }

    /// A block of unstyled text.
    public init(kind: BlockKind, plain text: String, sourceLine: Int = 0) {
        self.init(kind: kind, text: text, spans: [InlineSpan(style: .plain, range: 0..<text.utf8.count)], sourceLine: sourceLine)
    }
}

public enum BlockKind: Sendable, Hashable {
    case heading(level: Int)
    case paragraph
    /// The lede under the title (`>` at the top), or another `>` quote.
    case quote
    /// A `- ` bullet; `keyPoint` when it belongs to the highlights list.
    case listItem(keyPoint: Bool)
    /// The first paragraph of a dialogue turn; `speaker` indexes `Article.speakers`.
    case turn(speaker: Int)
    /// A later paragraph of the same turn (no speaker prefix in the source).
    case turnContinuation(speaker: Int)
    /// `（笑声）`, `[音乐]`: kept as written, attributed to no one.
    case stageDirection
    case image(url: String)
}

/// A styled run of a block's text.
public struct InlineSpan: Sendable, Hashable {
    public var style: InlineStyle
    /// UTF-8 offsets into `Block.text`.
    public var range: Range<Int>

    public init(style: InlineStyle, range: Range<Int>) {
        self.style = style
        self.range = range
    }
}

public enum InlineStyle: Sendable, Hashable {
    case plain
    case bold
    case italic
    case boldItalic
    case link(url: String)
    /// An image inside a paragraph; the text is its alt text.
    case image(url: String)
    /// The speaker's name at the start of a turn block (the text `Name` before the words).
    case speakerName
    /// A leading timestamp such as `[00:03:12]`.
    case timestamp
}
