import HearsayModel

extension AppState {
    /// Opens the article `step` leads to from the one open, in the same view: the dialogue view
    /// stays the dialogue view when the next article has one (turns, or quotes in prose), else
    /// the reader shows it. The
    /// step replaces the article on the back trail (as moving between messages in mutt's pager),
    /// so `q` goes back to where the first article was opened from.
    mutating func step(_ step: ArticleStep) -> [Effect] {
        guard let current = openArticle else { return [] }
        guard let target = articleTarget(of: step, from: current) else {
            switch step {
            case .next: message = "last article"
            case .previous: message = "first article"
            case .nextUnread: message = "no unread article"
            }
            return []
        }
        let article = corpus.articles[target]
        let position = (list.order.firstIndex(of: target) ?? 0) + 1
        let effects: [Effect]
        if focus == .dialogue, Self.hasDialogue(article) {
            effects = go(to: .dialogue(article: target, at: .asLeft), step: .replace)
        } else {
            effects = go(to: .reader(article: target, at: .asLeft), step: .replace)
        }
        message = "\(position)/\(list.order.count) \(article.title)"
        return effects
    }

    /// The article `step` leads to from `current` in list order, `nil` when there is none.
    func articleTarget(of step: ArticleStep, from current: Int) -> Int? {
        let order = list.order
        guard let position = order.firstIndex(of: current) else { return order.first }
        switch step {
        case .next:
            return order.indices.contains(position + 1) ? order[position + 1] : nil
        case .previous:
            return position > 0 ? order[position - 1] : nil
        case .nextUnread:
            let after = order[(position + 1)...] + order[..<position]
            return after.first { !persistence.readArticleIDs.contains(corpus.articles[$0].id) }
        }
    }
}
