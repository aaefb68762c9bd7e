import HearsayLayout
import HearsayModel
import HearsayText
import HearsayTheme

/// Italic for CJK text is dropped: CJK fonts have no italic, and terminals fake one by slanting
/// the glyphs, which reads badly. Latin italic keeps it.
enum CJKItalic {
    /// How much of a lede or span decides: enough to judge its script, bounded so that a huge
    /// paragraph costs the same on each of its lines.
    static let sampleBytes = 1024

    /// `style` without italic when the text `run` belongs to is mostly CJK: the whole lede for a
    /// lede run, else the inline span (`*…*`) the run is part of, so every line of one lede or
    /// span is drawn alike however it wraps.
    static func adjusted(_ style: TerminalStyle, for run: StyledRun, on line: LayoutLine, in article: Article) -> TerminalStyle {
        guard style.attributes.contains(.italic), isMostlyCJK(deciding(run, on: line, in: article)) else { return style }
        var upright = style
        upright.attributes.remove(.italic)
        return upright
    }

    /// The start of the lede or span holding `run` (a front-matter lede is a header line, not a
    /// block); the run's own text when it shows no source text.
    static func deciding(_ run: StyledRun, on line: LayoutLine, in article: Article) -> String {
        guard !run.source.isEmpty else { return run.text }
        let text: String
        var spans: [InlineSpan] = []
        if let blockIndex = line.block, article.blocks.indices.contains(blockIndex) {
            text = article.blocks[blockIndex].text
            spans = article.blocks[blockIndex].spans
        } else if let field = line.header, let header = ArticleHeader.text(of: field, in: article) {
            text = header
        } else {
            return run.text
        }
        let whole = 0..<text.utf8.count
        let span = run.style.role == .lede ? whole : spans.first { $0.range.contains(run.source.lowerBound) }?.range ?? run.source
        let bytes = span.clamped(to: whole)
        let utf8 = text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: bytes.lowerBound)
        let end = utf8.index(start, offsetBy: min(bytes.count, sampleBytes))
        // A sample cut inside a character decodes it as U+FFFD, which counts for neither side.
        return String(decoding: utf8[start..<end], as: UTF8.self)
    }

    /// CJK letters (ideographs, kana, Hangul) take more columns than the other letters: a CJK
    /// character is two columns and about a word, so "成本 AI" counts as Chinese. Spaces,
    /// digits and punctuation do not count.
    static func isMostlyCJK(_ text: String) -> Bool {
        var cjkColumns = 0
        var otherLetters = 0
        for scalar in text.unicodeScalars {
            if isCJK(scalar) {
                cjkColumns += 2
            } else if scalar.properties.isAlphabetic {
                otherLetters += 1
            }
        }
        return cjkColumns > otherLetters
    }

    static func isCJK(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isIdeographic || (0x3040...0x30FF).contains(scalar.value)
            || (0xAC00...0xD7A3).contains(scalar.value)
    }
}
