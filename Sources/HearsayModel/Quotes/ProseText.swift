/// An article's flat text (`ArticleText`'s: blocks joined by a line feed) as Unicode scalars, so that
/// quote offsets are code points, with where each block starts.
struct ProseText {
    let scalars: [Unicode.Scalar]
    /// Scalar index where each block's text starts.
    let blockStarts: [Int]
    /// Scalar index just past each block's text.
    let blockEnds: [Int]
    let article: Article

    init(article: Article) {
        self.article = article
        var scalars: [Unicode.Scalar] = []
        var starts: [Int] = []
        var ends: [Int] = []
        for (index, block) in article.blocks.enumerated() {
            if index > 0 { scalars.append("\n") }
            starts.append(scalars.count)
            scalars.append(contentsOf: block.text.unicodeScalars)
            ends.append(scalars.count)
        }
        self.scalars = scalars
        blockStarts = starts
        blockEnds = ends
    }

    /// Whether quotes are looked for in this block: prose, ledes and bullets. Headings are names
    /// of sections, turns already say who speaks, and the rest is not prose.
    func isProse(block: Int) -> Bool {
        switch article.blocks[block].kind {
        case .paragraph, .quote, .listItem: return true
        case .heading, .turn, .turnContinuation, .stageDirection, .image: return false
        }
    }

    func string(_ range: Range<Int>) -> String {
        var text = String.UnicodeScalarView()
        text.append(contentsOf: scalars[range.clamped(to: 0..<scalars.count)])
        return String(text)
    }

    /// The block that holds scalar `index`.
    func block(containing index: Int) -> Int {
        var low = 0, high = blockStarts.count - 1, found = 0
        while low <= high {
            let middle = (low + high) / 2
            if blockStarts[middle] <= index { found = middle; low = middle + 1 } else { high = middle - 1 }
        }
        return found
    }

    /// The block position (UTF-8 offset in its block) of scalar `index`.
    func position(ofScalar index: Int) -> TextPosition {
        let block = block(containing: index)
        let end = min(index, blockEnds[block])
        let offset = scalars[blockStarts[block]..<end].reduce(0) { $0 + UTF8.width($1) }
        return TextPosition(block: block, offset: offset)
    }
}

/// The quote marks hearsay recognises, and which closes which.
enum QuoteMarks {
    static let straight: Unicode.Scalar = "\""

    static func closing(of opening: Unicode.Scalar) -> Unicode.Scalar? {
        switch opening {
        case "\u{201C}": return "\u{201D}"  // “ ”
        case "\u{300C}": return "\u{300D}"  // 「 」
        case "\u{300E}": return "\u{300F}"  // 『 』
        case "\"": return "\""
        default: return nil
        }
    }

    static func isClosing(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\u{201D}" || scalar == "\u{300D}" || scalar == "\u{300F}" || scalar == "\""
    }

    /// Whether the UTF-8 text has any opening mark at all (most articles of a transcript corpus do
    /// not, and then nothing else is done). One pass over the bytes: it runs on every block loaded.
    static func mayContainQuotes(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            let count = bytes.count
            var index = 0
            while index < count {
                let byte = bytes[index]
                if byte == 0x22 { return true }
                // “ is E2 80 9C; 「 is E3 80 8C; 『 is E3 80 8E.
                if byte == 0xE2 || byte == 0xE3, index + 2 < count, bytes[index + 1] == 0x80 {
                    let third = bytes[index + 2]
                    if byte == 0xE2 ? third == 0x9C : (third == 0x8C || third == 0x8E) { return true }
                }
                index += 1
            }
            return false
        }
    }
}
