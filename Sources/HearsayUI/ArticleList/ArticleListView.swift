/// Draws the article list: two rows per article (title, then metadata), the selection
/// highlighted across the pane's width.
enum ArticleListView {
    static func render(_ state: AppState, in rect: Rect, into buffer: inout ScreenBuffer, styles: Styles) {
        let articles = state.corpus.articles
        guard !articles.isEmpty else {
            buffer.writeTruncated(
                " No articles. Give files or folders: hearsay PATH…", x: rect.x, y: rect.y,
                width: rect.width, style: styles.emptyMessage, ellipsis: styles.glyphs.ellipsis)
            return
        }
        let visible = state.screenLayout.listVisibleEntries
        let marks = Dictionary(state.highlights.all.map { ($0.articleID, 1) }, uniquingKeysWith: +)
        let focused = state.focus == .list && state.overlay == nil
        for slot in 0..<visible {
            let position = state.list.top + slot
            guard position < state.list.order.count else { break }
            let article = articles[state.list.order[position]]
            let entry = ArticleListEntry(article: article, marks: marks[article.id] ?? 0)
            let y = rect.y + slot * ScreenLayout.listEntryHeight
            let selected = position == state.list.selection
            var titleStyle = styles.listTitle, metadataStyle = styles.listMetadata
            if state.persistence.readArticleIDs.contains(articles[state.list.order[position]].id) { titleStyle = styles.listRead }
            if selected {
                titleStyle = focused ? styles.listSelected : styles.listSelectedInactive
                metadataStyle = titleStyle
                buffer.fill(Rect(x: rect.x, y: y, width: rect.width, height: ScreenLayout.listEntryHeight), style: titleStyle)
            }
            let width = rect.width - 2
            buffer.writeTruncated(
                entry.title, x: rect.x + 1, y: y, width: width, style: titleStyle,
                ellipsis: styles.glyphs.ellipsis)
            if marks[article.id] != nil {
                // In the margin before the title, so the titles stay aligned.
                buffer.write(styles.glyphs.markedArticle, x: rect.x, y: y, limit: rect.x + 1, style: titleStyle)
            }
            buffer.writeTruncated(
                entry.metadata, x: rect.x + 3, y: y + 1, width: width - 2, style: metadataStyle,
                ellipsis: styles.glyphs.ellipsis)
        }
    }
}
