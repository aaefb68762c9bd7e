/// Loads files and folders into a `Corpus`. (Stub: the foundation issue fills it in.)
public struct CorpusLoader: Sendable {
    public init() {}

    /// Loads every `.txt`, `.md` and `.markdown` file under `paths` (files or folders).
    /// Never throws for a bad file: problems become `Corpus.diagnostics`.
    public func load(paths: [String]) -> Corpus {
        Corpus(articles: [])
    }
}

/// The articles built into the executable, used when no path is given.
public enum SampleCorpus {
    public static func load() -> Corpus {
        Corpus(articles: [])
    }
}
