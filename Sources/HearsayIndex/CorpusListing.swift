import HearsayModel

/// What `hearsay list` and `hearsay speakers` print, and the loading problems they report: made
/// from a loaded corpus or from the index's records, the same either way.
public struct CorpusListing: Sendable {
    /// In load order, ids made unique as the loader makes them.
    public let articles: [ArticleSummary]
    /// Most turns first, ties by name (`SpeakerListing.entries`).
    public let speakers: [SpeakerListing.Entry]
    /// Walking problems first, then each file's, in load order.
    public let diagnostics: [Diagnostic]

    public init(corpus: Corpus) {
        articles = ArticleListing.summaries(corpus)
        speakers = SpeakerListing.entries(corpus)
        diagnostics = corpus.diagnostics
    }

    /// From the records of `files`, in order (what `ArticleIndex.refresh` returns).
    public init(records: [IndexedArticle], of files: [ArticleFile], walkDiagnostics: [Diagnostic]) {
        var ids = ArticleIDs()
        var summaries: [ArticleSummary] = []
        var diagnostics = walkDiagnostics
        var speakers = SpeakerTally()
        for (record, file) in zip(records, files) {
            diagnostics += record.diagnostics
            guard var summary = record.summary else { continue }
            summary.id = ids.claim(summary.id, displayPath: file.displayPath)
            speakers.add(record.speakerTurns, of: summary)
            summaries.append(summary)
        }
        self.articles = summaries
        self.speakers = speakers.entries
        self.diagnostics = diagnostics
    }
}

/// Speakers counted article by article, as `SpeakerIndex` counts them: one entry per speaker id,
/// named as first written in the corpus, in order of first turn before sorting.
private struct SpeakerTally {
    private var entryByID: [String: Int] = [:]
    private var building: [SpeakerListing.Entry] = []

    mutating func add(_ turns: [IndexedArticle.SpeakerTurns], of article: ArticleSummary) {
        for speaker in turns {
            let entry: Int
            if let known = entryByID[speaker.id] {
                entry = known
            } else {
                entry = building.count
                entryByID[speaker.id] = entry
                building.append(SpeakerListing.Entry(name: speaker.name, id: speaker.id, turns: 0, articles: []))
            }
            building[entry].turns += speaker.turns
            building[entry].articles.append(
                SpeakerListing.ArticleTurns(id: article.id, title: article.title, turns: speaker.turns))
        }
    }

    var entries: [SpeakerListing.Entry] {
        building.sorted { $0.turns != $1.turns ? $0.turns > $1.turns : $0.name < $1.name }
    }
}
