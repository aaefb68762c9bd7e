import HearsayModel

/// An article folded once for searching, so typing a query never re-folds its text.
///
/// What the reader shows is folded into one buffer: the header lines (title, date line, source,
/// lede: `ArticleHeader`), then every block's text, joined by a separator byte that no query
/// contains (one search per article, and no match across lines or blocks). A turn's speaker label
/// (`Name: `) is left out: it names who speaks, it is not what they say (`speaker:` finds that).
/// Title, tags, source, summary, key points and speaker names are also folded separately, for
/// the article-list filter.
public struct FoldedArticle: Sendable {
    public let article: Article
    /// Every searched line's text (header lines, then blocks), joined by one separator byte, folded.
    let body: FoldedText
    /// Where each searched line's text starts in `body`'s original coordinates.
    let segmentStarts: [Int]
    /// For each searched line: its block (negative for a header line, `ArticleHeader.Field.block`),
    /// the speaker (index into `article.speakers`) and turn (into `article.turns`) it belongs to,
    /// or -1. Looked up per match, so kept flat rather than read from the blocks.
    let segmentBlocks: [Int32]
    let segmentSpeakers: [Int32]
    let segmentTurns: [Int32]
    /// Title, tags, categories, source, summary, key points and speaker names, folded, joined.
    let metadata: [UInt8]
    /// `article.speakers`' names, folded with white space collapsed.
    let speakerNames: [[UInt8]]

    public init(_ article: Article) {
        self.article = article
        let header = ArticleHeader.lines(of: article)
        let capacity = article.blocks.reduce(0) { $0 + $1.text.utf8.count + 1 } + header.reduce(0) { $0 + $1.text.utf8.count + 1 }
        var builder = FoldedTextBuilder(reservingCapacity: capacity)
        var segmentStarts: [Int] = []
        segmentStarts.reserveCapacity(header.count + article.blocks.count)
        var offset = 0
        func appendSegment(_ text: String, skipping label: Int = 0) {
            if !segmentStarts.isEmpty {
                builder.appendSeparator()
                offset += 1
            }
            segmentStarts.append(offset)
            if label > 0 {
                builder.appendSeparators(label)
                let utf8 = text.utf8
                builder.append(String(text[utf8.index(utf8.startIndex, offsetBy: label)...]))
            } else {
                builder.append(text)
            }
            offset += text.utf8.count
        }
        for line in header { appendSegment(line.text) }
        for block in article.blocks {
            switch block.kind {
            case .turn: appendSegment(block.text, skipping: block.wordsStart)
            default: appendSegment(block.text)
            }
        }
        body = builder.build()
        self.segmentStarts = segmentStarts
        speakerNames = article.speakers.map { SearchQuery.foldedName($0.name) }

        var blockTurns = [Int32](repeating: -1, count: article.blocks.count)
        for (turnIndex, turn) in article.turns.enumerated() {
            for block in turn.blocks where block < blockTurns.count { blockTurns[block] = Int32(turnIndex) }
        }
        let headerNone = [Int32](repeating: -1, count: header.count)
        segmentBlocks = header.map { Int32($0.field.block) } + article.blocks.indices.map { Int32($0) }
        segmentTurns = headerNone + blockTurns
        segmentSpeakers = headerNone + article.blocks.indices.map { Int32(article.speakerIndex(atBlock: $0) ?? -1) }

        metadata = Self.foldedMetadata(of: article)
    }

    /// Title, tags, categories, source, summary, key points and speaker names, folded and joined:
    /// what the list filter looks at besides the text.
    public static func foldedMetadata(of article: Article) -> [UInt8] {
        var fields = [article.title] + article.tags + article.categories
        fields += [article.sourceURL, article.summary].compactMap { $0 }
        fields += article.keyPoints + article.speakers.map(\.name)
        var metadataBuilder = FoldedTextBuilder()
        for (index, field) in fields.enumerated() {
            if index > 0 { metadataBuilder.appendSeparator() }
            metadataBuilder.append(field)
        }
        return metadataBuilder.build().utf8
    }

    /// UTF-8 bytes of folded body text (what a search scans).
    public var foldedByteCount: Int { body.utf8.count }

    /// Which speakers (indices into `article.speakers`) `query`'s speaker restriction admits;
    /// `nil` when it has none.
    func admittedSpeakers(for query: SearchQuery) -> [Bool]? {
        guard let wanted = query.foldedSpeaker else { return nil }
        if query.speakerIDs != nil { return article.speakers.map { query.admits($0) } }
        return speakerNames.map { $0.containsSubsequence(wanted) }
    }

    /// Calls `body` with each match of `query`, in reading order, while it returns `true`.
    func forEachMatch(of query: SearchQuery, _ visit: (SearchMatch) -> Bool) {
        guard query.hasText else {
            forEachUtterance(of: query, visit)
            return
        }
        let admitted = admittedSpeakers(for: query)
        if let admitted, !admitted.contains(true) { return }
        let searcher = ByteSearcher(query.foldedText)
        // Matches come in increasing order (starts, and so ends): walk the maps with cursors.
        var startCursor = 0
        var endCursor = 0
        var segment = 0
        body.utf8.withUnsafeBufferPointer { haystack in
            searcher.forEachMatch(in: haystack) { folded in
                guard let start = body.originalOffset(forFolded: folded.lowerBound, cursor: &startCursor),
                    let end = body.originalOffset(forFolded: folded.upperBound, cursor: &endCursor)
                else { return .reject }
                while segment + 1 < segmentStarts.count && segmentStarts[segment + 1] <= start { segment += 1 }
                let speaker = Int(segmentSpeakers[segment])
                if let admitted, speaker < 0 || !admitted[speaker] { return .accept }
                let segmentStart = segmentStarts[segment]
                let turn = Int(segmentTurns[segment])
                let match = SearchMatch(
                    block: Int(segmentBlocks[segment]), range: (start - segmentStart)..<(end - segmentStart),
                    turn: speaker < 0 || turn < 0 ? nil : turn, speaker: speaker < 0 ? nil : speaker
                )
                return visit(match) ? .accept : .stop
            }
        }
    }

    /// A speaker without a phrase (`speaker:"Jonas Andrulis"`): each of their turns and quotations is a match,
    /// in reading order, spanning its words in its first block (a turn's label left out).
    private func forEachUtterance(of query: SearchQuery, _ visit: (SearchMatch) -> Bool) {
        guard let admitted = admittedSpeakers(for: query) else { return }
        let quoted = article.quotes.contains { $0.speaker != nil && query.admitsQuotedSpeaker(named: $0.speaker, inArticle: article.id) }
        guard admitted.contains(true) || quoted else { return }
        for utterance in article.utterances() {
            let match: SearchMatch
            switch utterance {
            case .turn(let index):
                let turn = article.turns[index]
                guard admitted.indices.contains(turn.speaker), admitted[turn.speaker], let first = turn.blocks.first,
                    article.blocks.indices.contains(first)
                else { continue }
                let block = article.blocks[first]
                match = SearchMatch(
                    block: first, range: Self.wordsStart(of: block)..<block.text.utf8.count, turn: index, speaker: turn.speaker)
            case .quote(let index):
                let quote = article.quotes[index]
                guard query.admitsQuotedSpeaker(named: quote.speaker, inArticle: article.id),
                    article.blocks.indices.contains(quote.range.lowerBound.block)
                else { continue }
                let start = quote.range.lowerBound
                let end =
                    quote.range.upperBound.block == start.block
                    ? quote.range.upperBound.offset : article.blocks[start.block].text.utf8.count
                match = SearchMatch(block: start.block, range: start.offset..<end)
            }
            if !visit(match) { return }
        }
    }

    /// Where a turn's words start: `Block.wordsStart`, or after the name when a timestamp comes first
    /// (`[00:00:30] Emma Clarke: …`), which `wordsStart` leaves at 0.
    private static func wordsStart(of block: Block) -> Int {
        guard block.wordsStart == 0, let name = block.spans.first(where: { $0.style == .speakerName }) else { return block.wordsStart }
        let utf8 = Array(block.text.utf8)
        var offset = min(name.range.upperBound, utf8.count)
        let fullwidthColon = Array("：".utf8)
        while offset < utf8.count {
            if utf8[offset] == UInt8(ascii: ":") || utf8[offset] == UInt8(ascii: " ") {
                offset += 1
            } else if utf8[offset...].starts(with: fullwidthColon) {
                offset += fullwidthColon.count
            } else {
                break
            }
        }
        return offset
    }

    /// Whether the metadata (title, tags, source, speakers…) contains `query`'s phrase.
    func metadataContains(_ query: SearchQuery) -> Bool {
        metadata.containsSubsequence(query.foldedText)
    }
}
