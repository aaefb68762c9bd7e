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
        // From the files, not the index: the index keeps turns as the files name their speakers, not
        // quotations in prose or identity across articles.
        let loaded = corpus.loadCorpus()
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
