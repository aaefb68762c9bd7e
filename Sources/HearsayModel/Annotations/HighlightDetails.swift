/// What a highlight remembers of its article as it was last seen: the title, the source link, the
/// speaker of the turn it starts in and where it was in code points. Stored with the highlight, so
/// lists and exports can still name the article, link it and credit the speaker when its file is
/// not among the loaded ones.
public struct HighlightDetails: Sendable, Hashable {
    public var articleTitle: String?
    public var sourceURL: String?
    public var speaker: String?
    /// Code-point offsets into the article's flattened text (`ArticleText`), as a W3C
    /// TextPositionSelector gives them.
    public var codePoints: Range<Int>?

    public init(
        articleTitle: String? = nil, sourceURL: String? = nil, speaker: String? = nil,
        codePoints: Range<Int>? = nil
    ) {
        self.articleTitle = articleTitle
        self.sourceURL = sourceURL
        self.speaker = speaker
        self.codePoints = codePoints
    }

    /// The details of `range` in `article` (`text` is `ArticleText(article:)`, passed in so callers
    /// with many highlights build it once); `nil` range: an orphan, which keeps only the article's.
    public init(article: Article, range: Range<TextPosition>?, text: ArticleText) {
        articleTitle = article.title.isEmpty ? nil : article.title
        sourceURL = article.sourceURL
        guard let range else { return }
        speaker = article.speakerName(atBlock: range.lowerBound.block)
        if let start = text.flatOffset(of: range.lowerBound), let end = text.flatOffset(of: range.upperBound) {
            codePoints = text.codePointOffset(ofFlatOffset: start)..<text.codePointOffset(ofFlatOffset: end)
        }
    }
}

extension Highlight {
    /// The highlight with its details taken afresh from `article`, where it is at `range` now
    /// (`nil`: orphaned, whose speaker and position are kept as they were last seen).
    public func withDetails(from article: Article, range: Range<TextPosition>?, text: ArticleText) -> Highlight {
        var copy = self
        var fresh = HighlightDetails(article: article, range: range, text: text)
        if range == nil {
            fresh.speaker = details.speaker
            fresh.codePoints = details.codePoints
        }
        copy.details = fresh
        return copy
    }
}

extension Article {
    /// The speaker of the dialogue turn at `block`, or `nil` outside turns.
    public func speakerName(atBlock block: Int) -> String? {
        speakerIndex(atBlock: block).map { speakers[$0].name }
    }

    /// The index in `speakers` of the dialogue turn at `block`, or `nil` outside turns.
    public func speakerIndex(atBlock block: Int) -> Int? {
        guard blocks.indices.contains(block) else { return nil }
        switch blocks[block].kind {
        case .turn(let speaker), .turnContinuation(let speaker):
            return speakers.indices.contains(speaker) ? speaker : nil
        default:
            return nil
        }
    }
}

extension Collection<Highlight> {
    /// The article details as the most recently changed of these highlights (of one article) last
    /// saw them: how to name an article that is not loaded.
    public var latestArticleDetails: HighlightDetails? {
        self.max { $0.modified < $1.modified }?.details
    }
}
