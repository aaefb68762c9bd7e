extension TextAnchor {
    /// How much context `prefix` and `suffix` keep, in characters.
    public static let contextLength = 32

    /// An anchor for the text of `article` between two positions (in either order), or `nil` when a
    /// position is outside the article or inside a UTF-8 sequence.
    public static func make(article: Article, from: TextPosition, to: TextPosition) -> TextAnchor? {
        ArticleText(article: article).anchor(from: from, to: to)
    }

    /// An anchor for a reading position: the text from `position` to the end of its sentence-sized
    /// neighbourhood (up to `contextLength` characters), so the place can be found after edits.
    public static func make(article: Article, at position: TextPosition) -> TextAnchor? {
        ArticleText(article: article).anchor(at: position)
    }
}

extension ArticleText {
    /// An anchor for the text between two positions (in either order); `nil` for invalid positions.
    public func anchor(from: TextPosition, to: TextPosition) -> TextAnchor? {
        let (first, last) = from <= to ? (from, to) : (to, from)
        guard let start = flatOffset(of: first), let end = flatOffset(of: last) else { return nil }
        return anchor(flatRange: start..<end)
    }

    /// An anchor quoting up to `TextAnchor.contextLength` characters from `position` (fewer at the
    /// article's end), used for reading positions.
    public func anchor(at position: TextPosition) -> TextAnchor? {
        guard let start = flatOffset(of: position) else { return nil }
        let quoted = text[text.utf8.index(text.startIndex, offsetBy: start)...].prefix(TextAnchor.contextLength)
        return anchor(flatRange: start..<(start + quoted.utf8.count))
    }

    /// An anchor for a flat UTF-8 range whose bounds are scalar boundaries.
    func anchor(flatRange range: Range<Int>) -> TextAnchor {
        let lower = text.utf8.index(text.startIndex, offsetBy: range.lowerBound)
        let upper = text.utf8.index(text.startIndex, offsetBy: range.upperBound)
        return TextAnchor(
            exact: String(text[lower..<upper]),
            prefix: String(text[..<lower].suffix(TextAnchor.contextLength)),
            suffix: String(text[upper...].prefix(TextAnchor.contextLength)),
            start: position(atFlatOffset: range.lowerBound),
            end: position(atFlatOffset: range.upperBound),
            textHash: fingerprint
        )
    }
}
