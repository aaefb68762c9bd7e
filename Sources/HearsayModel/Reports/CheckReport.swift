/// `hearsay check`: every diagnostic as `file:line: severity: message`, and a summary.
public enum CheckReport {
    public static func lines(_ corpus: Corpus) -> [String] {
        corpus.diagnostics.map(\.description)
    }

    /// `5 articles; 1 error, 2 warnings`.
    public static func summary(_ corpus: Corpus) -> String {
        func count(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
        let errors = corpus.diagnostics.filter { $0.severity == .error }.count
        let warnings = corpus.diagnostics.filter { $0.severity == .warning }.count
        return "\(count(corpus.articles.count, "article")); \(count(errors, "error")), \(count(warnings, "warning"))"
    }

    /// Whether any diagnostic is an error (then `hearsay check` exits with status 1).
    public static func hasErrors(_ corpus: Corpus) -> Bool {
        corpus.diagnostics.contains { $0.severity == .error }
    }
}
