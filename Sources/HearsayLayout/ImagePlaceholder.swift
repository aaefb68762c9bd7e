import HearsayModel
import HearsayText

/// An image drawn as one line of text: `[图片: alt]`, or `[图片]` when the alt text says nothing
/// more, cut to the width with `…`.
enum ImagePlaceholder {
    static let label = "图片"
    /// Alt texts that only say "image".
    static let emptyAlts: Set<String> = ["", "图片", "image", "Image", "img", "图像", "照片"]

    static func text(alt: String, width: Int) -> String {
        let cleanAlt = alt.trimmingWhitespace
        let bare = "[\(label)]"
        guard !emptyAlts.contains(cleanAlt) else { return truncate(bare, toWidth: width) }
        let frame = DisplayWidth.of("[\(label): ]")
        let room = width - frame
        guard room >= 2 else { return truncate(bare, toWidth: width) }
        return "[\(label): \(truncate(cleanAlt, toWidth: room))]"
    }

    static func line(for block: Block, index: Int, turn: Int?, width: Int) -> LayoutLine {
        let shown = text(alt: block.text, width: width)
        let source = 0..<block.text.utf8.count
        let run = StyledRun(text: shown, style: BlockStyles.image, source: source, width: DisplayWidth.of(shown))
        return LayoutLine(indent: 0, runs: [run], block: index, turn: turn, source: source)
    }
}
