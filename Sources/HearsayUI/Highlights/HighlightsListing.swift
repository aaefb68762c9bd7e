import Foundation
import HearsayModel
import HearsayText

/// The rows of the highlights view: a heading for each article (in the list's order), then its
/// highlights in text order, each with its note on a row of its own.
struct HighlightsListing {
    enum Row: Hashable {
        case article(title: String)
        /// `entry` indexes `entries`.
        case highlight(entry: Int)
        case note(entry: Int)
    }

    struct Entry {
        var highlight: Highlight
        /// Index into `Corpus.articles`, `nil` when the article is not loaded.
        var article: Int?
        var range: Range<TextPosition>?
        var speaker: String?
        /// Index of the speaker in the article's `speakers`, for the speaker's colour.
        var speakerIndex: Int?
    }

    var rows: [Row] = []
    var entries: [Entry] = []

    init(_ state: AppState, colorFilter: Int?) {
        let articleIndex = Dictionary(
            state.corpus.articles.indices.map { (state.corpus.articles[$0].id, $0) },
            uniquingKeysWith: { first, _ in first })
        let listPosition = Dictionary(state.list.order.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        let shown = state.highlights.all.filter { colorFilter == nil || $0.color == colorFilter }
        let byArticle = Dictionary(grouping: shown, by: \.articleID)
        let articleIDs = byArticle.keys.sorted { a, b in
            let pa = articleIndex[a].flatMap { listPosition[$0] } ?? Int.max
            let pb = articleIndex[b].flatMap { listPosition[$0] } ?? Int.max
            return pa != pb ? pa < pb : a < b
        }
        for id in articleIDs {
            let index = articleIndex[id]
            let article = index.map { state.corpus.articles[$0] }
            // An article not loaded is named as its most recently changed highlight last saw it.
            let remembered = byArticle[id]!.latestArticleDetails?.articleTitle
            rows.append(
                .article(
                    title: article.map { $0.title.isEmpty ? $0.id : $0.title }
                        ?? "\(remembered ?? id) (not loaded)"))
            let sorted = byArticle[id]!.map { highlight in
                (highlight, state.highlights.ranges[highlight.id])
            }.sorted { a, b in
                switch (a.1, b.1) {
                case let (x?, y?) where x.lowerBound != y.lowerBound: return x.lowerBound < y.lowerBound
                case (_?, nil): return true
                case (nil, _?): return false
                default: return a.0.created < b.0.created
                }
            }
            for (highlight, range) in sorted {
                let speaker = range.flatMap { article?.speakerIndex(atBlock: $0.lowerBound.block) }
                let name = speaker.map { article!.speakers[$0].name } ?? (article == nil ? highlight.details.speaker : nil)
                entries.append(
                    Entry(
                        highlight: highlight, article: index, range: range, speaker: name,
                        speakerIndex: speaker))
                rows.append(.highlight(entry: entries.count - 1))
                if highlight.note != nil { rows.append(.note(entry: entries.count - 1)) }
            }
        }
    }

    /// The row showing entry `entry`.
    func row(ofEntry entry: Int) -> Int? {
        rows.firstIndex(of: .highlight(entry: entry))
    }
}
