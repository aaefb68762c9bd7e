/// Draws the help overlay: every binding of the keymap in a box over the current view.
enum HelpOverlayView {
    /// The box: most of the screen, centred; wide enough for the longest line when the screen
    /// has room (at least 76 columns, so it does not change width from page to page).
    static func box(in size: ScreenSize, content: HelpContent) -> Rect {
        let width = min(max(76, content.widestLine + 4), size.width - 4)
        let height = size.height - 2
        return Rect(x: (size.width - width) / 2, y: 1, width: width, height: height)
    }

    static func render(_ help: HelpState, content: HelpContent, into buffer: inout ScreenBuffer, styles: Styles) {
        let box = box(in: buffer.size, content: content)
        guard box.width >= 10, box.height >= 3 else { return }
        OverlayBox.draw(box, title: " Keys (q to close) ", within: OverlayBox.area(in: buffer.size), into: &buffer, styles: styles)
        let inner = box.inset(top: 1, bottom: 1, left: 2, right: 2)
        let keyWidth = min(content.keyColumnWidth, inner.width / 2)
        for row in 0..<inner.height {
            let index = help.top + row
            guard index < content.lines.count else { break }
            let y = inner.y + row
            switch content.lines[index] {
            case .heading(let title):
                buffer.write(title, x: inner.x, y: y, limit: inner.maxX, style: styles.helpHeading)
            case .binding(let keys, let text):
                buffer.writeTruncated(keys, x: inner.x, y: y, width: keyWidth, style: styles.helpKey, ellipsis: styles.glyphs.ellipsis)
                buffer.writeTruncated(
                    text, x: inner.x + keyWidth + 2, y: y, width: inner.width - keyWidth - 2,
                    style: styles.helpBox, ellipsis: styles.glyphs.ellipsis)
            case .blank:
                break
            }
        }
        if let position = position(top: help.top, page: inner.height, lineCount: content.lines.count) {
            OverlayBox.drawFooter(position, box: box, into: &buffer, styles: styles)
        }
    }

    /// Where the box is in the help when it does not show all of it: ` lines 21-40 of 160, more
    /// below `, or `…, end` on the last page; `nil` when everything fits.
    static func position(top: Int, page: Int, lineCount: Int) -> String? {
        guard lineCount > page else { return nil }
        let last = min(lineCount, top + page)
        return " lines \(top + 1)-\(last) of \(lineCount), \(last < lineCount ? "more below" : "end") "
    }
}
