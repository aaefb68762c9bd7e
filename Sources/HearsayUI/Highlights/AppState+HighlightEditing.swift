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

    /// `m`, Enter and 1–5: highlight the selection (in `colour`; `m`: colour 1), or without a
    /// selection the cursor's sentence. Highlights never overlap, so one text is never highlighted
    /// twice:
    /// - without a selection, on a highlight: recolour it (`m`: the next colour);
    /// - a selection covering exactly one highlight's text: recolour it (`m`: the next colour);
    /// - a selection overlapping highlights otherwise: they merge into one highlight over all of
    ///   their text and the selection's, keeping the oldest one's id, creation time and colour
    ///   (unless a colour is given) and every note, joined in reading order.
    mutating func mark(color: Int?) -> [Effect] {
        moveCursorOntoScreenIfOff()
        guard var cursor = activeCursor else { return [] }
        let article = corpus.articles[cursor.article]
        if !cursor.isSelecting, let existing = highlightUnderCursor {
            return recolor(existing, to: color, in: article)
        }
        let range = cursor.range
        let overlapping = highlights.placed(inArticle: article.id).filter { $0.range.overlaps(range) }
            .sorted { ($0.range.lowerBound, $0.highlight.created) < ($1.range.lowerBound, $1.highlight.created) }
        cursor.selectionStart = nil
        highlights.cursor = cursor
        if overlapping.count == 1, overlapping[0].range == range {
            return recolor(overlapping[0].highlight, to: color, in: article)
        }
        return placeHighlight(range, mergingWith: overlapping, color: color, in: article)
    }

    /// Highlights `range` in `article`, merged with `overlapping` (the highlights it overlaps, in
    /// reading order) into one over all of their text: the oldest one's id, creation time and
    /// colour (unless `colour` is given) and every note, joined in reading order. Without
    /// overlapping highlights, a new one in `colour` (default 1). Every highlight is made through
    /// here, so no two ever overlap (undo and redo only go back to states that were so).
    private mutating func placeHighlight(
        _ range: Range<TextPosition>,
        mergingWith overlapping: [(highlight: Highlight, range: Range<TextPosition>)],
        color: Int?, in article: Article
    ) -> [Effect] {
        let whole = overlapping.reduce(range) { min($0.lowerBound, $1.range.lowerBound)..<max($0.upperBound, $1.range.upperBound) }
        let text = ArticleText(article: article)
        guard let anchor = text.anchor(from: whole.lowerBound, to: whole.upperBound) else { return [] }
        guard let oldest = overlapping.min(by: { $0.highlight.created < $1.highlight.created })?.highlight else {
            let highlight = Highlight(
                id: environment.newID(), articleID: article.id, anchor: anchor, color: color ?? 1,
                created: environment.now()
            )
            .withDetails(from: article, range: whole, text: text)
            highlights.put(highlight, at: whole)
            message = "highlighted in colour \(highlight.color)"
            return [.saveHighlight(highlight)]
        }
        var merged = oldest
        merged.anchor = anchor
        merged.color = color ?? oldest.color
        let notes = overlapping.compactMap(\.highlight.note).filter { !$0.isEmpty }
        merged.note = notes.isEmpty ? nil : notes.joined(separator: " / ")
        merged.modified = environment.now()
        merged = merged.withDetails(from: article, range: whole, text: text)
        var effects: [Effect] = []
        for absorbed in overlapping where absorbed.highlight.id != merged.id {
            highlights.remove(id: absorbed.highlight.id)
            effects.append(.deleteHighlight(id: absorbed.highlight.id))
        }
        highlights.put(merged, at: whole)
        effects.append(.saveHighlight(merged))
        if overlapping.count > 1 {
            message = "\(overlapping.count) highlights merged into one, colour \(merged.color)"
        } else {
            // A selection inside the highlight leaves it as it was, but for the colour.
            message = whole == overlapping[0].range ? "highlight colour \(merged.color)" : "highlight extended, colour \(merged.color)"
        }
        return effects
    }

    /// Gives `existing` colour `colour`, or the next one (5 wraps to 1).
    private mutating func recolor(_ existing: Highlight, to color: Int?, in article: Article) -> [Effect] {
        var changed = existing
        changed.color = color ?? existing.color % 5 + 1
        changed.modified = environment.now()
        let range = highlights.ranges[existing.id]
        changed = changed.withDetails(from: article, range: range, text: ArticleText(article: article))
        highlights.put(changed, at: range)
        message = "highlight colour \(changed.color)"
        return [.saveHighlight(changed)]
    }

    mutating func removeHighlightUnderCursor() -> [Effect] {
        guard let highlight = highlightUnderCursor else {
            message = activeCursor == nil ? "move the reading cursor with ( or ) first" : "no highlight under the cursor"
            return []
        }
        highlights.remove(id: highlight.id)
        message = "highlight removed (u to undo)"
        return [.deleteHighlight(id: highlight.id)]
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
            highlight.modified = environment.now()
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
