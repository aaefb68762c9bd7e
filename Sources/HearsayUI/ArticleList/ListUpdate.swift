extension AppState {
    mutating func perform(_ action: ListAction) -> [Effect] {
        let count = list.order.count
        guard count > 0 else { return [] }
        let page = screenLayout.listVisibleEntries
        switch action {
        case .move(let motion):
            let before = list.selection
            list.selection = motion.moved(from: before, count: count, page: page)
            // Paging moves the entries on screen by as many as the selection moved, as a pager
            // turns pages (otherwise scrollToSelection just keeps the selection in view).
            if motion.isPaging {
                list.top = min(max(0, count - page), max(0, list.top + list.selection - before))
            }
        case .open:
            guard let article = list.selectedArticle else { return [] }
            return go(to: .reader(article: article, at: .asLeft))
        case .cycleSort:
            list.resort(corpus.articles, by: list.sort.next)
            message = "sorted by \(list.sort.rawValue)"
        }
        relayout()
        return []
    }
}
