import ArgumentParser
import Foundation
import HearsayModel

/// The files and folders a command reads; the embedded sample corpus when none are given.
struct CorpusOptions: ParsableArguments {
    @Argument(help: "Files or folders of coverage (.txt, .md, .markdown). Default: the built-in samples.")
    var paths: [String] = []

    func loadCorpus() -> Corpus {
        Self.withUserSpeakers(paths.isEmpty ? SampleCorpus.load() : CorpusLoader().load(pathBytes: paths.map(RawArguments.bytes(of:))))
    }

    /// The corpus with `$XDG_CONFIG_HOME/hearsay/speakers.toml` applied (renames, merges, splits); its problems
    /// join the corpus's diagnostics.
    static func withUserSpeakers(_ corpus: Corpus) -> Corpus {
        let (overrides, problems) = SpeakerOverrides.load(environment: ProcessInfo.processInfo.environment)
        var applied = corpus.applying(overrides)
        applied.diagnostics += problems
        return applied
    }

    /// Loading problems on standard error: the errors themselves when there are few (a path
    /// that does not exist should say so), else a count pointing at `hearsay check`.
    func reportProblems(in corpus: Corpus) {
        let errors = corpus.diagnostics.filter { $0.severity == .error }
        let warnings = corpus.diagnostics.count - errors.count
        guard !corpus.diagnostics.isEmpty else { return }
        if errors.count <= 3 {
            for error in errors { SafeOutput.error("hearsay: \(error.description)") }
        }
        if errors.count > 3 || warnings > 0 {
            SafeOutput.error("hearsay: \(errors.count) error(s), \(warnings) warning(s) while loading; run `hearsay check` for details")
        }
    }
}
