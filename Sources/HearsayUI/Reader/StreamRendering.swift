import HearsayLayout
import HearsayModel
import HearsayTheme

/// Laid-out lines as text for a stream (`hearsay show`): plain, or in the reader's own styles
/// (the theme, each person's speaker colour) as ANSI SGR. Text is on the terminal's own
/// background: only backgrounds that differ from the theme's page are written. Run text is
/// already safe (`DisplaySafety`), so the only escapes written are the SGR codes made here.
public struct StreamRendering: Sendable {
    /// `nil`: plain text.
    public var styles: Styles?

    public init(styles: Styles?) {
        self.styles = styles
    }

    public func render(_ line: LayoutLine, article: Article) -> String {
        guard !line.runs.isEmpty else { return "" }
        var result = String(repeating: " ", count: line.indent)
        guard let styles else { return result + line.runs.map(\.text).joined() }
        for run in line.runs {
            var style = CJKItalic.adjusted(styles.style(of: run.style, in: article), for: run, on: line, in: article)
            if style.background == styles.screen.background { style.background = .default }
            result += ANSIEscapes.styled(run.text, style)
        }
        return result
    }
}
