import Foundation
import HearsayModel

extension AppState {
    mutating func perform(_ action: SharingAction) -> [Effect] {
        guard let articleIndex = openArticle else { return [] }
        let article = corpus.articles[articleIndex]
        switch action {
        case .openSource:
            guard let url = article.sourceURL, !url.isEmpty else {
                message = "this article has no source link (front matter source, url or link)"
                return []
            }
            message = "opening \(url)"
            return [.openURL(url)]
        case .copy:
            guard clipboard.isEnabled else {
                message = clipboard.reason ?? "copying is off"
                return []
            }
            guard let text = textUnderCursor(in: article) else {
                message = "y copies the sentence under the reading cursor: ) starts it"
                return []
            }
            message = "copied \(text.count) characters"
            return [.copyToClipboard(text)]
        }
    }

    /// The highlight under the reading cursor, else the cursor's sentence (or selection).
    func textUnderCursor(in article: Article) -> String? {
        guard let cursor = activeCursor else { return nil }
        if !cursor.isSelecting, let highlight = highlightUnderCursor { return highlight.anchor.exact }
        let text = ArticleText(article: article)
        guard let start = text.flatOffset(of: cursor.range.lowerBound), let end = text.flatOffset(of: cursor.range.upperBound),
            start < end
        else { return nil }
        return text.substring(start..<end).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
