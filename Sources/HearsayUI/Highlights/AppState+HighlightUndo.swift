import Foundation
import HearsayModel

extension AppState {
    /// Runs a highlight edit and records what it changed (the highlights its effects save or
    /// delete, before and after), so that `u` can undo it and `Ctrl-R` redo it.
    mutating func recordingHighlightChange(_ edit: (inout AppState) -> [Effect]) -> [Effect] {
        let before = highlights.all
        let effects = edit(&self)
        var touched: [UUID] = []
        for effect in effects {
            switch effect {
            case .saveHighlight(let highlight): touched.append(highlight.id)
            case .deleteHighlight(let id): touched.append(id)
            default: continue
            }
        }
        guard !touched.isEmpty else { return effects }
        let ids = Set(touched)
        let change = HighlightChange(
            before: before.filter { ids.contains($0.id) }, after: highlights.all.filter { ids.contains($0.id) })
        if change.before != change.after { highlights.history.record(change) }
        return effects
    }

    /// `u`: the last highlight change is undone.
    mutating func undoHighlightChange() -> [Effect] {
        guard let change = highlights.history.takeUndo() else {
            message = "nothing to undo"
            return []
        }
        return apply(change, replacing: change.after, with: change.before, saying: "undone")
    }

    /// `Ctrl-R`: the change undone last is made again.
    mutating func redoHighlightChange() -> [Effect] {
        guard let change = highlights.history.takeRedo() else {
            message = "nothing to redo"
            return []
        }
        return apply(change, replacing: change.before, with: change.after, saying: "redone")
    }

    /// Takes `old` away and puts `new` in, each where its text is in its article now; says what
    /// was done, naming the article when it is not the one on screen, and shows the text when it is.
    private mutating func apply(
        _ change: HighlightChange, replacing old: [Highlight], with new: [Highlight], saying verb: String
    ) -> [Effect] {
        let kept = Set(new.map(\.id))
        var effects: [Effect] = []
        for highlight in old where !kept.contains(highlight.id) {
            highlights.remove(id: highlight.id)
            effects.append(.deleteHighlight(id: highlight.id))
        }
        let articleIndex = change.articleID.flatMap { id in corpus.articles.firstIndex { $0.id == id } }
        let text = articleIndex.map { ArticleText(article: corpus.articles[$0]) }
        var shown: Range<TextPosition>?
        for highlight in new {
            let range = text?.resolve(highlight.anchor).range
            highlights.put(highlight, at: range)
            effects.append(.saveHighlight(highlight))
            if let range { shown = shown.map { min($0.lowerBound, range.lowerBound)..<max($0.upperBound, range.upperBound) } ?? range }
        }
        message = "\(verb): \(change.summary)"
        if let articleIndex, articleIndex != articlePane?.article {
            let article = corpus.articles[articleIndex]
            message = "\(verb): \(change.summary) in \(article.title.isEmpty ? article.id : article.title)"
        } else if let place = shown ?? old.compactMap({ text?.resolve($0.anchor).range }).first {
            reveal(place, placement: .nearest)
        }
        return effects
    }
}
