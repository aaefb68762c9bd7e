import HearsayModel

/// One occurrence of a query in an article, in the original text's UTF-8 offsets.
public struct SearchMatch: Sendable, Hashable, Comparable {
    /// Index into `Article.blocks`; negative for a line of the header shown above the blocks
    /// (`ArticleHeader.Field.block`: the title, the source…), which comes first in reading order.
    public var block: Int
    /// UTF-8 offsets into that block's (or header line's) text; never starts or ends inside a
    /// grapheme cluster.
    public var range: Range<Int>
    /// Index into `Article.turns` when the match is in a dialogue turn.
    public var turn: Int?
    /// Index into `Article.speakers` when the match is in a dialogue turn.
    public var speaker: Int?

    public init(block: Int, range: Range<Int>, turn: Int? = nil, speaker: Int? = nil) {
        self.block = block
        self.range = range
        self.turn = turn
        self.speaker = speaker
    }

    /// The header line the match is in, when it is not in a block.
    public var header: ArticleHeader.Field? { ArticleHeader.Field(block: block) }

    /// The text the match is in: its block's, or its header line's.
    public func text(in article: Article) -> String {
        ArticleHeader.text(atBlock: block, in: article) ?? ""
    }

    /// The matched text, as it is in the article.
    public func matchedText(in article: Article) -> String {
        let utf8 = Array(text(in: article).utf8)
        guard range.upperBound <= utf8.count else { return "" }
        return String(decoding: utf8[range], as: UTF8.self)
    }

    public var start: TextPosition { TextPosition(block: block, offset: range.lowerBound) }
    public var end: TextPosition { TextPosition(block: block, offset: range.upperBound) }

    /// Reading order.
    public static func < (a: SearchMatch, b: SearchMatch) -> Bool {
        (a.block, a.range.lowerBound, a.range.upperBound) < (b.block, b.range.lowerBound, b.range.upperBound)
    }
}

/// A match somewhere in the corpus.
public struct CorpusMatch: Sendable, Hashable {
    /// Index into `Corpus.articles` (and `FoldedCorpus.articles`).
    public var article: Int
    public var match: SearchMatch

    public init(article: Int, match: SearchMatch) {
        self.article = article
        self.match = match
    }
}
