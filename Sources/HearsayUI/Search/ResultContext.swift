import HearsayModel
import HearsaySearch
import HearsayText

/// The text of one coverage search result. Centred on the keyword (`KeywordInContext`, so the
/// keywords line up) when that shows the start of the sentence holding it; otherwise, when the
/// sentence's start and the match fit, from the start of the sentence: in Chinese the centred
/// line kept ~23 characters left of the match and cut the opening of the quote searched for.
enum ResultContext {
    /// Characters that end a sentence: the next one starts after them.
    static let sentenceEnds: Set<Character> = ["。", "！", "？", "!", "?", "\n"]

    static func line(for match: SearchMatch, in article: Article, width: Int) -> (text: String, matchColumns: Range<Int>) {
        let centred = KeywordInContext.line(for: match, in: article, width: width)
        guard article.blocks.indices.contains(match.block), width > 0 else { return centred }
        let block = article.blocks[match.block]
        // In a turn the context starts after the speaker's name, as the centred line does.
        let wordsStart = block.wordsStart > 0 && match.range.lowerBound >= block.wordsStart ? block.wordsStart : 0
        let text = block.text
        let utf8 = text.utf8
        guard match.range.upperBound <= utf8.count, match.range.lowerBound >= wordsStart else { return centred }
        func index(_ offset: Int) -> String.Index { utf8.index(utf8.startIndex, offsetBy: offset) }
        let matchStart = index(match.range.lowerBound), matchEnd = index(match.range.upperBound)
        guard matchStart.samePosition(in: text) != nil, matchEnd.samePosition(in: text) != nil else { return centred }
        let sentenceStart =
            text[index(wordsStart)..<matchStart].lastIndex { sentenceEnds.contains($0) }
            .map { text.index(after: $0) } ?? index(wordsStart)
        let before = DisplaySafety.sanitized(String(text[sentenceStart..<matchStart])).drop { $0 == " " }
        let matched = DisplaySafety.sanitized(String(text[matchStart..<matchEnd]))
        let beforeWidth = DisplayWidth.of(before), matchWidth = DisplayWidth.of(matched)
        // The centred line already shows the sentence's start (it was not cut), or the sentence's
        // start and the match do not fit: the centred line.
        let centredLeft = (width - matchWidth) / 2
        guard beforeWidth > centredLeft, beforeWidth + matchWidth < width else { return centred }
        let after = truncate(String(text[matchEnd...]), toWidth: width - beforeWidth - matchWidth)
        return (String(before) + matched + after, beforeWidth..<(beforeWidth + matchWidth))
    }
}
