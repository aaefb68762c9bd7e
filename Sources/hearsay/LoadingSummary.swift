import HearsayModel

/// What the reader's status bar says at start when some files had problems.
enum LoadingSummary {
    static func statusLine(for corpus: Corpus) -> String? {
        let errors = corpus.diagnostics.filter { $0.severity == .error }
        let warnings = corpus.diagnostics.count - errors.count
        if errors.count == 1, warnings == 0, let error = errors.first {
            return "\(error.file): \(error.message)"
        }
        guard !corpus.diagnostics.isEmpty else { return nil }
        return "\(errors.count) error(s), \(warnings) warning(s) while loading: `hearsay check` lists them"
    }
}
