/// One piece of coverage: an article or an interview transcript, parsed from one file.
///
/// Text positions inside an article are `TextPosition`s: a block index and a UTF-8
/// offset into that block's `text`. UTF-8 offsets are what Swift strings index in O(1).
///
/// Every field but the body lives in one shared box (`ArticleFields`, copied on the first write
/// to a shared one): an article is two words, so the corpus, the list, loading batches and lazy
/// bodies hold and copy a reference rather than fifteen (issue 16: ten thousand heads held). The
/// fields few features read (source link, lede, tags, categories, key points, sections) are packed
/// in one buffer there (`ArticleDetails`) and decoded when read.
public struct Article: Sendable, Identifiable, Hashable {
    /// The head: every field but the body.
    private(set) var fields: ArticleFields
    /// The body: parsed blocks, or where to get them again (`ArticleBody`).
    var body: ArticleBodyStorage

    public init(
        id: String, path: String? = nil, format: ArticleFormat, title: String, date: ArticleDate? = nil,
        sourceURL: String? = nil, summary: String? = nil, tags: [String] = [], categories: [String] = [],
        language: String? = nil, keyPoints: [String] = [], sections: [Section] = [], blocks: [Block] = [],
        turns: [Turn] = [], speakers: [Speaker] = [], quotes: [Quote] = []
    ) {
        let details = ArticleDetails(
            ArticleDetails.Unpacked(
                sourceURL: sourceURL, summary: summary, tags: tags, categories: categories, keyPoints: keyPoints, sections: sections))
        fields = ArticleFields(
            id: id, path: path, format: format, title: title, date: date, language: language, turns: turns, speakers: speakers,
            quotes: quotes, details: details)
        body = .loaded(blocks)
    }

    /// Whether `other` holds the very same head box (then every head field is equal).
    func sharesFields(with other: Article) -> Bool { fields === other.fields }

    /// Repacks the details with `change` made to them (in a head box of this article's own).
    private mutating func updateDetails(_ change: (inout ArticleDetails.Unpacked) -> Void) {
        makeFieldsUnique()
        fields.details = fields.details.updated(change)
    }

    /// Makes the head box this article's own before a write.
    private mutating func makeFieldsUnique() {
        if !isKnownUniquelyReferenced(&fields) { fields = fields.copy() }
    }

    /// Stable id: the path relative to the folder it was loaded from (or the file name).
    public var id: String {
        get { fields.id }
        set {
            // Loading names each head again with the id it already has: no copy of a shared box.
            guard newValue != fields.id else { return }
            makeFieldsUnique()
            fields.id = newValue
        }
    }

    /// Where the file was read from (absolute or as given); `nil` for embedded samples.
    public var path: String? {
        get { fields.path }
        set {
            guard newValue != fields.path else { return }
            makeFieldsUnique()
            fields.path = newValue
        }
    }

    public var format: ArticleFormat {
        get { fields.format }
        _modify {
            makeFieldsUnique()
            yield &fields.format
        }
    }

    public var title: String {
        get { fields.title }
        _modify {
            makeFieldsUnique()
            yield &fields.title
        }
    }

    public var date: ArticleDate? {
        get { fields.date }
        _modify {
            makeFieldsUnique()
            yield &fields.date
        }
    }

    /// The closing `_原链接:…_` line, or a final `[name](url)` line.
    public var sourceURL: String? {
        get { fields.details.sourceURL }
        set { updateDetails { $0.sourceURL = newValue } }
    }

    /// The lede: the `>` quote under the title, or the front matter's `summary`.
    public var summary: String? {
        get { fields.details.summary }
        set { updateDetails { $0.summary = newValue } }
    }

    public var tags: [String] {
        get { fields.details.tags }
        set { updateDetails { $0.tags = newValue } }
    }

    public var categories: [String] {
        get { fields.details.categories }
        set { updateDetails { $0.categories = newValue } }
    }

    public var language: String? {
        get { fields.language }
        _modify {
            makeFieldsUnique()
            yield &fields.language
        }
    }

    /// The bullets of a `## 亮点` / `## Highlights` list (the author's key points; not user highlights).
    public var keyPoints: [String] {
        get { fields.details.keyPoints }
        set { updateDetails { $0.keyPoints = newValue } }
    }

    public var sections: [Section] {
        get { fields.details.sections }
        set { updateDetails { $0.sections = newValue } }
    }

    /// Dialogue turns in reading order.
    public var turns: [Turn] {
        get { fields.turns }
        _modify {
            makeFieldsUnique()
            yield &fields.turns
        }
    }

    /// The speakers of this article, in order of first appearance.
    public var speakers: [Speaker] {
        get { fields.speakers }
        _modify {
            makeFieldsUnique()
            yield &fields.speakers
        }
    }

    /// Direct quotations in the prose and who said them (`QuoteAttributor`, run when the article is parsed).
    public var quotes: [Quote] {
        get { fields.quotes }
        _modify {
            makeFieldsUnique()
            yield &fields.quotes
        }
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
