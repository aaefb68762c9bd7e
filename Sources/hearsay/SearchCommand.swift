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
            The query may restrict itself to a speaker's turns: 'speaker:"Thomas Wolf" 开源', or use --speaker. \
            Exits with status 1 when nothing matches.
            """
    )

    @Argument(help: "What to find (a phrase; may include speaker:NAME or speaker:\"Full Name\").")
    var query: String

    @OptionGroup var corpusOptions: CorpusOptions

    @Option(help: "Only matches in turns and quotations of a speaker whose name contains NAME.")
    var speaker: String?

    @Flag(help: "Print the matches as JSON.")
    var json = false

    @Option(help: "Line width (default: the terminal's width, or 80 when not a terminal).")
    var width: Int?

    func validate() throws {
        if let width, width < 20 { throw ValidationError("--width must be at least 20") }
    }

    func run() throws {
        let parsed = SearchQuery(parsing: query)
        let searchQuery = speaker.map { SearchQuery(text: parsed.text, speaker: $0) } ?? parsed
        guard searchQuery.hasText else { throw ValidationError("Give something to search for (the query has no text).") }

        let (corpus, folded) = corpusOptions.loadForSearch(searchQuery)
        try corpusOptions.requireReadablePaths(articleCount: corpus.articles.count, diagnostics: corpus.diagnostics)
        for diagnostic in corpus.diagnostics where diagnostic.severity == .error {
            SafeOutput.error(diagnostic.description)
        }
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
