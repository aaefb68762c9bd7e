import ArgumentParser
import HearsayModel

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
        let loaded = corpus.loadCorpus()
        if json {
            print(SpeakerListing.json(loaded))
        } else {
            // TODO: pass HearsayText's per-scalar wcwidth once it is on main (`width:`).
            SpeakerListing.table(loaded).forEach { print($0) }
        }
        corpus.reportProblems(in: loaded)
    }
}
