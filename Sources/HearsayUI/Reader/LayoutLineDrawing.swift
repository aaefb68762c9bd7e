import HearsayLayout
import HearsayModel
import HearsayText
import HearsayTheme

/// Draws one laid-out line: its indent, then each styled run in its colours, with the
/// decorations (highlights, search matches, selection) laid over the runs they cover.
enum LayoutLineDrawing {
    static func draw(
        _ line: LayoutLine, article: Article, x: Int, y: Int, limit: Int,
        into buffer: inout ScreenBuffer, styles: Styles, decorations: TextDecorations = .none,
        restyle: ((TerminalStyle) -> TerminalStyle)? = nil
    ) {
        var column = x + line.indent
        for decorated in decorations.decorate(line, in: article) {
            var style = CJKItalic.adjusted(
                styles.style(of: decorated.run.style, overlay: decorated.overlay, in: article),
                for: decorated.run, on: line, in: article)
            if decorated.overlay.selected, !styles.cursorKeepsHighlight(decorated.overlay) { style.attributes.insert(.reverse) }
            if let restyle { style = restyle(style) }
            let start = column
            column = buffer.write(decorated.run.text, x: column, y: y, limit: limit, style: style)
            if column > start, let url = linkTarget(of: decorated.run, on: line, in: article) {
                buffer.hyperlinks.append(Hyperlink(y: y, columns: start..<column, url: url))
            }
        }
        if let color = decorations.noteMarker(endingOn: line) {
            NoteMarkerDrawing.draw(color: color, x: column, y: y, limit: limit, into: &buffer, styles: styles)
        }
    }

    /// The web address a run shows: a link span's, or the article's own on the source line.
    static func linkTarget(of run: StyledRun, on line: LayoutLine, in article: Article) -> String? {
        guard !run.source.isEmpty else { return nil }
        if line.header == .source { return article.sourceURL }
        guard run.style.role == .link else { return nil }
        guard let block = line.block, article.blocks.indices.contains(block) else { return nil }
        for span in article.blocks[block].spans where span.range.contains(run.source.lowerBound) {
            if case .link(let url) = span.style { return url }
        }
        return nil
    }
}
