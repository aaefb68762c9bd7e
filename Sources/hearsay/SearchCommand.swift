import ArgumentParser
import Foundation
import HearsayModel
import HearsaySearch
import HearsayText

/// `hearsay search QUERY [PATH…]`: every match in the coverage as keyword-in-context lines,
/// grouped by article, or as JSON.
struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search the coverage and print each match in context.",
        discussion: """
            Matching ignores Latin case and treats fullwidth and halfwidth forms alike (ＡＩ finds AI, ，finds ,). \
            The query may restrict itself to what one person said (turns and quotations): 'speaker:"Thomas Wolf" 开源', \
            or use --speaker; a speaker without words lists everything they said ('speaker:Wolf', or --speaker Wolf with \
            no QUERY: then a first argument that is a file or folder is searched). The name may be a unique part of one; \
            an unknown or ambiguous name is an error listing who it could be. \
            Exits with status 1 when nothing matches.
            """
    )

    @Argument(help: "What to find (a phrase; may include speaker:NAME or speaker:\"Full Name\"; empty with a speaker: all they said).")
    var query: String = ""

    @OptionGroup var corpusOptions: CorpusOptions

    @Option(help: "Only what this person said (turns and quotations): a name, or a unique part of one; alone, everything they said.")
    var speaker: String?

    @Flag(help: "Print the matches as JSON.")
    var json = false

    @Option(help: "Line width (default: the terminal's width, or 80 when not a terminal).")
    var width: Int?

    func validate() throws {
        if let width, width < 20 { throw ValidationError("--width must be at least 20") }
    }

    func run() throws {
        // `search --speaker NAME PATH`: with a speaker the words may be left out, and then the first
        // argument, when it is a file or folder, is where to search.
        var corpusOptions = corpusOptions
        var words = query
        if speaker != nil, !query.isEmpty, FileManager.default.fileExists(atPath: query) {
            corpusOptions.paths.insert(query, at: 0)
            words = ""
        }
        let parsed = SearchQuery(parsing: words)
        let typedQuery = speaker.map { SearchQuery(text: parsed.text, speaker: $0) } ?? parsed
        guard !typedQuery.isEmpty else { throw ValidationError("Give something to search for (the query has no text).") }

        let lineWidth = width ?? SearchOutputWidth.ofStandardOutput() ?? 80
        // Text results come a page at a time from the index, printed as found (`… | head` ends at
        // once); JSON is one document, made whole.
        if !json, let (search, index) = corpusOptions.indexedSearch(typedQuery) {
            if let found = try Self.printPages(of: search, index: index, options: corpusOptions, width: lineWidth) {
                if !found { throw ExitCode(1) }
                return
            }
            // The index failed before anything was printed: search the files as a whole.
            let corpus = corpusOptions.loadCorpus()
            try printWhole(typedQuery, in: corpus, folded: FoldedCorpus(corpus), options: corpusOptions, width: lineWidth)
            return
        }
        let (corpus, folded) = corpusOptions.loadForSearch(typedQuery)
        try printWhole(typedQuery, in: corpus, folded: folded, options: corpusOptions, width: lineWidth)
    }

    /// Every match of `typedQuery` in `corpus`, found at once (JSON, a speaker's words, no index).
    private func printWhole(
        _ typedQuery: SearchQuery, in corpus: Corpus, folded: FoldedCorpus, options corpusOptions: CorpusOptions, width lineWidth: Int
    ) throws {
        try corpusOptions.requireReadablePaths(articleCount: corpus.articles.count, diagnostics: corpus.diagnostics)
        for diagnostic in corpus.diagnostics where diagnostic.severity == .error {
            SafeOutput.error(diagnostic.description)
        }
        let searchQuery = try Self.resolvingSpeaker(of: typedQuery, in: corpus)
        let matches = Self.merged(
            CorpusSearcher.allMatches(of: searchQuery, in: folded),
            Self.quotedMatches(of: searchQuery, in: folded, corpus: corpus))
        if json {
            SafeOutput.json(try SearchResultsJSON.encode(matches, in: corpus, width: lineWidth))
        } else {
            var printer = GroupedMatchPrinter(width: lineWidth)
            printer.print(matches, in: corpus)
        }
        if matches.isEmpty { throw ExitCode(1) }
    }
}
