/// Where the title bar, the panes and the status bar go at a given size.
///
/// At least `splitWidth` columns: the list on the left (a third) and the reader on the right,
/// with a one-column separator. Narrower: only the pane with the focus. Below `minimum`:
/// nothing but a "terminal too small" message.
public struct ScreenLayout: Sendable, Hashable {
    public static let minimum = ScreenSize(width: 40, height: 10)
    public static let splitWidth = 100
    /// Rows per entry of the article list (title, then date · source · counts).
    public static let listEntryHeight = 2
    /// The widest the reader's text column grows by default (`[reader] max-width`): lines
    /// of 130 columns are hard to follow back to their start.
    public static let defaultMaxTextWidth = 100

    public let size: ScreenSize
    public let isTooSmall: Bool
    public let titleBar: Rect
    public let statusBar: Rect
    /// The article list, when on screen.
    public let list: Rect?
    /// The reader or dialogue view, when on screen.
    public let reader: Rect?
    /// The column of the vertical separator in the split layout.
    public let separatorColumn: Int?
    /// The widest text column (`[reader] max-width`).
    public let maxTextWidth: Int

    public init(size: ScreenSize, focus: Pane, maxTextWidth: Int = ScreenLayout.defaultMaxTextWidth) {
        self.size = size
        self.maxTextWidth = maxTextWidth
        isTooSmall = size.width < ScreenLayout.minimum.width || size.height < ScreenLayout.minimum.height
        titleBar = Rect(x: 0, y: 0, width: size.width, height: 1)
        statusBar = Rect(x: 0, y: max(0, size.height - 1), width: size.width, height: 1)
        let body = Rect(x: 0, y: 1, width: size.width, height: size.height - 2)
        if isTooSmall {
            list = nil; reader = nil; separatorColumn = nil
        } else if size.width >= ScreenLayout.splitWidth {
            let listWidth = size.width / 3
            list = Rect(x: 0, y: body.y, width: listWidth, height: body.height)
            separatorColumn = listWidth
            reader = Rect(x: listWidth + 1, y: body.y, width: size.width - listWidth - 1, height: body.height)
        } else {
            separatorColumn = nil
            list = focus == .list ? body : nil
            reader = focus == .list ? nil : body
        }
    }

    /// Whether list and reader share the screen.
    public var isSplit: Bool { separatorColumn != nil }

    /// Columns of text in the reader: the pane less a margin of one column on each side, at
    /// most `maxTextWidth`. The column keeps to the left of the pane (the columns to spare stay
    /// on the right): in the split layout the text then stays next to the list it was chosen
    /// in, and every view (reader, dialogue, overlays) starts at the same column.
    /// In the single-pane layout the reader's width is the same whichever pane has the focus.
    public var readerTextWidth: Int {
        let paneWidth = isSplit ? (reader?.width ?? 0) : size.width
        return max(1, min(maxTextWidth, paneWidth - 2))
    }

    /// Rows of text in the reader pane.
    public var readerHeight: Int { max(1, size.height - 2) }

    /// How many list entries fit.
    public var listVisibleEntries: Int {
        max(1, (size.height - 2) / ScreenLayout.listEntryHeight)
    }
}
