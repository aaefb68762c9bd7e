import HearsayModel
import HearsayText

/// Decides what an article shows, in which order and with which indents (see `LayoutItem`).
///
/// Article mode: title, a date line, the source URL, a blank line, a front-matter lede, then the
/// blocks. A blank line separates blocks except after a heading and between list items. List
/// items hang under a `• ` bullet; quotes are indented by 2; a dialogue turn's continuation lines
/// line up under its words, not under the speaker's name (when the name takes at most a third of
/// the width; otherwise they are indented by 2). Dialogue mode: only the turns.
enum LayoutPlan {
    static let bullet = "• "
    static let quoteIndent = 2
    static let narrowTurnIndent = 2

    static func items(for article: Article, width: Int, mode: LayoutMode) -> [LayoutItem] {
        let turnOfBlock = turnIndexByBlock(article)
        var items: [LayoutItem] = []
        func separate() {
            if let last = items.last, !isBlank(last) { items.append(.blank) }
        }
        switch mode {
        case .article:
            for (field, text) in ArticleHeader.lines(of: article) {
                switch field {
                case .title:
                    items.append(.header(field, text: text, style: BlockStyles.title, firstIndent: 0, hangingIndent: 0))
                case .dateLine, .source:
                    items.append(.header(field, text: text, style: BlockStyles.metadata, firstIndent: 0, hangingIndent: 0))
                case .lede:
                    separate()
                    items.append(.header(field, text: text, style: BlockStyles.lede, firstIndent: quoteIndent, hangingIndent: quoteIndent))
                }
            }
            var previous: BlockKind?
            for (index, block) in article.blocks.enumerated() {
                let afterHeading: Bool = { if case .heading? = previous { return true } else { return false } }()
                let betweenItems: Bool = {
                    if case .listItem? = previous, case .listItem = block.kind { return true } else { return false }
                }()
                if case .heading = block.kind {
                    separate()
                } else if !afterHeading && !betweenItems {
                    separate()
                }
                items.append(item(for: block, index: index, turn: turnOfBlock[index], in: article, width: width, isLede: index == 0))
                previous = block.kind
            }
        case .utterances(let speakers, let quotes):
            items = utteranceItems(of: article, speakers: speakers, quotes: quotes, turnOfBlock: turnOfBlock, width: width)
        case .dialogue, .dialogueInContext:
            for (turnIndex, turn) in article.turns.enumerated() where mode.showsTurn(turnIndex, of: article) {
                for index in turn.blocks where index < article.blocks.count {
                    separate()
                    items.append(item(for: article.blocks[index], index: index, turn: turnIndex, in: article, width: width, isLede: false))
                }
            }
        }
        return items
    }

    /// The turns of `speakers` and the pieces of `quotes`, in article order, a blank line before
    /// each turn's paragraph and each quote (not between the paragraphs of one quote).
    private static func utteranceItems(
        of article: Article, speakers: Set<Int>, quotes: Set<Int>, turnOfBlock: [Int?], width: Int
    ) -> [LayoutItem] {
        func isShownTurn(_ block: Int) -> Bool {
            turnOfBlock.indices.contains(block) && turnOfBlock[block].map { speakers.contains(article.turns[$0].speaker) } ?? false
        }
        var piecesByBlock: [Int: [LayoutItem]] = [:]
        for index in quotes.sorted() where article.quotes.indices.contains(index) {
            let quote = article.quotes[index]
            // A quote in a turn shown is read there.
            guard !isShownTurn(quote.range.lowerBound.block) else { continue }
            for (number, piece) in QuotePieces.pieces(of: quote, in: article).enumerated() {
                let label = number == 0 ? (quote.speaker ?? "") : nil
                piecesByBlock[piece.block, default: []].append(.quote(index: index, block: piece.block, range: piece.range, label: label))
            }
        }
        var items: [LayoutItem] = []
        for (index, block) in article.blocks.enumerated() {
            if isShownTurn(index) {
                if let last = items.last, !isBlank(last) { items.append(.blank) }
                items.append(item(for: block, index: index, turn: turnOfBlock[index], in: article, width: width, isLede: false))
                continue
            }
            for piece in piecesByBlock[index] ?? [] {
                if case .quote(_, _, _, let label) = piece, label != nil, let last = items.last, !isBlank(last) { items.append(.blank) }
                items.append(piece)
            }
        }
        return items
    }

    private static func isBlank(_ item: LayoutItem) -> Bool {
        if case .blank = item { return true }
        return false
    }

    private static func item(for block: Block, index: Int, turn: Int?, in article: Article, width: Int, isLede: Bool) -> LayoutItem {
        let base = BlockStyles.base(for: block.kind, isLede: isLede)
        switch block.kind {
        case .image:
            return .image(index: index, turn: turn)
        case .listItem:
            let indent = DisplayWidth.of(bullet)
            return .block(index: index, turn: turn, base: base, firstIndent: indent, hangingIndent: indent, marker: bullet)
        case .quote:
            return .block(index: index, turn: turn, base: base, firstIndent: quoteIndent, hangingIndent: quoteIndent, marker: nil)
        case .turn:
            let hang = turnIndent(of: block, width: width)
            return .block(index: index, turn: turn, base: base, firstIndent: 0, hangingIndent: hang, marker: nil)
        case .turnContinuation, .stageDirection:
            let hang: Int = {
                guard let turn, article.turns[turn].blocks.lowerBound < article.blocks.count else { return 0 }
                return turnIndent(of: article.blocks[article.turns[turn].blocks.lowerBound], width: width)
            }()
            return .block(index: index, turn: turn, base: base, firstIndent: hang, hangingIndent: hang, marker: nil)
        case .heading, .paragraph:
            return .block(index: index, turn: turn, base: base, firstIndent: 0, hangingIndent: 0, marker: nil)
        }
    }

    /// Where a turn's words start: the width of `Name: ` (timestamp included), when that is at
    /// most a third of the line; otherwise a small fixed indent so that the words keep room.
    static func turnIndent(of block: Block, width: Int) -> Int {
        guard let name = block.spans.last(where: { $0.style == .speakerName }) else { return narrowTurnIndent }
        let bytes = Array(block.text.utf8)
        var end = min(name.range.upperBound, bytes.count)
        while end < bytes.count {
            if bytes[end] == UInt8(ascii: ":") || bytes[end] == UInt8(ascii: " ") || bytes[end] == UInt8(ascii: "\t") {
                end += 1
            } else if end + 2 < bytes.count, bytes[end] == 0xEF, bytes[end + 1] == 0xBC, bytes[end + 2] == 0x9A {  // ：
                end += 3
            } else {
                break
            }
        }
        let prefixWidth = DisplayWidth.of(String(decoding: bytes[0..<end], as: UTF8.self))
        return prefixWidth <= width / 3 ? prefixWidth : narrowTurnIndent
    }

    /// The turn each block belongs to.
    static func turnIndexByBlock(_ article: Article) -> [Int?] {
        var result = [Int?](repeating: nil, count: article.blocks.count)
        for (turnIndex, turn) in article.turns.enumerated() {
            for block in turn.blocks where block < result.count { result[block] = turnIndex }
        }
        return result
    }

    /// The summary shown as its own lede (`ArticleHeader.separateLede`).
    static func separateLede(of article: Article) -> String? { ArticleHeader.separateLede(of: article) }
}
