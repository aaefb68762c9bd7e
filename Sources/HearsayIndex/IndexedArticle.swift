import HearsayModel

/// What the index keeps about one file: what `list`, `speakers` and the loading report need,
/// without the article's text. Made only from a real parse, so it says what a parse would.
public struct IndexedArticle: Sendable, Hashable {
    /// The file's row in summary form, with the id it was parsed with (duplicates are renamed
    /// later, in load order); `nil` when the file holds no article (binary, skipped).
    public var summary: ArticleSummary?
    /// Each speaker's turns in this article, in order of their first turn.
    public var speakerTurns: [SpeakerTurns]
    /// What loading the file reported, in order.
    public var diagnostics: [Diagnostic]

    public struct SpeakerTurns: Sendable, Hashable {
        public var id: String
        /// The name as first written in this article.
        public var name: String
        public var turns: Int
    }

    init(summary: ArticleSummary?, speakerTurns: [SpeakerTurns], diagnostics: [Diagnostic]) {
        self.summary = summary
        self.speakerTurns = speakerTurns
        self.diagnostics = diagnostics
    }

    public init(_ result: ParseResult) {
        summary = result.article.map(ArticleSummary.init(article:))
        speakerTurns = result.article.map(IndexedArticle.speakerTurns(of:)) ?? []
        diagnostics = result.diagnostics
    }
    /// Turns per speaker id, as `UtteranceIndex` counts them (turns of a speaker the article lists).
    private static func speakerTurns(of article: Article) -> [SpeakerTurns] {
        var slotByID: [String: Int] = [:]
        var tallies: [SpeakerTurns] = []
        for turn in article.turns where article.speakers.indices.contains(turn.speaker) {
            let speaker = article.speakers[turn.speaker]
            if let slot = slotByID[speaker.id] {
                tallies[slot].turns += 1
            } else {
                slotByID[speaker.id] = tallies.count
                tallies.append(SpeakerTurns(id: speaker.id, name: speaker.name, turns: 1))
            }
        }
        return tallies
    }
}
