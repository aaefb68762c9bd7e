/// Parses one file's text into an `Article`: front matter, title, lede, key points, sections,
/// blocks with inline spans, dialogue turns and speakers.
///
/// Works on UTF-8 bytes, line by line, without regular expressions: it runs once per file when a
/// whole folder is loaded. A turn block's text keeps the speaker's name and the separator as
/// written (`Name: words`, `Name：words`; `**` and timestamps' brackets aside from the timestamp
/// itself), so positions in it stay faithful to the source; its first span is `.speakerName`.
public struct ArticleParser: Sendable {
    /// Whether quotations in prose are attributed (`QuoteAttributor`); off only to measure what it costs.
    public var attributesQuotes: Bool

    public init() {
        attributesQuotes = true
    }

    public init(attributesQuotes: Bool) {
        self.attributesQuotes = attributesQuotes
    }

    /// Parses `text` (decoded, without a byte-order mark). `file` names the file in diagnostics.
    public func parse(_ text: String, id: String, path: String? = nil, file: String? = nil) -> ParseResult {
        parse(utf8: Array(text.utf8), id: id, path: path, file: file ?? path ?? id)
    }

    /// Parses valid UTF-8 bytes (without a byte-order mark).
    public func parse(utf8 bytes: [UInt8], id: String, path: String?, file: String) -> ParseResult {
        let attributesQuotes = self.attributesQuotes
        return bytes.withUnsafeBufferPointer { buffer in
            var builder = ArticleBuilder(s: buffer, id: id, path: path, file: file)
            var result = builder.build()
            // Quotes are attributed here, once per article, wherever it was loaded from.
            if attributesQuotes, let article = result.article { result.article?.quotes = QuoteAttributor.quotes(in: article) }
            return result
        }
    }
}

/// What parsing one file produced: the article (unless the file had nothing to show) and diagnostics.
public struct ParseResult: Sendable {
    public var article: Article?
    public var diagnostics: [Diagnostic]

    public init(article: Article?, diagnostics: [Diagnostic]) {
        self.article = article
        self.diagnostics = diagnostics
    }
}
