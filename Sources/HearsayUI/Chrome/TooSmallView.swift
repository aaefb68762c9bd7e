import HearsayText
/// What a terminal smaller than `ScreenLayout.minimum` shows instead of the app.
enum TooSmallView {
    /// The only keys that do anything while the terminal is too small (`AppState.update`).
    static let quitKeys: Set<Key> = [.character("q"), .control("c")]

    static func lines(for size: ScreenSize) -> [String] {
        let minimum = ScreenLayout.minimum
        return ["Terminal too small", "\(size.width)x\(size.height), need \(minimum.width)x\(minimum.height)", "q or Ctrl-C quits"]
    }

    static func render(size: ScreenSize, into buffer: inout ScreenBuffer, styles: Styles) {
        let lines = lines(for: size)
        let top = max(0, (size.height - lines.count) / 2)
        for (offset, line) in lines.enumerated() where top + offset < size.height {
            let width = min(size.width, DisplayWidth.of(line))
            buffer.write(line, x: max(0, (size.width - width) / 2), y: top + offset, style: styles.tooSmall)
        }
    }
}
