import HearsayModel
import HearsaySearch

extension AppState {
    /// The article an in-article search applies to: the dialogue view's or the reader's.
    var searchedArticle: Int? { articlePane?.article }

    /// Starts folding the corpus for searching (nothing is folded yet: the runtime folds it a
    /// slice at a time, `advanceSearchWork`).
    mutating func startFolding() {
        if search.folding == nil { search.folding = FoldingProgress(total: corpus.articles.count) }
    }

    /// The articles folded so far, a prefix of the corpus: what the list filter and the coverage
    /// search look at now. Never folds anything itself, so a key press never waits for that.
    var foldedSoFar: FoldedCorpus {
        search.folding?.corpus ?? FoldedCorpus(folded: [])
    }

    /// Article `index` folded: from the folded corpus when it is folded already, else folded alone
    /// (and kept, since each key typed at the prompt searches it again).
    mutating func foldedArticle(_ index: Int) -> FoldedArticle {
        if let folding = search.folding, index < folding.folded.count { return folding.folded[index] }
        if let cached = search.foldedArticle, cached.index == index { return cached.text }
        let folded = FoldedArticle(corpus.articles[index])
        search.foldedArticle = (index, folded)
        return folded
    }

    /// Closes the prompt (the views stay as they are).
    mutating func closeSearchPrompt() {
        search.prompt = nil
        search.origin = nil
        navigator.closePrompt()
    }
}
