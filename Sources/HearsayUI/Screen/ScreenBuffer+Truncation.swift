import HearsayText
import HearsayTheme

extension ScreenBuffer {
    /// Writes `text` in at most `width` columns from `x`, made safe and, when it does not fit,
    /// cut at a column boundary and ended with `ellipsis` (HearsayText's `truncate`).
    /// Returns the column after the text.
    @discardableResult
    public mutating func writeTruncated(_ text: String, x: Int, y: Int, width: Int, style: TerminalStyle, ellipsis: String) -> Int {
        guard width > 0 else { return x }
        return write(truncate(text, toWidth: width, ellipsis: ellipsis), x: x, y: y, limit: x + width, style: style)
    }
}
