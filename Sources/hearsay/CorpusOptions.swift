import ArgumentParser
import HearsayModel

import Foundation

/// The files and folders a command reads; the embedded sample corpus when none are given.
struct CorpusOptions: ParsableArguments {
    @Argument(help: "Files or folders of coverage (.txt, .md, .markdown). Default: the built-in samples.")
    var paths: [String] = []

    func loadCorpus() -> Corpus {
        paths.isEmpty ? SampleCorpus.load() : CorpusLoader().load(paths: paths)
    }

    /// One line on standard error when loading produced diagnostics, pointing at `hearsay check`.
    func reportProblems(in corpus: Corpus) {
        let errors = corpus.diagnostics.filter { $0.severity == .error }.count
        let warnings = corpus.diagnostics.filter { $0.severity == .warning }.count
        guard errors + warnings > 0 else { return }
        let line = "hearsay: \(errors) error(s), \(warnings) warning(s) while loading; run `hearsay check` for details\n"
        FileHandle.standardError.write(Data(line.utf8))
    }
}
