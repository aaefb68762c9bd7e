import HearsayModel

extension AppState {
    /// Who is quoted in the article's prose: each attributed quote's words and, in the paragraph
    /// where it starts, its speaker's name, in that person's colour (under highlights and matches).
    func quoteDecorations(forArticle index: Int, blocks: ClosedRange<Int>?) -> [TextDecoration] {
        let article = corpus.articles[index]
        var decorations: [TextDecoration] = []
        for quote in article.quotes {
            guard let name = quote.speaker else { continue }
            let quoteBlocks = quote.range.lowerBound.block...max(quote.range.lowerBound.block, quote.range.upperBound.block)
            if let blocks, !blocks.overlaps(quoteBlocks) { continue }
            let id = SpeakerIdentity.id(forName: name, inArticle: article.id)
            let speaker = article.speakers.firstIndex { $0.id == id }.map(QuotedSpeaker.articleSpeaker) ?? .person(id: id)
            for block in quoteBlocks where article.blocks.indices.contains(block) {
                let length = article.blocks[block].text.utf8.count
                let start = block == quote.range.lowerBound.block ? quote.range.lowerBound.offset : 0
                let end = block == quote.range.upperBound.block ? quote.range.upperBound.offset : length
                decorations.append(
                    TextDecoration(block: block, range: min(start, length)..<min(max(start, end), length), kind: .quoted(speaker)))
            }
            if let name = Self.nameRange(of: name, inBlock: quote.range.lowerBound.block, of: article) {
                decorations.append(TextDecoration(block: quote.range.lowerBound.block, range: name, kind: .quoted(speaker)))
            }
        }
        return decorations
    }

    /// The UTF-8 range of `name` in a block's text, if it is named there.
    static func nameRange(of name: String, inBlock block: Int, of article: Article) -> Range<Int>? {
        guard article.blocks.indices.contains(block), !name.isEmpty else { return nil }
        let text = article.blocks[block].text
        guard let found = text.range(of: name) else { return nil }
        let start = text.utf8.distance(from: text.startIndex, to: found.lowerBound)
        return start..<(start + name.utf8.count)
    }
}
