import HearsayText

/// A framed box drawn over the panes (the help, the speaker filter).
enum OverlayBox {
    /// Where overlays go: the rows between the title bar and the status bar.
    static func area(in size: ScreenSize) -> Rect {
        Rect(x: 0, y: 1, width: size.width, height: size.height - 2)
    }

    /// Blanks the box and a one-cell margin around it inside `area` (the panes), then draws its
    /// frame with `title`. Without the margin, text cut by the box reads as if it belonged to it
    /// (a lone `,` right of the border); a wide character half under the box or its margin
    /// becomes a blank (`ScreenBuffer.fill`), never half a glyph.
    static func draw(_ box: Rect, title: String, within area: Rect, into buffer: inout ScreenBuffer, styles: Styles) {
        buffer.fill(box.inset(top: -1, bottom: -1, left: -1, right: -1).intersection(area), style: styles.screen)
        buffer.fill(box, style: styles.helpBox)
        drawFrame(box, title: title, into: &buffer, styles: styles)
    }

    /// The frame in the glyph set's lines: box-drawing like the pane separator, ASCII with
    /// `HEARSAY_ASCII=1` (box-drawing characters are ambiguous-width).
    static func drawFrame(_ box: Rect, title: String, into buffer: inout ScreenBuffer, styles: Styles) {
        let frame = styles.glyphs.frame
        let line = String(repeating: frame[4], count: max(0, box.width - 2))
        buffer.write(frame[0] + line + frame[1], x: box.x, y: box.y, style: styles.overlayBorder)
        buffer.write(frame[2] + line + frame[3], x: box.x, y: box.maxY - 1, style: styles.overlayBorder)
        for y in (box.y + 1)..<(box.maxY - 1) {
            buffer.write(frame[5], x: box.x, y: y, style: styles.overlayBorder)
            buffer.write(frame[5], x: box.maxX - 1, y: y, style: styles.overlayBorder)
        }
        buffer.write(title, x: box.x + 2, y: box.y, limit: box.maxX - 2, style: styles.overlayBorder)
    }

    /// Writes `label` into the bottom border, ending two columns before its right corner.
    static func drawFooter(_ label: String, box: Rect, into buffer: inout ScreenBuffer, styles: Styles) {
        let width = DisplayWidth.of(label)
        guard width <= box.width - 4 else { return }
        buffer.write(label, x: box.maxX - 2 - width, y: box.maxY - 1, style: styles.overlayBorder)
    }
}
