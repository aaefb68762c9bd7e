/// The few non-text characters the UI draws. The Unicode set uses characters that are one
/// column in glibc's `wcwidth`; terminals set to draw East Asian "ambiguous" characters wide
/// would misplace them, so there is a pure ASCII set too (`HEARSAY_ASCII=1`).
public struct Glyphs: Sendable, Hashable {
    public var verticalSeparator: String
    public var ellipsis: String
    public var turnCursor: String
    public var bullet: String
    public var checked: String
    public var unchecked: String
    /// Drawn after the line where a highlight with a note ends.
    public var noteMarker: String
    /// Before the title of an article with highlights in the list.
    public var markedArticle: String
    /// An overlay's frame: corners top-left, top-right, bottom-left, bottom-right, then the
    /// horizontal and the vertical line.
    public var frame: [String]

    public static let unicode = Glyphs(
        verticalSeparator: "│", ellipsis: "…", turnCursor: ">", bullet: "·", checked: "[x]", unchecked: "[ ]",
        noteMarker: "✎", markedArticle: "✦", frame: ["┌", "┐", "└", "┘", "─", "│"])
    public static let ascii = Glyphs(
        verticalSeparator: "|", ellipsis: "~", turnCursor: ">", bullet: "-", checked: "[x]", unchecked: "[ ]",
        noteMarker: "*", markedArticle: "*", frame: ["+", "+", "+", "+", "-", "|"])
}
