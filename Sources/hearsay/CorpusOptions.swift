import ArgumentParser
import HearsayModel

/// The files and folders a command reads; the embedded sample corpus when none are given.
struct CorpusOptions: ParsableArguments {
    @Argument(help: "Files or folders of coverage (.txt, .md, .markdown). Default: the built-in samples.")
    var paths: [String] = []

    func loadCorpus() -> Corpus {
        paths.isEmpty ? SampleCorpus.load() : CorpusLoader().load(paths: paths)
    }
}
