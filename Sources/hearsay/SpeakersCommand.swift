import ArgumentParser
import HearsayIndex
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
        let loaded = corpus.loadListing()
        if json {
            print(SpeakerListing.json(loaded.speakers))
        } else {
            // Columns are measured as the terminal draws them (glibc wcwidth, per scalar).
            SpeakerListing.table(loaded.speakers, width: { DisplayWidth.of($0) }).forEach { print($0) }
        }
        corpus.reportProblems(loaded.diagnostics)
    }
}
