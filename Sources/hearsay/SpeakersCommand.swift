import ArgumentParser
import HearsayModel
import HearsayText

/// `hearsay speakers`: every speaker with their turns and articles, most turns first.
struct SpeakersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "speakers",
        abstract: "List speakers with their turn counts and articles, most turns first."
    )

    @OptionGroup var corpus: CorpusOptions

    @Flag(help: "Print a JSON array of speakers instead of a table.")
    var json = false

    func run() throws {
        // The heads are enough (turns, quotes, aliases): from the index, reading only what changed.
        let loaded = corpus.loadHeads()
        try corpus.requireReadablePaths(articleCount: loaded.articles.count, diagnostics: loaded.diagnostics)
        if json {
            SafeOutput.json(SpeakerListing.json(loaded))
        } else {
            // Columns are measured as the terminal draws them (glibc wcwidth, per scalar).
            SpeakerListing.table(loaded, width: { DisplayWidth.of($0) }).forEach { SafeOutput.line($0) }
        }
        corpus.reportProblems(loaded.diagnostics)
    }
}
