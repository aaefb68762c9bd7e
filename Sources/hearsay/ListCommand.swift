import ArgumentParser
import HearsayIndex
import HearsayModel
import HearsayText

/// `hearsay list`: one line per article.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List articles: date, title, source, speakers, turns, key points and your marks (highlights)."
    )

    @OptionGroup var corpus: CorpusOptions
    @OptionGroup var state: MarkCountOptions

    @Flag(help: "Print a JSON array of articles instead of a table.")
    var json = false

    func run() throws {
        let loaded = corpus.loadListing()
        try corpus.requireReadablePaths(articleCount: loaded.articles.count, diagnostics: loaded.diagnostics)
        let marks = state.counts()
        if json {
            SafeOutput.json(ArticleListing.json(loaded.articles, marks: marks))
        } else {
            // Columns are measured as the terminal draws them (glibc wcwidth, per scalar).
            ArticleListing.table(loaded.articles, marks: marks, width: { DisplayWidth.of($0) }).forEach { SafeOutput.line($0) }
        }
        corpus.reportProblems(loaded.diagnostics)
    }
}
