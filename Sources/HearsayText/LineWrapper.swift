/// Wraps styled text into lines of a given width.
///
/// Two passes, as in swift-format's pretty printer: `LineBreaker` says where lines may break,
/// then a greedy fill takes as many pieces as fit. Spaces at a break are dropped; nothing is
/// added between CJK characters. A piece wider than a whole line is cut at grapheme cluster
/// boundaries as a last resort (avoiding a cut that would start a line with closing punctuation
/// or end one with opening punctuation when another cut fits).
public struct LineWrapper: Sendable {
    public var breaker: LineBreaker

    public init(breaker: LineBreaker = LineBreaker()) {
        self.breaker = breaker
    }

    /// All lines of `text` at `width` columns. `styles` gives UTF-8 ranges of `text` and their
    /// styles (gaps are `.body`); the first line is indented by `firstIndent` columns, the
    /// others by `hangingIndent` (each capped so that at least two columns remain for text).
    public func wrap(
        text: String, styles: [(range: Range<Int>, style: TextStyle)], width: Int,
        firstIndent: Int = 0, hangingIndent: Int = 0
    ) -> [WrappedLine] {
        Array(lines(text: text, styles: styles, width: width, firstIndent: firstIndent, hangingIndent: hangingIndent))
    }

    /// All lines of unstyled text.
    public func wrap(text: String, style: TextStyle = .body, width: Int, firstIndent: Int = 0, hangingIndent: Int = 0) -> [WrappedLine] {
        wrap(text: text, styles: [(0..<text.utf8.count, style)], width: width, firstIndent: firstIndent, hangingIndent: hangingIndent)
    }

    /// The lines of `text`, produced on demand: taking the first screenful of a long paragraph
    /// costs about a screenful of work.
    public func lines(
        text: String, styles: [(range: Range<Int>, style: TextStyle)], width: Int,
        firstIndent: Int = 0, hangingIndent: Int = 0
    ) -> WrapIterator {
        WrapIterator(
            text: text, styles: styles, breaker: breaker, width: width,
            firstIndent: firstIndent, hangingIndent: hangingIndent
        )
    }
}
