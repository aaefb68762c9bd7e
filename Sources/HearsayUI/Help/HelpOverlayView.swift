/// Draws the help overlay: every binding of the keymap in a box over the current view.
enum HelpOverlayView {
    /// The box: most of the screen, at most 76 columns wide, centred.
    static func box(in size: ScreenSize) -> Rect {
        let width = min(76, size.width - 4)
        let height = size.height - 2
        return Rect(x: (size.width - width) / 2, y: 1, width: width, height: height)
    }

    static func render(_ help: HelpState, keymap: Keymap, into buffer: inout ScreenBuffer, styles: Styles) {
        let box = box(in: buffer.size)
        guard box.width >= 10, box.height >= 3 else { return }
        let content = HelpContent(keymap: keymap)
        buffer.fill(box, style: styles.helpBox)
        drawFrame(box, title: " Keys (q to close) ", into: &buffer, styles: styles)
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
                buffer.writeTruncated(text, x: inner.x + keyWidth + 2, y: y, width: inner.width - keyWidth - 2,
                                      style: styles.helpBox, ellipsis: styles.glyphs.ellipsis)
            case .blank:
                break
            }
        }
    }

    /// An ASCII frame (`+--+`, `|`): box-drawing characters are ambiguous-width.
    static func drawFrame(_ box: Rect, title: String, into buffer: inout ScreenBuffer, styles: Styles) {
        let horizontal = "+" + String(repeating: "-", count: max(0, box.width - 2)) + "+"
        buffer.write(horizontal, x: box.x, y: box.y, style: styles.overlayBorder)
        buffer.write(horizontal, x: box.x, y: box.maxY - 1, style: styles.overlayBorder)
        for y in (box.y + 1)..<(box.maxY - 1) {
            buffer.write("|", x: box.x, y: y, style: styles.overlayBorder)
            buffer.write("|", x: box.maxX - 1, y: y, style: styles.overlayBorder)
        }
        buffer.write(title, x: box.x + 2, y: box.y, limit: box.maxX - 2, style: styles.overlayBorder)
    }
}
