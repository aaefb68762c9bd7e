/// A stretch of one line drawn in one style.
///
/// `text` is what the terminal receives (already made safe by `DisplaySafety`, so it may differ
/// from the source where the source had control characters); `source` says which bytes of the
/// block's text it shows, so that a screen position maps back to a place in the article.
public struct StyledRun: Sendable, Hashable {
    public var text: String
    public var style: TextStyle
    /// UTF-8 offsets into the block text (empty for decoration such as a list marker).
    public var source: Range<Int>
    /// Columns the run takes (`DisplayWidth.of(text)`).
    public var width: Int

    public init(text: String, style: TextStyle, source: Range<Int>, width: Int) {
        self.text = text
        self.style = style
        self.source = source
        self.width = width
    }

    /// A run of decoration (a marker, a placeholder) that shows no source text.
    public static func decoration(_ text: String, style: TextStyle, at offset: Int = 0) -> StyledRun {
        let safe = DisplaySafety.sanitized(text)
        return StyledRun(text: safe, style: style, source: offset..<offset, width: DisplayWidth.of(safe))
    }
}
