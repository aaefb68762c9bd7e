import HearsayText
import HearsayTheme

/// The screen as data: a grid of cells that views draw into and the backend copies to the
/// terminal (only the cells that changed; see `changes(since:)`).
///
/// Writing keeps the grid well formed: a double-width character is always followed by its
/// continuation cell, and overwriting either half of one blanks the other half.
public struct ScreenBuffer: Sendable, Hashable {
    public private(set) var size: ScreenSize
    public private(set) var cells: [Cell]
    /// Where the terminal shows its cursor (a text prompt's insertion point); `nil` hides it.
    public var cursor: CursorPosition?
    /// The links on screen, for terminals that take OSC 8 hyperlinks (drawn as text anyway).
    public var hyperlinks: [Hyperlink] = []

    public init(size: ScreenSize, style: TerminalStyle = .plain) {
        self.size = size
        self.cells = Array(repeating: .blank(style), count: size.width * size.height)
    }

    public var bounds: Rect { Rect(size: size) }

    public subscript(x: Int, y: Int) -> Cell {
        cells[y * size.width + x]
    }

    /// Sets one cell, blanking the other half of any wide character it cuts in two.
    mutating func setCell(_ cell: Cell, x: Int, y: Int) {
        guard x >= 0, y >= 0, x < size.width, y < size.height else { return }
        let index = y * size.width + x
        let old = cells[index]
        // A continuation written after its own wide character (the same text drawn again in
        // place) belongs to it: only another cell in its place cuts the wide one.
        if old.isContinuation, !cell.isContinuation, x > 0, cells[index - 1].width == 2 {
            cells[index - 1] = .blank(cells[index - 1].style)
        }
        if old.width == 2, x + 1 < size.width, cell.width != 2 {
            cells[index + 1] = .blank(old.style)
        }
        cells[index] = cell
    }

    /// Fills `rect` (clipped to the buffer) with blanks of `style`.
    public mutating func fill(_ rect: Rect, style: TerminalStyle) {
        let left = max(0, rect.x), right = min(size.width, rect.maxX)
        let top = max(0, rect.y), bottom = min(size.height, rect.maxY)
        guard left < right, top < bottom else { return }
        let blank = Cell.blank(style)
        for y in top..<bottom {
            // Only the edge cells can cut a wide character in two; the rest are plain stores.
            setCell(blank, x: left, y: y)
            if right - left > 1 { setCell(blank, x: right - 1, y: y) }
            let row = y * size.width
            if right - left > 2 {
                for x in (left + 1)..<(right - 1) { cells[row + x] = blank }
            }
        }
    }

    /// Changes the style of the cells in `rect`, keeping their text.
    public mutating func restyle(_ rect: Rect, _ transform: (TerminalStyle) -> TerminalStyle) {
        let left = max(0, rect.x), right = min(size.width, rect.maxX)
        let top = max(0, rect.y), bottom = min(size.height, rect.maxY)
        guard left < right, top < bottom else { return }
        for y in top..<bottom {
            for x in left..<right { cells[y * size.width + x].style = transform(cells[y * size.width + x].style) }
        }
    }

    /// Writes `text` from column `x` of row `y`, never past `limit` (a column, exclusive;
    /// default the right edge). A character that would not fit whole is not drawn: no half
    /// of a wide character ever appears. Returns the column after the last one written.
    @discardableResult
    public mutating func write(_ text: some StringProtocol, x: Int, y: Int, limit: Int? = nil, style: TerminalStyle) -> Int {
        let end = min(limit ?? size.width, size.width)
        guard y >= 0, y < size.height else { return x }
        var column = x
        for character in text {
            let scalars = character.unicodeScalars
            // Fast path: one scalar (nearly all text) needs no splitting. (Not `count == 1`:
            // counting walks the scalars.)
            if let scalar = scalars.first, scalars.index(after: scalars.startIndex) == scalars.endIndex {
                let drawn = DisplaySafety.standIn(for: scalar) ?? scalar
                let width = DisplayWidth.of(drawn)
                if width == 0 { continue }
                if column + width > end { break }
                if column >= 0 {
                    setCell(Cell(glyph: Glyph(drawn), width: UInt8(width), style: style), x: column, y: y)
                    if width == 2 { setCell(.continuation(style), x: column + 1, y: y) }
                }
                column += width
                continue
            }
            let pieces = ScreenBuffer.cellPieces(of: character)
            let width = pieces.reduce(0) { $0 + $1.width }
            if width == 0 { continue }
            if column + width > end { break }
            for piece in pieces {
                if column >= 0 {
                    setCell(Cell(text: piece.text, width: UInt8(piece.width), style: style), x: column, y: y)
                    if piece.width == 2 { setCell(.continuation(style), x: column + 1, y: y) }
                }
                column += piece.width
            }
        }
        return column
    }

    /// Splits a grapheme cluster into what the terminal will draw: one piece per spacing scalar,
    /// each with the zero-width scalars that follow it. Scalars the terminal cannot draw
    /// (controls, unassigned) become their `DisplaySafety` stand-ins, so columns stay in step.
    static func cellPieces(of character: Character) -> [(text: String, width: Int)] {
        var pieces: [(text: String, width: Int)] = []
        for original in character.unicodeScalars where !DisplaySafety.isDropped(original) {
            let scalar = DisplaySafety.standIn(for: original) ?? original
            let width = DisplayWidth.of(scalar)
            if width == 0 {
                if !pieces.isEmpty { pieces[pieces.count - 1].text.unicodeScalars.append(scalar) }
            } else {
                pieces.append((String(scalar), width))
            }
        }
        return pieces
    }
}
