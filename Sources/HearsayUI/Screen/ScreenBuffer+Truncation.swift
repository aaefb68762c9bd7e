import HearsayTheme

extension ScreenBuffer {
    /// Columns `text` takes on screen (per-scalar `wcwidth`, as the terminal counts them).
    public static func displayWidth(of text: some StringProtocol) -> Int {
        // TODO(text): HearsayText.DisplayWidth.of once it is on main.
        text.reduce(0) { total, character in total + cellPieces(of: character).reduce(0) { $0 + $1.width } }
    }

    /// Writes `text` in at most `width` columns from `x`; when it does not fit, cuts it at a
    /// column boundary and ends it with `ellipsis`. Returns the column after the text.
    @discardableResult
    public mutating func writeTruncated(_ text: String, x: Int, y: Int, width: Int, style: TerminalStyle, ellipsis: String) -> Int {
        guard width > 0 else { return x }
        if ScreenBuffer.displayWidth(of: text) <= width {
            return write(text, x: x, y: y, limit: x + width, style: style)
        }
        let ellipsisWidth = ScreenBuffer.displayWidth(of: ellipsis)
        let end = write(text, x: x, y: y, limit: x + width - ellipsisWidth, style: style)
        return write(ellipsis, x: end, y: y, limit: x + width, style: style)
    }
}
