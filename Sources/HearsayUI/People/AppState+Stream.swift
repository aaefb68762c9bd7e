import HearsayModel

extension AppState {
    mutating func perform(_ action: StreamAction) -> [Effect] {
        guard var stream, let item = stream.cursorItem else { return [] }
        let height = screenLayout.readerHeight
        switch action {
        case .move(let motion):
            switch motion {
            case .down: stream.cursor = min(stream.cursor + 1, stream.items.count - 1)
            case .up: stream.cursor = max(stream.cursor - 1, 0)
            case .top: stream.cursor = 0
            case .bottom: stream.cursor = stream.items.count - 1
            case .pageDown, .halfPageDown:
                stream.cursor = stream.itemAfterPage(forward: true, height: motion == .pageDown ? height : height / 2)
            case .pageUp, .halfPageUp: stream.cursor = stream.itemAfterPage(forward: false, height: motion == .pageUp ? height : height / 2)
            }
        case .nextArticle:
            guard stream.groups.indices.contains(item.group + 1) else {
                message = "last article"
                return []
            }
            stream.cursor = stream.groups[item.group + 1].items.lowerBound
        case .previousArticle:
            let group = stream.groups[item.group].items.lowerBound == stream.cursor ? item.group - 1 : item.group
            guard stream.groups.indices.contains(group) else {
                message = "first article"
                return []
            }
            stream.cursor = stream.groups[group].items.lowerBound
        case .openInArticle:
            let article = corpus.articles[item.article]
            switch item.utterance {
            case .turn(let turn):
                return go(to: .dialogue(article: item.article, at: .turn(turn, shownSpeakers: nil)))
            case .quote(let quote):
                return go(to: .reader(article: item.article, at: .inView(article.quotes[quote].range)))
            }
        }
        self.stream = stream
        relayout()
        return []
    }
}
