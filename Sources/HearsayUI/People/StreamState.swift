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
    /// What the stream shows of the article: the person's turns and quotes there.
    public var mode: LayoutMode
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
    /// The search's matches in the articles other than the one under the cursor.
    let matchesElsewhere = StreamMatches()
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
            let speaker = text.speakers.firstIndex { entry.ids.contains($0.id) }
            let quotes = items[start...].compactMap(\.utterance.quote)
            groups.append(
                StreamGroup(
                    article: article, articleID: text.id, items: start..<items.count, speaker: speaker,
                    mode: .utterances(speakers: speaker.map { [$0] } ?? [], quotes: Set(quotes))))
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

    /// An article's heading, then its layout in the group's mode: each line under the item it
    /// shows, a blank row between utterances.
    private mutating func layOutGroup(_ index: Int, corpus: Corpus) {
        let group = groups[index]
        let layout = ArticleLayout(article: corpus.articles[group.article], width: width, mode: group.mode)
        layouts[index] = layout
        if index > 0 { rows.append(.blank) }
        rows.append(.heading(group: index))
        var itemOfTurn: [Int: Int] = [:]
        var itemOfQuote: [Int: Int] = [:]
        for item in group.items {
            switch items[item].utterance {
            case .turn(let turn): itemOfTurn[turn] = item
            case .quote(let quote): itemOfQuote[quote] = item
            }
        }
        var rowsOfItem: [Int: Range<Int>] = [:]
        var line = 0
        while layout.hasLine(line) {
            let laidOut = layout.line(line)
            line += 1
            guard let item = laidOut.turn.flatMap({ itemOfTurn[$0] }) ?? laidOut.quote.flatMap({ itemOfQuote[$0] }) else {
                rows.append(.blank)
                continue
            }
            rowsOfItem[item] = (rowsOfItem[item]?.lowerBound ?? rows.count)..<(rows.count + 1)
            rows.append(.text(item: item, line: laidOut))
        }
        // A quote inside one of the person's turns shows in the turn: it has no rows of its own.
        for item in group.items { itemRows.append(rowsOfItem[item] ?? rows.count..<rows.count) }
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
