import ArgumentParser
import HearsayModel

/// `hearsay check`: load everything and print what went wrong; exit status 1 on any error.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Report problems in the files as `file:line: severity: message` (exit status 1 on errors)."
    )

    @OptionGroup var corpus: CorpusOptions

    func run() throws {
        let loaded = corpus.loadCorpus()
        CheckReport.lines(loaded).forEach { SafeOutput.line($0) }
        print(CheckReport.summary(loaded))
        if CheckReport.hasErrors(loaded) { throw ExitCode(1) }
    }
}
