import HearsayLayout
import HearsayModel
import HearsayText

/// One thing the person said, in the stream: a turn or a quote in one article.
public struct StreamItem: Sendable, Hashable {
    /// Index into `StreamState.groups`.
    public var group: Int
    /// Index into `Corpus.articles`.
    public var article: Int
    public var utterance: Utterance
}

/// The articles of a stream, oldest first, each with what the person said there.
public struct StreamGroup: Sendable {
    public var article: Int
    /// The article's id: a place in another article is never under the cursor.
    public var articleID: String
    /// Indices into `StreamState.items`.
    public var items: Range<Int>
    /// The person among the article's speakers (`nil` when they are only quoted there).
    public var speaker: Int?
}

/// A row of the stream on screen.
public enum StreamRow: Sendable {
    /// An article's title and date above what the person said in it.
    case heading(group: Int)
    /// A line of an utterance, as the dialogue view lays out a turn (`item`: index into `items`).
    case text(item: Int, line: LayoutLine)
    case blank
}

/// A person's stream: all their turns and quotes across the coverage, oldest article first
/// (undated last, then in corpus order), laid out like the dialogue view with a cursor on one
/// utterance. Rows are laid out as far as the screen needs, so opening the stream of someone who
/// speaks in thousands of articles lays out a screenful.
public struct StreamState: Sendable {
    /// `SpeakerIdentity`'s id of the person.
    public let person: String
    public let name: String
    public let groups: [StreamGroup]
    public let items: [StreamItem]
    /// The utterance under the cursor (index into `items`).
    public var cursor: Int = 0
    /// First row on screen.
    public var topLine: Int = 0
    public private(set) var rows: [StreamRow] = []
    /// The rows of each item laid out so far.
    public private(set) var itemRows: [Range<Int>] = []
    /// Groups laid out so far, in order.
    private var groupsLaidOut = 0
    private var layouts: [Int: ArticleLayout] = [:]
    private var width = 0

    /// Columns left of the text for the cursor marker, as in the dialogue view.
    public static let gutterWidth = DialogueState.gutterWidth

    public init(entry: UtteranceIndex.Entry, corpus: Corpus) {
        person = entry.id
        name = entry.name
        let byArticle = Dictionary(grouping: entry.utterances, by: \.article)
        let articles = entry.articleIndices.enumerated().sorted { left, right in
            let (a, b) = (corpus.articles[left.element].date?.timestamp, corpus.articles[right.element].date?.timestamp)
            switch (a, b) {
            case (let a?, let b?) where a != b: return a < b
            case (.some, nil): return true
            case (nil, .some): return false
            default: return left.offset < right.offset
            }
        }.map(\.element)
        var groups: [StreamGroup] = []
        var items: [StreamItem] = []
        for article in articles {
            let text = corpus.articles[article]
            let start = items.count
            for reference in byArticle[article] ?? [] {
                items.append(StreamItem(group: groups.count, article: article, utterance: reference.utterance))
            }
            let speaker = text.speakers.firstIndex { $0.id == entry.id }
            groups.append(StreamGroup(article: article, articleID: text.id, items: start..<items.count, speaker: speaker))
        }
        self.groups = groups
        self.items = items
    }

    /// The stream of someone who no longer says anything in the coverage (their files changed).
    init(emptyFor person: String, name: String) {
        self.person = person
        self.name = name
        groups = []
        items = []
    }

    /// The item under the cursor, if the stream has any.
    public var cursorItem: StreamItem? { items.indices.contains(cursor) ? items[cursor] : nil }

    /// Lays out again at `width` (keeping the cursor), as far as the screen and the cursor need.
    mutating func layOut(corpus: Corpus, width newWidth: Int, height: Int) {
        if newWidth != width {
            width = newWidth
            rows = []
            itemRows = []
            groupsLaidOut = 0
            layouts = [:]
        }
        layOut(corpus: corpus, throughRow: topLine + height, throughItem: cursor)
        scrollCursorIntoView(height: height)
        layOut(corpus: corpus, throughRow: topLine + height, throughItem: cursor)
    }

    /// Lays out groups until `row` and `item` have rows (or every group is laid out).
    mutating func layOut(corpus: Corpus, throughRow row: Int, throughItem item: Int) {
        while groupsLaidOut < groups.count, rows.count <= row || itemRows.count <= item {
            layOutGroup(groupsLaidOut, corpus: corpus)
            groupsLaidOut += 1
        }
    }

    /// Whether every group is laid out (then `rows` is the whole stream).
    var isComplete: Bool { groupsLaidOut == groups.count }

    private mutating func layOutGroup(_ index: Int, corpus: Corpus) {
        let group = groups[index]
        let article = corpus.articles[group.article]
        if index > 0 { rows.append(.blank) }
        rows.append(.heading(group: index))
        var turnLines: [Int: [LayoutLine]] = [:]
        if let speaker = group.speaker {
            let layout = ArticleLayout(article: article, width: width, mode: .dialogue(speakers: [speaker]))
            layouts[index] = layout
            var line = 0
            while layout.hasLine(line) {
                let laidOut = layout.line(line)
                if let turn = laidOut.turn { turnLines[turn, default: []].append(laidOut) }
                line += 1
            }
        }
        for item in group.items {
            let lines: [LayoutLine]
            switch items[item].utterance {
            case .turn(let turn): lines = turnLines[turn] ?? []
            case .quote(let quote): lines = StreamState.quoteLines(article.quotes[quote], in: article, width: width)
            }
            let first = rows.count
            rows += lines.map { .text(item: item, line: $0) }
            itemRows.append(first..<rows.count)
        }
    }

    /// What the stream says before a quote's words, so a quote never passes for a turn.
    public static let quotedMark = "(quoted) "

    /// A quote laid out like a turn: the speaker's name and a mark, then the quoted words of each
    /// paragraph it spans (lines address the article's blocks, so highlights and matches show).
    static func quoteLines(_ quote: Quote, in article: Article, width: Int) -> [LayoutLine] {
        let label = (quote.speaker ?? "") + ": "
        let wrapper = LineWrapper()
        var lines: [LayoutLine] = []
        let firstBlock = quote.range.lowerBound.block
        let lastBlock = quote.range.upperBound.block
        for block in firstBlock...max(firstBlock, lastBlock) where article.blocks.indices.contains(block) {
            let text = article.blocks[block].text
            let utf8 = Array(text.utf8)
            let start = block == firstBlock ? min(quote.range.lowerBound.offset, utf8.count) : 0
            let end = block == lastBlock ? min(max(start, quote.range.upperBound.offset), utf8.count) : utf8.count
            let words = String(decoding: utf8[start..<end], as: UTF8.self)
            let lead = block == firstBlock ? [label, quotedMark] : []
            let leadWidth = lead.reduce(0) { $0 + DisplayWidth.of($1) }
            let wrapped = wrapper.wrap(text: words, style: TextStyle(role: .quote), width: width, firstIndent: leadWidth, hangingIndent: 2)
            for (index, line) in wrapped.enumerated() {
                var runs = line.runs.map {
                    StyledRun(
                        text: $0.text, style: $0.style, source: ($0.source.lowerBound + start)..<($0.source.upperBound + start),
                        width: $0.width)
                }
                var indent = line.indent
                if index == 0, !lead.isEmpty {
                    runs.insert(.decoration(quotedMark, style: TextStyle(role: .metadata)), at: 0)
                    runs.insert(.decoration(label, style: TextStyle(role: .speaker(-1), emphasis: .bold)), at: 0)
                    indent = 0
                }
                let source = line.source.map { ($0.lowerBound + start)..<($0.upperBound + start) }
                lines.append(LayoutLine(indent: indent, runs: runs, block: block, turn: nil, source: source))
            }
        }
        return lines
    }

    /// The ArticleLayout of the group under the cursor (the person's turns there).
    var cursorLayout: ArticleLayout? { cursorItem.flatMap { layouts[$0.group] } }

    mutating func scrollCursorIntoView(height: Int) {
        guard itemRows.indices.contains(cursor) else { return }
        var lines = itemRows[cursor]
        // The article's heading shows with its first utterance.
        if let item = cursorItem, groups[item.group].items.lowerBound == cursor, lines.lowerBound > 0 {
            lines = (lines.lowerBound - 1)..<lines.upperBound
        }
        if lines.lowerBound < topLine {
            topLine = lines.lowerBound
        } else if lines.upperBound > topLine + height {
            topLine = max(0, min(lines.lowerBound, lines.upperBound - height))
        }
        if isComplete, topLine > 0, topLine + height > rows.count { topLine = max(0, rows.count - height) }
    }

    /// The item about a screen away from the cursor, at least one away.
    func itemAfterPage(forward: Bool, height: Int) -> Int {
        guard itemRows.indices.contains(cursor) else { return cursor }
        let goal = itemRows[cursor].lowerBound + (forward ? 1 : -1) * max(1, height - 1)
        var candidate = cursor + (forward ? 1 : -1)
        while items.indices.contains(candidate + (forward ? 1 : -1)), itemRows.indices.contains(candidate + (forward ? 1 : -1)) {
            let next = candidate + (forward ? 1 : -1)
            if forward ? itemRows[next].lowerBound > goal : itemRows[next].lowerBound < goal { break }
            candidate = next
        }
        return min(max(candidate, 0), max(0, items.count - 1))
    }
}
