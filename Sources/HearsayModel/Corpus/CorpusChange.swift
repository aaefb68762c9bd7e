/// What arrives in a corpus that is still loading or that changed on disk: articles added at the
/// end, articles replaced in place (a file changed), articles whose file is gone. Indices never
/// move: what refers to an article by its index in `Corpus.articles` (the list, the open article,
/// search results, the back trail) stays right across every change.
public struct CorpusChange: Sendable, Hashable {
    /// Added after the articles there are, in this order.
    public var appended: [Article]
    /// New content for existing articles, by index in `Corpus.articles`.
    public var replaced: [Int: Article]
    /// Articles whose file was deleted (indices in `Corpus.articles`; the article stays there,
    /// out of the list, so that no index moves).
    public var removed: Set<Int>
    /// Loading problems of the files read for this change.
    public var diagnostics: [Diagnostic]
    /// How far loading has got after this change; `nil` once everything is loaded.
    public var progress: LoadingProgress?
    /// Said in the status bar once loading ends (the loading problems, if any).
    public var summary: String?

    public init(
        appended: [Article] = [], replaced: [Int: Article] = [:], removed: Set<Int> = [], diagnostics: [Diagnostic] = [],
        progress: LoadingProgress? = nil, summary: String? = nil
    ) {
        self.appended = appended
        self.replaced = replaced
        self.removed = removed
        self.diagnostics = diagnostics
        self.progress = progress
        self.summary = summary
    }

    /// Whether the change touches no article (only progress or problems).
    public var touchesNoArticle: Bool { appended.isEmpty && replaced.isEmpty && removed.isEmpty }
}

/// Files read of those found, while a corpus loads.
public struct LoadingProgress: Sendable, Hashable {
    public var done: Int
    /// `nil` while the folders are still being walked.
    public var total: Int?

    public init(done: Int, total: Int?) {
        self.done = done
        self.total = total
    }
}

extension Corpus {
    /// This corpus with `change` applied: appended articles after the others, replaced ones in
    /// place, problems added. (Removed articles stay: the caller hides them.)
    public func applying(_ change: CorpusChange) -> Corpus {
        var changed = self
        changed.apply(change)
        return changed
    }

    /// Applies `change` in place: what it costs follows what changed, not the corpus (while no
    /// one else holds this corpus, its articles are not copied).
    public mutating func apply(_ change: CorpusChange) {
        guard !change.touchesNoArticle || !change.diagnostics.isEmpty else { return }
        for (index, article) in change.replaced where articles.indices.contains(index) { replace(at: index, with: article) }
        append(contentsOf: change.appended)
        diagnostics += change.diagnostics
    }
}
