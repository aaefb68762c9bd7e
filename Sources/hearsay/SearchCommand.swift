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

        let (corpus, folded) = corpusOptions.loadForSearch(typedQuery)
        try corpusOptions.requireReadablePaths(articleCount: corpus.articles.count, diagnostics: corpus.diagnostics)
        for diagnostic in corpus.diagnostics where diagnostic.severity == .error {
            SafeOutput.error(diagnostic.description)
        }
        let searchQuery = try Self.resolvingSpeaker(of: typedQuery, in: corpus)
        let matches = Self.merged(
            CorpusSearcher.allMatches(of: searchQuery, in: folded),
            Self.quotedMatches(of: searchQuery, in: folded, corpus: corpus))
        let lineWidth = width ?? SearchOutputWidth.ofStandardOutput() ?? 80

        if json {
            SafeOutput.json(try SearchResultsJSON.encode(matches, in: corpus, width: lineWidth))
        } else {
            printGrouped(matches, in: corpus, width: lineWidth)
        }
        if matches.isEmpty { throw ExitCode(1) }
    }

    /// The article's title (and id), then one indented line per match, the speaker first when the
    /// match is in a turn.
    private func printGrouped(_ matches: [CorpusMatch], in corpus: Corpus, width: Int) {
        var currentArticle: Int?
        for found in matches {
            let article = corpus.articles[found.article]
            if currentArticle != found.article {
                if currentArticle != nil { SafeOutput.line("") }
                SafeOutput.line(truncate("\(article.title)  (\(article.id))", toWidth: width))
                currentArticle = found.article
            }
            let speaker = found.match.speaker.map { article.speakers[$0].name } ?? Self.quoteSpeaker(of: found, in: corpus)
            let prefix = speaker.map { "  [\(truncate($0, toWidth: width / 3))] " } ?? "  "
            let available = max(width - DisplayWidth.of(prefix), 10)
            let line = KeywordInContext.line(for: found.match, in: article, width: available)
            SafeOutput.line(prefix + line.text)
        }
    }
}
