import HearsayLayout
import HearsayModel
import HearsayTheme

/// Draws a line of a dialogue layout (`LayoutMode.utterances` and the turn modes): a turn's line
/// as any laid-out line; a quote's first line with the quoted person's name in their own colour
/// (by id, the same in every article, for they need not be one of the article's speakers; a
/// stream gives its person's id, which a surname quoted alone was merged into).
enum UtteranceLineDrawing {
    static func draw(
        _ line: LayoutLine, article: Article, x: Int, y: Int, limit: Int, into buffer: inout ScreenBuffer, styles: Styles,
        decorations: TextDecorations, quotedPerson: String? = nil, restyle: ((TerminalStyle) -> TerminalStyle)? = nil
    ) {
        var drawn = line
        var x = x + line.indent
        drawn.indent = 0
        if let quote = line.quote, article.quotes.indices.contains(quote), let label = line.runs.first, label.source.isEmpty,
            case .speaker = label.style.role
        {
            let id = quotedPerson ?? SpeakerIdentity.id(forName: article.quotes[quote].speaker ?? "", inArticle: article.id)
            var style = StreamView.personStyle(id, styles: styles)
            style.attributes.insert(.bold)
            x = buffer.write(label.text, x: x, y: y, limit: limit, style: restyle?(style) ?? style)
            drawn.runs.removeFirst()
        }
        LayoutLineDrawing.draw(
            drawn, article: article, x: x, y: y, limit: limit, into: &buffer, styles: styles, decorations: decorations, restyle: restyle)
    }
}
