extension AppState {
    mutating func perform(_ action: ListAction) -> [Effect] {
        let count = list.order.count
        guard count > 0 else { return [] }
        let page = screenLayout.listVisibleEntries
        switch action {
        case .down: list.selection = min(count - 1, list.selection + 1)
        case .up: list.selection = max(0, list.selection - 1)
        case .top: list.selection = 0
        case .bottom: list.selection = count - 1
        case .pageDown:
            list.selection = min(count - 1, list.selection + page)
            list.top = min(max(0, count - page), list.top + page)
        case .pageUp:
            list.selection = max(0, list.selection - page)
            list.top = max(0, list.top - page)
        case .open:
            guard let article = list.selectedArticle else { return [] }
            if reader.article != article { reader.open(article: article) }
            focus = .reader
        case .cycleSort:
            list.resort(corpus.articles, by: list.sort.next)
            message = "sorted by \(list.sort.rawValue)"
        }
        relayout()
        return []
    }
}
