import HearsayModel

/// What the index keeps about one file: what `list`, `speakers` and the loading report need,
/// without the article's text. Made only from a real parse, so it says what a parse would.
public struct IndexedArticle: Sendable, Hashable, Codable {
    /// The file's row in summary form, with the id it was parsed with (duplicates are renamed
    /// later, in load order); `nil` when the file holds no article (binary, skipped).
    public var summary: ArticleSummary?
    /// Each speaker's turns in this article, in order of their first turn.
    public var speakerTurns: [SpeakerTurns]
    /// What loading the file reported, in order.
    public var diagnostics: [StoredDiagnostic]

    public struct SpeakerTurns: Sendable, Hashable, Codable {
        public var id: String
        /// The name as first written in this article.
        public var name: String
        public var turns: Int
    }

    public struct StoredDiagnostic: Sendable, Hashable, Codable {
        public var file: String
        public var line: Int
        public var severity: Diagnostic.Severity
        public var message: String

        init(_ diagnostic: Diagnostic) {
            file = diagnostic.file
            line = diagnostic.line
            severity = diagnostic.severity
            message = diagnostic.message
        }

        var diagnostic: Diagnostic { Diagnostic(file: file, line: line, severity: severity, message: message) }
    }

    public init(_ result: ParseResult) {
        summary = result.article.map(ArticleSummary.init(article:))
        speakerTurns = result.article.map(IndexedArticle.speakerTurns(of:)) ?? []
        diagnostics = result.diagnostics.map(StoredDiagnostic.init)
    }

    /// Turns per speaker id, as `SpeakerIndex` counts them (turns of a speaker the article lists).
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
