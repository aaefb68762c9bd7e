import HearsayModel

/// An article folded once for searching, so typing a query never re-folds its text.
///
/// The blocks' visible text is folded into one buffer, blocks joined by a separator byte that no
/// query contains (one search per article, and no match across blocks). Title, tags, source,
/// summary, key points and speaker names are folded separately for the article-list filter.
public struct FoldedArticle: Sendable {
    public let article: Article
    /// Every block's text, joined by one separator byte, folded.
    let body: FoldedText
    /// Where each block's text starts in `body`'s original coordinates.
    let blockStarts: [Int]
    /// Title, tags, categories, source, summary, key points and speaker names, folded, joined.
    let metadata: [UInt8]
    /// `article.speakers`' names, folded with white space collapsed.
    let speakerNames: [[UInt8]]

    public init(_ article: Article) {
        self.article = article
        var builder = FoldedTextBuilder(reservingCapacity: article.blocks.reduce(0) { $0 + $1.text.utf8.count + 1 })
        var blockStarts: [Int] = []
        blockStarts.reserveCapacity(article.blocks.count)
        var offset = 0
        for (index, block) in article.blocks.enumerated() {
            if index > 0 {
                builder.appendSeparator()
                offset += 1
            }
            blockStarts.append(offset)
            builder.append(block.text)
            offset += block.text.utf8.count
        }
        body = builder.build()
        self.blockStarts = blockStarts
        speakerNames = article.speakers.map { SearchQuery.foldedName($0.name) }

        var fields = [article.title] + article.tags + article.categories
        fields += [article.sourceURL, article.summary].compactMap { $0 }
        fields += article.keyPoints + article.speakers.map(\.name)
        var metadataBuilder = FoldedTextBuilder()
        for (index, field) in fields.enumerated() {
            if index > 0 { metadataBuilder.appendSeparator() }
            metadataBuilder.append(field)
        }
        metadata = metadataBuilder.build().utf8
    }

    /// UTF-8 bytes of folded body text (what a search scans).
    public var foldedByteCount: Int { body.utf8.count }

    /// Which speakers (indices into `article.speakers`) `query`'s speaker restriction admits;
    /// `nil` when it has none.
    func admittedSpeakers(for query: SearchQuery) -> [Bool]? {
        guard let wanted = query.foldedSpeaker else { return nil }
        return speakerNames.map { $0.containsSubsequence(wanted) }
    }

    /// Calls `body` with each match of `query`, in reading order, while it returns `true`.
    func forEachMatch(of query: SearchQuery, _ visit: (SearchMatch) -> Bool) {
        guard query.hasText else { return }
        let admitted = admittedSpeakers(for: query)
        if let admitted, !admitted.contains(true) { return }
        let searcher = ByteSearcher(query.foldedText)
        body.utf8.withUnsafeBufferPointer { haystack in
            searcher.forEachMatch(in: haystack) { folded in
                guard let original = body.originalRange(forFolded: folded) else { return .reject }
                let block = blockIndex(containing: original.lowerBound)
                let speaker = speakerIndex(of: block)
                if let admitted, !(speaker.map { admitted[$0] } ?? false) { return .accept }
                let start = blockStarts[block]
                let match = SearchMatch(
                    block: block, range: (original.lowerBound - start)..<(original.upperBound - start),
                    turn: speaker == nil ? nil : turnIndex(containing: block), speaker: speaker
                )
                return visit(match) ? .accept : .stop
            }
        }
    }

    /// Whether the metadata (title, tags, source, speakers…) contains `query`'s phrase.
    func metadataContains(_ query: SearchQuery) -> Bool {
        metadata.containsSubsequence(query.foldedText)
    }

    private func blockIndex(containing offset: Int) -> Int {
        var low = 0
        var high = blockStarts.count
        while low < high {
            let middle = (low + high) / 2
            if blockStarts[middle] <= offset { low = middle + 1 } else { high = middle }
        }
        return max(low - 1, 0)
    }

    private func speakerIndex(of block: Int) -> Int? {
        switch article.blocks[block].kind {
        case .turn(let speaker), .turnContinuation(let speaker): speaker
        default: nil
        }
    }

    private func turnIndex(containing block: Int) -> Int? {
        var low = 0
        var high = article.turns.count
        while low < high {
            let middle = (low + high) / 2
            if article.turns[middle].blocks.lowerBound <= block { low = middle + 1 } else { high = middle }
        }
        guard low > 0, article.turns[low - 1].blocks.contains(block) else { return nil }
        return low - 1
    }
}
