import HearsayModel

/// How the corpus on screen stands: its generation, how far loading has got, the articles whose
/// file is gone, and the article to reopen once it arrives. Changed only by
/// `AppState.adoptCorpusChange`.
public struct CorpusState: Sendable {
    /// Goes up with every change to `AppState.corpus`: what is derived from the corpus (an
    /// index, a cache) is stale when its generation is older.
    public internal(set) var generation = 0
    /// How far loading has got; `nil` once everything is loaded (or when it was loaded before the
    /// first frame).
    public internal(set) var loading: LoadingProgress?
    /// Articles whose file was deleted while hearsay ran (indices in `Corpus.articles`): out of the
    /// list, kept in the corpus so that no index moves.
    public internal(set) var removed: Set<Int> = []
    /// The article open at the last quit, with its place, when it had not arrived yet at start:
    /// opened when it arrives unless the user went somewhere meanwhile.
    var pendingReopen: (id: String, position: ReadingPosition?)?

    public init() {}

    /// `loading 3,412/10,000` (`loading…` while the folders are walked), or `nil` once loaded.
    public var loadingText: String? {
        guard let loading else { return nil }
        guard let total = loading.total else { return "loading…" }
        return "loading \(Self.grouped(loading.done))/\(Self.grouped(total))"
    }

    static func grouped(_ number: Int) -> String {
        var digits = Array(String(number))
        var index = digits.count - 3
        while index > 0 {
            digits.insert(",", at: index)
            index -= 3
        }
        return String(digits)
    }
}
