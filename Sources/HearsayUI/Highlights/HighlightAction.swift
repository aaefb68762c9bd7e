/// What the reading cursor, highlight and reading-state keys do.
public enum HighlightAction: Sendable, Hashable {
    /// Move the reading cursor to the next / previous sentence (starting it when off).
    case nextSentence, previousSentence
    /// Move the reading cursor (or extend the selection) by paragraph.
    case nextParagraph, previousParagraph
    /// Start a selection at the cursor's sentence (or stop extending it).
    case toggleSelection
    /// Highlight the cursor's sentence or the selection in colour 1; on an existing highlight
    /// (without a selection), cycle its colour.
    case mark
    /// Highlight the selection in colour 1...5; without a selection, the cursor's sentence, or
    /// give the highlight there that colour.
    case markInColor(Int)
    /// Add or edit the note of the highlight under the cursor.
    case editNote
    /// Remove the highlight under the cursor.
    case remove
    /// Undo the last highlight change (made, removed, extended, merged, recoloured, noted).
    case undo
    /// Make the change undone last again.
    case redo
    /// Leave cursor and selection mode.
    case leaveCursor
    /// Show every highlight (`H`).
    case openHighlightsView
    /// Mark the selected article read / unread (in the list).
    case toggleRead
}

extension KeymapSection {
    public static let highlighting = KeymapSection(
        mode: .highlighting, title: "Highlights (reader and dialogue)",
        bindings: [
            KeyBinding([.character(")")], .highlight(.nextSentence), "reading cursor: next sentence"),
            KeyBinding([.character("(")], .highlight(.previousSentence), "reading cursor: previous sentence"),
            KeyBinding([.character("v")], .highlight(.toggleSelection), "select from the cursor, extend with ( ) { }"),
            KeyBinding([.character("m")], .highlight(.mark), "highlight (again: next colour)"),
            KeyBinding([.character("a")], .highlight(.editNote), "note on the highlight under the cursor"),
            KeyBinding([.character("x")], .highlight(.remove), "remove the highlight under the cursor"),
            KeyBinding([.character("u")], .highlight(.undo), "undo the last highlight change"),
            KeyBinding([.control("r")], .highlight(.redo), "redo the highlight change undone"),
        ])

    public static let readingCursor = KeymapSection(
        mode: .readingCursor, title: "Reading cursor",
        bindings: [
            KeyBinding([.character("}")], .highlight(.nextParagraph), "next paragraph (selecting: to its end)"),
            KeyBinding([.character("{")], .highlight(.previousParagraph), "start of the paragraph, then the one before"),
            KeyBinding([.escape], .highlight(.leaveCursor), "leave the reading cursor"),
        ])

    /// Digits are free in the reader (the dialogue view jumps to speakers with them): with the
    /// cursor on, they colour its sentence's highlight directly.
    public static let readerCursor = KeymapSection(
        mode: .readerCursor, title: "Reading cursor in the reader",
        bindings: (1...5).map { color in
            KeyBinding(
                [.character(Character(String(color)))], .highlight(.markInColor(color)),
                "highlight the sentence in colour 1–5, or recolour its highlight", label: "1–5",
                listedInHelp: color == 1)
        })

    public static let selection = KeymapSection(
        mode: .selection, title: "Selection",
        bindings: [KeyBinding([.enter], .highlight(.markInColor(1)), "highlight the selection in colour 1")]
            + (1...5).map { color in
                KeyBinding(
                    [.character(Character(String(color)))], .highlight(.markInColor(color)),
                    color == 1 ? "highlight the selection in colour 1–5" : "highlight the selection in colour \(color)",
                    label: "1–5", listedInHelp: color == 1)
            }
            + [KeyBinding([.escape], .highlight(.leaveCursor), "cancel the selection")])

    public static let highlightsEverywhere = KeymapSection(
        mode: .views, title: "Highlights",
        bindings: [
            KeyBinding([.character("H")], .highlight(.openHighlightsView), "every highlight, by article")
        ])

    public static let readingState = KeymapSection(
        mode: .list, title: "Reading state",
        bindings: [
            KeyBinding([.character("r")], .highlight(.toggleRead), "mark the article read / unread")
        ])
}
