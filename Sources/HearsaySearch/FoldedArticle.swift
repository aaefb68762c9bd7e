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
    /// For each block: the speaker (index into `article.speakers`) and turn (into `article.turns`)
    /// it belongs to, or -1. Looked up per match, so kept flat rather than read from the blocks.
    let blockSpeakers: [Int32]
    let blockTurns: [Int32]

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
        blockSpeakers = article.blocks.map { block in
            switch block.kind {
            case .turn(let speaker), .turnContinuation(let speaker): Int32(speaker)
            default: -1
            }
        }
        var blockTurns = [Int32](repeating: -1, count: article.blocks.count)
        for (turnIndex, turn) in article.turns.enumerated() {
            for block in turn.blocks where block < blockTurns.count { blockTurns[block] = Int32(turnIndex) }
        }
        self.blockTurns = blockTurns

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
        // Matches come in increasing order (starts, and so ends): walk the maps with cursors.
        var startCursor = 0
        var endCursor = 0
        var block = 0
        body.utf8.withUnsafeBufferPointer { haystack in
            searcher.forEachMatch(in: haystack) { folded in
                guard let start = body.originalOffset(forFolded: folded.lowerBound, cursor: &startCursor),
                      let end = body.originalOffset(forFolded: folded.upperBound, cursor: &endCursor)
                else { return .reject }
                while block + 1 < blockStarts.count && blockStarts[block + 1] <= start { block += 1 }
                let speaker = Int(blockSpeakers[block])
                if let admitted, speaker < 0 || !admitted[speaker] { return .accept }
                let blockStart = blockStarts[block]
                let turn = Int(blockTurns[block])
                let match = SearchMatch(
                    block: block, range: (start - blockStart)..<(end - blockStart),
                    turn: speaker < 0 || turn < 0 ? nil : turn, speaker: speaker < 0 ? nil : speaker
                )
                return visit(match) ? .accept : .stop
            }
        }
    }

    /// Whether the metadata (title, tags, source, speakers…) contains `query`'s phrase.
    func metadataContains(_ query: SearchQuery) -> Bool {
        metadata.containsSubsequence(query.foldedText)
    }
}
