/// Cells of one row that show a link (a `[text](url)` in an article, the source line): the
/// backend draws them as an OSC 8 hyperlink where the terminal supports one.
public struct Hyperlink: Sendable, Hashable {
    public var y: Int
    public var columns: Range<Int>
    public var url: String

    public init(y: Int, columns: Range<Int>, url: String) {
        self.y = y
        self.columns = columns
        self.url = url
    }
}
