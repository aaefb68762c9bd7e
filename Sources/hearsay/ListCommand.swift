import ArgumentParser
import HearsayModel

/// `hearsay list`: one line per article.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List articles: date, title, source, speakers, turns and highlights."
    )

    @OptionGroup var corpus: CorpusOptions

    @Flag(help: "Print a JSON array of articles instead of a table.")
    var json = false

    func run() throws {
        let loaded = corpus.loadCorpus()
        if json {
            print(ArticleListing.json(loaded))
        } else {
            // TODO: pass HearsayText's per-scalar wcwidth once it is on main (`width:`).
            ArticleListing.table(loaded).forEach { print($0) }
        }
        corpus.reportProblems(in: loaded)
    }
}
