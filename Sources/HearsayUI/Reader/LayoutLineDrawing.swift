import HearsayText
import HearsayLayout
import HearsayModel
import HearsayTheme

/// Draws one laid-out line: its indent, then each styled run in its colours.
enum LayoutLineDrawing {
    static func draw(_ line: LayoutLine, article: Article, x: Int, y: Int, limit: Int,
                     into buffer: inout ScreenBuffer, styles: Styles, restyle: ((TerminalStyle) -> TerminalStyle)? = nil) {
        var column = x + line.indent
        for run in line.runs {
            var slot = 0
            if case .speaker(let index) = run.style.role, article.speakers.indices.contains(index) {
                slot = styles.speakerSlot(forSpeakerAt: index, in: article)
            }
            var style = styles.text(run.style, speakerSlot: slot)
            if let restyle { style = restyle(style) }
            column = buffer.write(run.text, x: column, y: y, limit: limit, style: style)
        }
    }
}
