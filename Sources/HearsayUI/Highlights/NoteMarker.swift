import HearsayModel
import HearsayText

/// Where a highlight with a note ends: the reader and the dialogue view draw a marker
/// (`Glyphs.noteMarker`) after the line it ends on, in the highlight's colour. Drawn after the
/// line's text rather than inside it, so the layout never depends on notes.
public struct NoteMarker: Sendable, Hashable {
    public var block: Int
    /// UTF-8 offset in the block's text where the highlight ends.
    public var offset: Int
    /// The highlight's colour (1...5).
    public var color: Int

    public init(block: Int, offset: Int, color: Int) {
        self.block = block
        self.offset = offset
        self.color = color
    }
}

extension AppState {
    /// The markers of the noted highlights of one article, only those ending in `blocks` when given.
    func noteMarkers(forArticle index: Int, blocks: ClosedRange<Int>? = nil) -> [NoteMarker] {
        let article = corpus.articles[index]
        return highlights.placed(inArticle: article.id).compactMap { highlight, range in
            guard let note = highlight.note, !note.isEmpty,
                let last = TextRanges.blockRanges(of: range, in: article).last,
                blocks?.contains(last.block) ?? true
            else { return nil }
            return NoteMarker(block: last.block, offset: last.range.upperBound, color: highlight.color)
        }
    }

    /// The note of the highlight under the reading cursor, for the status bar.
    var noteUnderCursor: String? {
        guard let note = highlightUnderCursor?.note, !note.isEmpty else { return nil }
        return note
    }
}

enum NoteMarkerDrawing {
    /// The marker right after the line's end `x`, in the highlight's colour; a full line puts it
    /// in the margin column at `limit`.
    static func draw(color: Int, x: Int, y: Int, limit: Int, into buffer: inout ScreenBuffer, styles: Styles) {
        guard x <= limit else { return }
        let style = styles.text(TextStyle(role: .body), overlay: TextOverlay(highlight: color))
        buffer.write(styles.glyphs.noteMarker, x: x, y: y, style: style)
    }
}
