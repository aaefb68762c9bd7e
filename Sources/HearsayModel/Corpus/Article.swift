/// One piece of coverage: an article or an interview transcript, parsed from one file.
///
/// Text positions inside an article are `TextPosition`s: a block index and a UTF-8
/// offset into that block's `text`. UTF-8 offsets are what Swift strings index in O(1).
public struct Article: Sendable, Identifiable, Hashable {
    /// Stable id: the path relative to the folder it was loaded from (or the file name).
    public var id: String
    /// Where the file was read from (absolute or as given); `nil` for embedded samples.
    public var path: String?
    public var format: ArticleFormat
    public var title: String
    public var date: ArticleDate?
    /// The closing `_原链接:…_` line, or a final `[name](url)` line.
    public var sourceURL: String?
    /// The lede: the `>` quote under the title, or the front matter's `summary`.
    public var summary: String?
    public var tags: [String]
    public var categories: [String]
    public var language: String?
    /// The bullets of a `## 亮点` / `## Highlights` list (the author's key points; not user highlights).
    public var keyPoints: [String]
    public var sections: [Section]
    /// The body: parsed blocks, or where to get them again (`ArticleBody`).
    var body: ArticleBodyStorage
    /// Dialogue turns in reading order.
    public var turns: [Turn]
    /// The speakers of this article, in order of first appearance.
    public var speakers: [Speaker]
    /// Direct quotations in the prose and who said them (`QuoteAttributor`, run when the article is parsed).
    public var quotes: [Quote]

    public init(
        id: String, path: String? = nil, format: ArticleFormat, title: String, date: ArticleDate? = nil,
        sourceURL: String? = nil, summary: String? = nil, tags: [String] = [], categories: [String] = [],
        language: String? = nil, keyPoints: [String] = [], sections: [Section] = [], blocks: [Block] = [],
        turns: [Turn] = [], speakers: [Speaker] = [], quotes: [Quote] = []
    ) {
        self.id = id
        self.path = path
        self.format = format
        self.title = title
        self.date = date
        self.sourceURL = sourceURL
        self.summary = summary
        self.tags = tags
        self.categories = categories
        self.language = language
        self.keyPoints = keyPoints
        self.sections = sections
        self.body = .loaded(blocks)
        self.turns = turns
        self.speakers = speakers
        self.quotes = quotes
    }
}

/// Which layout a file was written in.
public enum ArticleFormat: String, Sendable, Hashable, Codable {
    /// Markdown with YAML front matter (`---` … `---`).
    case frontMatter = "front-matter"
    /// Markdown with a `## 亮点` highlights list and/or a `## 详细对话` dialogue section.
    case transcript
    /// Any other markdown or plain text.
    case markdown
}

/// A date as written in the file, and parsed when it could be.
public struct ArticleDate: Sendable, Hashable {
    public var original: String
    /// Seconds since 1970 (UTC when the text gives no zone); `nil` when unparseable.
    public var timestamp: Double?

    public init(original: String, timestamp: Double?) {
        self.original = original
        self.timestamp = timestamp
    }

    /// `YYYY-MM-DD` (UTC) when the date was understood, else the date as written.
    public var day: String { timestamp.map(DateText.day) ?? original }
}

/// A heading (markdown or a bold pseudo-heading) that starts a section.
///
/// Level and index are held as 32-bit numbers (24 bytes a section, not 32); both must fit in `Int32`.
public struct Section: Sendable, Hashable {
    public var title: String
    private var storedLevel: Int32
    private var storedBlockIndex: Int32

    public init(title: String, level: Int, blockIndex: Int) {
        self.title = title
        self.storedLevel = Int32(level)
        self.storedBlockIndex = Int32(blockIndex)
    }

    public var level: Int {
        get { Int(storedLevel) }
        set { storedLevel = Int32(newValue) }
    }

    /// Index of the heading block in `Article.blocks`.
    public var blockIndex: Int {
        get { Int(storedBlockIndex) }
        set { storedBlockIndex = Int32(newValue) }
    }
}

/// A place in an article's text.
public struct TextPosition: Sendable, Hashable, Comparable {
    public var block: Int
    /// UTF-8 offset into `Block.text`.
    public var offset: Int

    public init(block: Int, offset: Int) {
        self.block = block
        self.offset = offset
    }

    public static func < (a: TextPosition, b: TextPosition) -> Bool {
        (a.block, a.offset) < (b.block, b.offset)
    }
}
