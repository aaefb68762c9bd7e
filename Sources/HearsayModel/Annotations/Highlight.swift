import Foundation

/// A user's highlight: a stretch of an article's text, a colour and an optional note.
///
/// Anchored as the W3C Web Annotation model does: the quoted text with some context
/// (TextQuoteSelector), its position (TextPositionSelector), and a hash of the article's
/// text, so it can be found again after the file changes.
public struct Highlight: Sendable, Hashable, Identifiable {
    public var id: UUID
    public var articleID: String
    public var anchor: TextAnchor
    /// 1...5, an index into the theme's highlight colours.
    public var color: Int
    public var note: String?
    public var created: Date
    public var modified: Date
    /// The article's title, link and the speaker as last seen, for when the article is not loaded.
    public var details: HighlightDetails

    public init(
        id: UUID = UUID(), articleID: String, anchor: TextAnchor, color: Int = 1, note: String? = nil,
        created: Date = Date(), modified: Date? = nil, details: HighlightDetails = HighlightDetails()
    ) {
        self.id = id
        self.articleID = articleID
        self.anchor = anchor
        self.color = color
        self.note = note
        self.created = created
        self.modified = modified ?? created
        self.details = details
    }
}

/// Where a highlight (or a reading position) sits in an article.
public struct TextAnchor: Sendable, Hashable {
    /// The highlighted text, exactly.
    public var exact: String
    /// Up to 32 characters before and after it, to tell repeated quotes apart.
    public var prefix: String
    public var suffix: String
    public var start: TextPosition
    public var end: TextPosition
    /// Hash of the article text the positions refer to (`ArticleText.fingerprint`).
    public var textHash: String

    public init(exact: String, prefix: String, suffix: String, start: TextPosition, end: TextPosition, textHash: String) {
        self.exact = exact
        self.prefix = prefix
        self.suffix = suffix
        self.start = start
        self.end = end
        self.textHash = textHash
    }
}
