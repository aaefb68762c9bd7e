import HearsayModel
import HearsayText

/// One thing to lay out, in reading order; `LayoutPlan` lists them without wrapping anything,
/// so planning costs the number of blocks, not the length of the text.
enum LayoutItem: Sendable {
    case blank
    /// Text that is not a block: a line of the header (the title, the date line, a front-matter lede).
    case header(ArticleHeader.Field, text: String, style: TextStyle, firstIndent: Int, hangingIndent: Int)
    /// A block wrapped with its inline styles; `marker` (a bullet) goes in the first line's indent.
    case block(index: Int, turn: Int?, base: TextStyle, firstIndent: Int, hangingIndent: Int, marker: String?)
    /// An image block as a one-line placeholder.
    case image(index: Int, turn: Int?)
    /// The words of quote `index` (into `Article.quotes`) in block `block`: `range` of its text,
    /// after `label` (the speaker's name) on the quote's first piece.
    case quote(index: Int, block: Int, range: Range<Int>, label: String?)
}
