import ArgumentParser
import Foundation
import HearsayModel

/// `hearsay quotes`: the direct quotations in the coverage's prose and who said them.
struct QuotesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quotes",
        abstract: "List the direct quotations in the prose and who said them.",
        discussion: """
            Quotations in “…”, 「…」, 『…』 and "…" are attributed by the speech verbs and names of news \
            writing (马克龙表示, "…," Nadella said). Quoted terms and scare quotes are not listed. With --json, \
            start and end are code-point offsets in the article's text. Exits with status 1 when nothing is listed.
            """
    )

    @OptionGroup var corpus: CorpusOptions

    @Option(help: "Only the quotations of this person: a name, or a unique part of one (case, width and script ignored).")
    var speaker: String?

    @Flag(help: "Also list quotations whose speaker the text does not say.")
    var all = false

    @Flag(help: "Print a JSON array of quotations (article, speaker, title, text, start, end, sentence).")
    var json = false

    func run() throws {
        let loaded = corpus.loadCorpus()
        try corpus.requireReadablePaths(articleCount: loaded.articles.count, diagnostics: loaded.diagnostics)
        let entries: [QuoteListing.Entry]
        if let speaker {
            do {
                entries = QuoteListing.entries(loaded, of: try UtteranceIndex(corpus: loaded).resolve(speaker))
            } catch {
                throw CommandError(message: error.description)
            }
        } else {
            entries = QuoteListing.entries(loaded, unattributed: all)
        }
        if json {
            SafeOutput.json(QuoteListing.json(entries))
        } else {
            QuoteListing.lines(entries, in: loaded).forEach { SafeOutput.line($0) }
        }
        corpus.reportProblems(loaded.diagnostics)
        if entries.isEmpty { throw ExitCode(1) }
    }
}
