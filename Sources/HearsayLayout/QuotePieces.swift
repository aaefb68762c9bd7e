import HearsayModel

/// Where a quote's words are in each block it spans: a quote over several paragraphs is one
/// piece per paragraph.
public enum QuotePieces {
    /// What a quote's first line says after its speaker's name, so a quote never passes for a turn.
    public static let quotedMark = "(quoted) "

    /// The UTF-8 range of `quote`'s words in block `index`'s text (`nil`: none there).
    public static func range(of quote: Quote, inBlock index: Int, of article: Article) -> Range<Int>? {
        let first = quote.range.lowerBound.block
        let last = quote.range.upperBound.block
        guard index >= first, index <= max(first, last), article.blocks.indices.contains(index) else { return nil }
        let length = article.blocks[index].text.utf8.count
        let start = index == first ? min(quote.range.lowerBound.offset, length) : reopeningMarkLength(of: article.blocks[index].text)
        let end = index == last ? min(max(start, quote.range.upperBound.offset), length) : length
        return start < end ? start..<end : nil
    }

    /// A quote over several paragraphs opens each again (`“`, `「`, `『`, `"`): its words there
    /// start after that mark.
    static func reopeningMarkLength(of text: String) -> Int {
        guard let first = text.unicodeScalars.first, "“「『\"".unicodeScalars.contains(first) else { return 0 }
        return String(first).utf8.count
    }

    /// The blocks `quote` spans, each with its words' range there.
    public static func pieces(of quote: Quote, in article: Article) -> [(block: Int, range: Range<Int>)] {
        let first = quote.range.lowerBound.block
        return (first...max(first, quote.range.upperBound.block)).compactMap { block in
            range(of: quote, inBlock: block, of: article).map { (block, $0) }
        }
    }
}
