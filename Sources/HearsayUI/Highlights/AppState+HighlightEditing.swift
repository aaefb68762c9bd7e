import Foundation
import HearsayModel

extension AppState {
    /// The highlight under the reading cursor: the first one in its article that overlaps the
    /// cursor's sentence.
    var highlightUnderCursor: Highlight? {
        guard let cursor = activeCursor else { return nil }
        let articleID = corpus.articles[cursor.article].id
        let sentence = cursor.head.start..<cursor.head.end
        return highlights.placed(inArticle: articleID).first { $0.range.overlaps(sentence) }?.highlight
    }

    /// `m`, Enter and 1–5: highlight the selection (in `colour`, default 1); without a
    /// selection, highlight the cursor's sentence, or cycle the colour of the highlight there.
    mutating func mark(colour: Int?) -> [Effect] {
        moveCursorOntoScreenIfOff()
        guard var cursor = activeCursor else { return [] }
        if !cursor.isSelecting, colour == nil, var existing = highlightUnderCursor {
            existing.color = existing.color % 5 + 1
            existing.modified = highlights.now()
            highlights.put(existing, at: highlights.ranges[existing.id])
            message = "highlight colour \(existing.color)"
            return [.saveHighlight(existing)]
        }
        let article = corpus.articles[cursor.article]
        let range = cursor.range
        guard let anchor = ArticleText(article: article).anchor(from: range.lowerBound, to: range.upperBound) else { return [] }
        let highlight = Highlight(id: highlights.newID(), articleID: article.id, anchor: anchor, color: colour ?? 1,
                                  created: highlights.now())
        highlights.put(highlight, at: range)
        cursor.selectionStart = nil
        highlights.cursor = cursor
        message = "highlighted in colour \(highlight.color)"
        return [.saveHighlight(highlight)]
    }

    mutating func removeHighlightUnderCursor() -> [Effect] {
        guard let highlight = highlightUnderCursor else {
            message = activeCursor == nil ? "move the reading cursor with ( or ) first" : "no highlight under the cursor"
            return []
        }
        highlights.lastRemoved = highlight
        highlights.remove(id: highlight.id)
        message = "highlight removed (u to undo)"
        return [.deleteHighlight(id: highlight.id)]
    }

    mutating func undoRemoval() -> [Effect] {
        guard let highlight = highlights.lastRemoved else {
            message = "nothing to undo"
            return []
        }
        highlights.lastRemoved = nil
        let article = corpus.articles.firstIndex { $0.id == highlight.articleID }.map { corpus.articles[$0] }
        let range = article.flatMap { ArticleText(article: $0).resolve(highlight.anchor).range }
        highlights.put(highlight, at: range)
        message = "highlight restored"
        return [.saveHighlight(highlight)]
    }

    mutating func openNoteEditor() {
        guard let highlight = highlightUnderCursor else {
            message = activeCursor == nil ? "move the reading cursor with ( or ) first" : "no highlight under the cursor (m makes one)"
            return
        }
        highlights.noteEditor = NoteEditing(highlightID: highlight.id, editor: LineEditor(text: highlight.note ?? ""))
    }

    /// A key while the note editor is open: Enter saves the note (empty: none), Esc leaves it as it was.
    mutating func editNote(with key: Key) -> [Effect] {
        guard var editing = highlights.noteEditor else { return [] }
        switch editing.editor.handle(key) {
        case .submitted:
            highlights.noteEditor = nil
            guard var highlight = highlights.highlight(id: editing.highlightID) else { return [] }
            let text = editing.editor.text.trimmingCharacters(in: .whitespaces)
            highlight.note = text.isEmpty ? nil : text
            highlight.modified = highlights.now()
            highlights.put(highlight, at: highlights.ranges[highlight.id])
            message = highlight.note == nil ? "note removed" : "note saved"
            return [.saveHighlight(highlight)]
        case .cancelled:
            highlights.noteEditor = nil
        case .edited, .moved, .ignored:
            highlights.noteEditor = editing
        }
        return []
    }
}
