/// The lines the reader shows above an article's blocks: the title, the date line, the source and
/// a front-matter lede. They are not `Article.blocks`, but they are read, and so searched and
/// decorated, like them. Search matches and decorations address header line `field` as the
/// negative block `field.block`, which sorts before block 0, in reading order, as a `TextPosition`.
public enum ArticleHeader {
    public enum Field: Int, CaseIterable, Sendable, Hashable {
        case title, dateLine, source, lede

        /// The negative block index that stands for this line in positions and decorations.
        public var block: Int { rawValue - Self.allCases.count }

        /// The header line that negative block `block` stands for; `nil` for a real block.
        public init?(block: Int) {
            guard block < 0, let field = Field(rawValue: block + Self.allCases.count) else { return nil }
            self = field
        }
    }

    /// The lines shown, in order, with their text (the title even when empty).
    public static func lines(of article: Article) -> [(field: Field, text: String)] {
        Field.allCases.compactMap { field in text(of: field, in: article).map { (field, $0) } }
    }

    /// What line `field` shows, or `nil` when the article shows no such line.
    public static func text(of field: Field, in article: Article) -> String? {
        switch field {
        case .title:
            return article.title
        case .dateLine:
            let dateLine = ([article.date?.original] + article.categories.map(Optional.some))
                .compactMap { $0?.isEmpty == false ? $0 : nil }
                .joined(separator: " · ")
            return dateLine.isEmpty ? nil : dateLine
        case .source:
            guard let url = article.sourceURL, !url.isEmpty else { return nil }
            return url
        case .lede:
            return separateLede(of: article)
        }
    }

    /// The text at `block`: the block's, or for a negative block the header line's it stands for.
    public static func text(atBlock block: Int, in article: Article) -> String? {
        if let field = Field(block: block) { return text(of: field, in: article) }
        return article.blocks.indices.contains(block) ? article.blocks[block].text : nil
    }

    /// The summary, when it is not already shown as the first block or the opening of the text
    /// (front matter often repeats the first sentences, cut off with `...`).
    public static func separateLede(of article: Article) -> String? {
        guard let summary = article.summary.map(Self.trimmingWhitespace), !summary.isEmpty else { return nil }
        if let first = article.blocks.first, case .quote = first.kind { return nil }
        var stem = Substring(summary)
        while let last = stem.last, last == "." || last == "…" || last == "。" { stem = stem.dropLast() }
        let body = article.blocks.lazy.filter { if case .image = $0.kind { return false } else { return true } }
        let opening = Array(body.prefix(4)).map(\.text).joined()
        if stem.isEmpty || opening.hasPrefix(stem) { return nil }
        return summary
    }

    private static func trimmingWhitespace(_ text: String) -> String {
        var slice = Substring(text)
        while let first = slice.first, first.isWhitespace { slice = slice.dropFirst() }
        while let last = slice.last, last.isWhitespace { slice = slice.dropLast() }
        return String(slice)
    }
}
