import ArgumentParser
import Foundation
import HearsayIndex
import HearsayModel
import HearsaySearch

/// The files and folders a command reads; the embedded sample corpus when none are given.
struct CorpusOptions: ParsableArguments {
    @Argument(help: "Files or folders of coverage (.txt, .md, .markdown). Default: the built-in samples.")
    var paths: [String] = []

    @Flag(help: "Read the files only: neither read nor update the index in the cache folder.")
    var noCache = false

    @Option(
        help: ArgumentHelp(
            "The index's folder (default: $XDG_CACHE_HOME/hearsay, else ~/.cache/hearsay).",
            valueName: "dir"))
    var cacheDir: String?

    func loadCorpus() -> Corpus {
        Self.withUserSpeakers(paths.isEmpty ? SampleCorpus.load() : CorpusLoader().load(pathBytes: paths.map(RawArguments.bytes(of:))))
    }

    /// The corpus with `$XDG_CONFIG_HOME/hearsay/speakers.toml` applied (renames, merges, splits); its problems
    /// join the corpus's diagnostics.
    static func withUserSpeakers(_ corpus: Corpus) -> Corpus {
        let (overrides, problems) = userSpeakers
        var applied = corpus.applying(overrides)
        applied.diagnostics += problems
        return applied
    }

    /// What `list` prints: from the index, reading only the files that changed since the last start,
    /// or from the files when there is no usable index or the user's speakers.toml changes who is
    /// who (the index keeps speakers as the files name them).
    func loadListing() -> CorpusListing {
        guard !Self.hasUserSpeakers, let index = openIndex() else { return CorpusListing(corpus: loadCorpus()) }
        let list = ArticleFileList(paths: paths)
        do {
            let refresh = try index.refresh(list.files, pruningUnder: list.folders)
            reportNotices(index.notices)
            return CorpusListing(records: refresh.records, of: list.files, walkDiagnostics: list.diagnostics)
        } catch {
            reportNotices(index.notices + [index.abandon(after: error)])
            return CorpusListing(corpus: loadCorpus())
        }
    }

    /// Every article's head (who speaks, turns, quotes, aliases) with the user's speakers.toml
    /// applied: from the index, reading only the files that changed since the last start, or from
    /// the files when there is no usable index.
    func loadHeads() -> Corpus {
        guard let index = openIndex() else { return loadCorpus() }
        let list = ArticleFileList(paths: paths)
        do {
            let refresh = try index.refresh(list.files, pruningUnder: list.folders)
            reportNotices(index.notices)
            return Self.withUserSpeakers(Corpus(records: refresh.records, of: list.files, walkDiagnostics: list.diagnostics))
        } catch {
            reportNotices(index.notices + [index.abandon(after: error)])
            return loadCorpus()
        }
    }

    /// The articles a coverage search must look at, folded: through the index's full-text search
    /// when there is one, else the whole corpus.
    func loadForSearch(_ query: SearchQuery) -> (Corpus, FoldedCorpus) {
        if let (search, index) = indexedSearch(query) {
            do {
                return try search.everything()
            } catch {
                reportNotices([index.abandon(after: error)])
            }
        }
        let corpus = loadCorpus()
        return (corpus, FoldedCorpus(corpus))
    }

    /// A search through the index (its files refreshed, its scope made), or `nil` when the files
    /// must be searched instead: a speaker's words are also quotations in prose, which the index
    /// does not keep; speakers.toml changes who is who; there is no usable index.
    func indexedSearch(_ query: SearchQuery) -> (search: IndexedSearch, index: ArticleIndex)? {
        guard query.speaker == nil, !Self.hasUserSpeakers, let index = openIndex() else { return nil }
        do {
            let search = try IndexedSearch(query: query, files: ArticleFileList(paths: paths), index: index)
            reportNotices(index.notices)
            return (search, index)
        } catch {
            reportNotices(index.notices + [index.abandon(after: error)])
            return nil
        }
    }

    /// Reports that the index failed midway through a search (the rest is read from the files).
    func reportAbandoned(_ index: ArticleIndex, after error: Error) {
        reportNotices([index.abandon(after: error)])
    }

    /// Whether speakers.toml renames, merges or splits anyone (or cannot be read: its problems are then reported
    /// by the full load).
    static var hasUserSpeakers: Bool {
        !userSpeakers.overrides.isEmpty || !userSpeakers.problems.isEmpty
    }

    /// speakers.toml, read once per run: deciding whether the index may be used and applying it to the files
    /// read the same file (a command runs once per process, and the environment does not change meanwhile).
    private static let userSpeakers: (overrides: SpeakerOverrides, problems: [Diagnostic]) = SpeakerOverrides.load(
        environment: ProcessInfo.processInfo.environment)

    /// The index's folder, unless the sample corpus is read or `--no-cache` was given.
    var indexFolder: String? {
        // A path given in bytes that are not UTF-8 (a GBK name) is opened by those bytes: the index
        // keys files by text, so it steps aside.
        guard !paths.isEmpty, !noCache, paths.allSatisfy({ RawArguments.bytes(of: $0) == Array($0.utf8) }) else { return nil }
        return CacheFolder.resolve(explicit: cacheDir, environment: ProcessInfo.processInfo.environment)
    }

    /// The index, unless the sample corpus is read, `--no-cache` was given or it cannot be opened
    /// (then the reason is on standard error).
    private func openIndex() -> ArticleIndex? {
        guard let folder = indexFolder else { return nil }
        let opening = ArticleIndex.open(folder: folder)
        reportNotices(opening.notices)
        return opening.index
    }

    private func reportNotices(_ notices: [String]) {
        guard !notices.isEmpty else { return }
        FileHandle.standardError.write(Data(notices.map { "hearsay: \($0)\n" }.joined().utf8))
    }

    /// A path given that cannot be read (`/nope`) is an error, exit status 2 with the reason on
    /// standard error, unless another path gave articles: an empty table or reader would hide it.
    func requireReadablePaths(articleCount: Int, diagnostics: [Diagnostic]) throws {
        guard !paths.isEmpty, articleCount == 0,
            diagnostics.contains(where: { $0.severity == .error && $0.line == 0 && $0.message.hasPrefix("cannot read") })
        else { return }
        reportProblems(diagnostics)
        throw ExitCode(2)
    }

    /// Loading problems on standard error: the errors themselves when there are few (a path
    /// that does not exist should say so), else a count pointing at `hearsay check`.
    func reportProblems(_ diagnostics: [Diagnostic]) {
        let errors = diagnostics.filter { $0.severity == .error }
        let warnings = diagnostics.count - errors.count
        guard !diagnostics.isEmpty else { return }
        if errors.count <= 3 {
            for error in errors { SafeOutput.error("hearsay: \(error.description)") }
        }
        if errors.count > 3 || warnings > 0 {
            SafeOutput.error("hearsay: \(errors.count) error(s), \(warnings) warning(s) while loading; run `hearsay check` for details")
        }
    }
}
