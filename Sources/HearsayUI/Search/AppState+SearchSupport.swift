import HearsayModel
import HearsaySearch

extension AppState {
    /// The article an in-article search applies to: the dialogue view's or the reader's.
    var searchedArticle: Int? {
        switch focus {
        case .list: nil
        case .reader: reader.article
        case .dialogue: dialogue.article
        }
    }

    /// Every article folded for searching, built the first time it is needed (not at startup),
    /// or finished from what the pause before the first key folded.
    mutating func foldedCorpus() -> FoldedCorpus {
        if let folded = search.foldedCorpus { return folded }
        // What the pause after the prompt opened has folded already is kept.
        let folded = search.folding.map { $0.finished(in: corpus) } ?? FoldedCorpus(corpus)
        search.foldedCorpus = folded
        search.folding = nil
        search.foldedArticle = nil
        return folded
    }

    /// Article `index` folded: from the folded corpus when there is one, else folded alone (and
    /// kept, since each key typed at the prompt searches it again).
    mutating func foldedArticle(_ index: Int) -> FoldedArticle {
        if let folded = search.foldedCorpus { return folded.articles[index] }
        if let cached = search.foldedArticle, cached.index == index { return cached.text }
        let folded = FoldedArticle(corpus.articles[index])
        search.foldedArticle = (index, folded)
        return folded
    }

    /// Closes the prompt (the views stay as they are).
    mutating func closeSearchPrompt() {
        search.prompt = nil
        search.origin = nil
        if overlay == .searchPrompt { overlay = nil }
    }
}
