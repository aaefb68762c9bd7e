import Foundation
import HearsayModel

/// Highlights prepared for export: grouped by article, found again in the current text, with the
/// speaker of the turn they sit in. Orphaned highlights are exported too, marked as such.
public struct HighlightExport: Sendable {
    /// One article's highlights, in reading order.
    public struct Group: Sendable {
        public var articleID: String
        /// `nil` when the article is not in the loaded corpus (positions then cannot be checked).
        public var article: Article?
        /// The article's title and source link: the loaded article's, else as its highlights
        /// remember them (`HighlightDetails`).
        public var title: String?
        public var sourceURL: String?
        public var entries: [Entry]
    }

    /// One highlight and where it is now.
    public struct Entry: Sendable {
        public var highlight: Highlight
        /// `nil` when the article is not loaded.
        public var resolution: AnchorResolution?
        /// The speaker of the dialogue turn the highlight starts in (as last seen, when the article
        /// is not loaded).
        public var speaker: String?
        /// Code-point offsets into the article's flattened text (`ArticleText`), unless orphaned;
        /// as last seen when the article is not loaded.
        public var codePointRange: Range<Int>?
    }

    public var groups: [Group]

    /// Groups follow the order of `articles`; highlights of articles not among them come last, by id.
    public init(highlights: [Highlight], articles: [Article]) {
        let byArticle = Dictionary(grouping: highlights, by: \.articleID)
        var orderedIDs = articles.map(\.id).filter { byArticle[$0] != nil }
        var seen = Set(orderedIDs)
        for id in byArticle.keys.sorted() where !seen.contains(id) {
            orderedIDs.append(id)
            seen.insert(id)
        }
        let articlesByID = Dictionary(articles.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        groups = orderedIDs.map { id in
            let article = articlesByID[id]
            let highlights = byArticle[id] ?? []
            let entries = HighlightExport.entries(for: highlights, in: article)
            guard let article else {
                let latest = highlights.latestArticleDetails
                return Group(
                    articleID: id, article: nil, title: latest?.articleTitle, sourceURL: latest?.sourceURL,
                    entries: entries)
            }
            return Group(
                articleID: id, article: article, title: article.title.isEmpty ? nil : article.title,
                sourceURL: article.sourceURL, entries: entries)
        }
    }

    private static func entries(for highlights: [Highlight], in article: Article?) -> [Entry] {
        guard let article else {
            return
                highlights
                .sorted { ($0.anchor.start, $0.created) < ($1.anchor.start, $1.created) }
                .map {
                    Entry(
                        highlight: $0, resolution: nil, speaker: $0.details.speaker,
                        codePointRange: $0.details.codePoints)
                }
        }
        let text = ArticleText(article: article)
        let entries = highlights.map { highlight -> Entry in
            let resolution = text.resolve(highlight.anchor)
            var codePoints: Range<Int>?
            if let range = resolution.range, let start = text.flatOffset(of: range.lowerBound),
                let end = text.flatOffset(of: range.upperBound)
            {
                codePoints = text.codePointOffset(ofFlatOffset: start)..<text.codePointOffset(ofFlatOffset: end)
            }
            let block = resolution.range?.lowerBound.block ?? highlight.anchor.start.block
            return Entry(
                highlight: highlight, resolution: resolution, speaker: article.speakerName(atBlock: block),
                codePointRange: codePoints)
        }
        // Found highlights in reading order; orphans (no place any more) after them, oldest first.
        return entries.sorted { a, b in
            switch (a.resolution?.range, b.resolution?.range) {
            case let (rangeA?, rangeB?):
                return (rangeA.lowerBound, a.highlight.created) < (rangeB.lowerBound, b.highlight.created)
            case (.some, nil): return true
            case (nil, .some): return false
            case (nil, nil): return a.highlight.created < b.highlight.created
            }
        }
    }
}
