import HearsayText

/// The top row: the program and what is open.
enum TitleBarView {
    static func text(for state: AppState) -> String {
        let articles = state.corpus.articles
        switch state.focus {
        case .list:
            let unread = articles.lazy.filter { !state.persistence.readArticleIDs.contains($0.id) }.count
            let articleCount = " hearsay · \(articles.count) article\(articles.count == 1 ? "" : "s")"
            guard !articles.isEmpty else { return articleCount }
            return articleCount + (unread == 0 ? " · all read" : " · \(unread) unread")
        case .stream:
            return " hearsay · " + DisplaySafety.sanitized(state.stream?.name ?? "")
        case .reader, .dialogue:
            guard let index = state.reader.article else { return " hearsay" }
            return " hearsay · \(DisplaySafety.sanitized(articles[index].title))"
        }
    }

    static func render(_ state: AppState, in rect: Rect, into buffer: inout ScreenBuffer, styles: Styles) {
        buffer.fill(rect, style: styles.titleBar)
        buffer.writeTruncated(
            text(for: state), x: rect.x, y: rect.y, width: rect.width, style: styles.titleBar,
            ellipsis: styles.glyphs.ellipsis)
    }
}
