import HearsayText

/// What a terminal smaller than `ScreenLayout.minimum` shows instead of the app.
enum TooSmallView {
    /// The only keys that do anything while the terminal is too small (`AppState.update`).
    static let quitKeys: Set<Key> = [.character("q"), .control("c")]

    /// The message; `unsavedChanges` when quitting waits for an answer because changes could not
    /// be saved (the status bar that asks is not on screen).
    static func lines(for size: ScreenSize, unsavedChanges: Bool = false) -> [String] {
        let minimum = ScreenLayout.minimum
        let sizes = "\(size.width)x\(size.height), need \(minimum.width)x\(minimum.height)"
        if unsavedChanges { return ["Terminal too small", sizes, "changes NOT SAVED:", "q again quits", "other keys stay"] }
        return ["Terminal too small", sizes, "q or Ctrl-C quits"]
    }

    static func render(size: ScreenSize, unsavedChanges: Bool, into buffer: inout ScreenBuffer, styles: Styles) {
        let lines = lines(for: size, unsavedChanges: unsavedChanges)
        let top = max(0, (size.height - lines.count) / 2)
        for (offset, line) in lines.enumerated() where top + offset < size.height {
            let width = min(size.width, DisplayWidth.of(line))
            buffer.write(line, x: max(0, (size.width - width) / 2), y: top + offset, style: styles.tooSmall)
        }
    }
}
