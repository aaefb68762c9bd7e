import HearsayTheme

/// One column of the screen: what the backend draws there.
///
/// A cell holds one spacing character with any zero-width characters that follow it
/// (combining marks, variation selectors, joiners), its width in columns, and its style.
/// A double-width character occupies its own cell and a *continuation* cell after it,
/// which the backend never draws (the terminal fills it when it draws the wide one).
public struct Cell: Sendable, Hashable {
    /// What is drawn in this cell; `Glyph.none` for a continuation cell.
    public var glyph: Glyph
    /// Columns the text occupies: 1 or 2, and 0 for a continuation cell.
    public var width: UInt8
    public var style: TerminalStyle

    public init(glyph: Glyph, width: UInt8, style: TerminalStyle) {
        self.glyph = glyph
        self.width = width
        self.style = style
    }

    public init(text: String, width: UInt8, style: TerminalStyle) {
        self.init(glyph: Glyph(text), width: width, style: style)
    }

    /// The text drawn in this cell; empty for a continuation cell.
    public var text: String { glyph.text }

    /// The right half of a double-width character.
    public var isContinuation: Bool { width == 0 }

    public static func blank(_ style: TerminalStyle = .plain) -> Cell {
        Cell(glyph: .space, width: 1, style: style)
    }

    public static func continuation(_ style: TerminalStyle) -> Cell {
        Cell(glyph: .none, width: 0, style: style)
    }
}
