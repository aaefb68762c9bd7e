import HearsayLayout
import HearsayModel

/// The dialogue view of an article without turns: each shown quote laid out as a person's
/// stream lays one out (the speaker's name, marked as quoted, then the words), a blank row
/// between quotes.
public struct DialogueQuoteRows: Sendable {
    /// A row on screen: a line of the quote at `utterance` (index into the navigation's utterances).
    public struct Row: Sendable {
        public var utterance: Int
        public var line: LayoutLine
    }

    public let width: Int
    public let shownSpeakers: Set<Int>?
    /// `nil` for the blank row between two quotes.
    public let rows: [Row?]
    /// The rows of each shown utterance.
    public let utteranceRows: [Int: Range<Int>]

    init(navigation: DialogueNavigation, width: Int) {
        self.width = width
        shownSpeakers = navigation.shownSpeakers
        var rows: [Row?] = []
        var utteranceRows: [Int: Range<Int>] = [:]
        for utterance in navigation.shownTurns {
            guard case .quote(let quote) = navigation.utterances[utterance] else { continue }
            if !rows.isEmpty { rows.append(nil) }
            let first = rows.count
            let lines = StreamState.quoteLines(navigation.article.quotes[quote], in: navigation.article, width: width)
            rows += lines.map { Row(utterance: utterance, line: $0) }
            utteranceRows[utterance] = first..<rows.count
        }
        self.rows = rows
        self.utteranceRows = utteranceRows
    }
}
