import HearsayText
import HearsayTheme

/// Draws a prompt and its editor's text in one row, scrolled sideways so the cursor stays in
/// view, and puts the terminal cursor at the insertion point.
public enum PromptLineView {
    public static func render(
        _ editor: LineEditor, prompt: String, in row: Rect, into buffer: inout ScreenBuffer,
        style: TerminalStyle
    ) {
        buffer.fill(row, style: style)
        let promptEnd = buffer.write(prompt, x: row.x, y: row.y, limit: row.maxX, style: style)
        let room = row.maxX - promptEnd
        guard room > 0 else { return }
        let widths = editor.characters.map { DisplayWidth.of($0) }
        var first = 0
        var beforeCursor = widths[0..<editor.cursor].reduce(0, +)
        // The cursor needs a column of its own: at most room - 1 columns before it.
        while beforeCursor > room - 1, first < editor.cursor {
            beforeCursor -= widths[first]
            first += 1
        }
        var column = promptEnd
        for index in first..<editor.characters.count {
            guard column + widths[index] <= promptEnd + room else { break }
            column = buffer.write(String(editor.characters[index]), x: column, y: row.y, style: style)
        }
        buffer.cursor = CursorPosition(x: promptEnd + beforeCursor, y: row.y)
    }
}
