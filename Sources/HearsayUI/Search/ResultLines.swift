import HearsayModel
import HearsaySearch
import HearsayText

/// The lines one coverage search result takes at a width: one when the sentence holding the
/// match fits (`ResultContext`'s line), else two, the sentence wrapped by the project's line
/// breaker (so CJK rules hold) instead of a keyword-in-context cut. The rows a result takes in
/// the results view are `lines(…).count`.
enum ResultLines {
    struct Line: Equatable, Sendable {
        var text: String
        /// The match's columns on this line (empty when the match is on another line).
        var matchColumns: Range<Int>
    }

    static let maximumLines = 2

    static func lines(for match: SearchMatch, in article: Article, width: Int) -> [Line] {
        let single = ResultContext.line(for: match, in: article, width: width)
        let oneLine = [Line(text: single.text, matchColumns: single.matchColumns)]
        guard let sentence = sentence(holding: match, in: article) else { return oneLine }
        let text = sentence.before + sentence.matched + sentence.after
        guard width > 2, DisplayWidth.of(text) > width else { return oneLine }
        let matchStart = sentence.before.utf8.count
        return twoLines(of: text, match: matchStart..<(matchStart + sentence.matched.utf8.count), width: width)
    }

    /// The sentence (or sentences, when the match spans several) holding `match`, made safe for
    /// display and cut at the match; nil when the match does not sit on character boundaries.
    static func sentence(
        holding match: SearchMatch, in article: Article
    ) -> (
        before: String, matched: String, after: String
    )? {
        guard article.blocks.indices.contains(match.block) else { return nil }
        let block = article.blocks[match.block]
        let text = block.text
        let utf8 = text.utf8
        // In a turn the sentence starts after the speaker's name at the latest.
        let wordsStart = block.wordsStart > 0 && match.range.lowerBound >= block.wordsStart ? block.wordsStart : 0
        guard match.range.upperBound <= utf8.count, match.range.lowerBound >= wordsStart, !match.range.isEmpty
        else { return nil }
        let sentences = Sentences.ranges(in: text)
        let first = Sentences.sentenceIndex(containing: match.range.lowerBound, in: sentences)
        let last = Sentences.sentenceIndex(containing: match.range.upperBound - 1, in: sentences)
        let start = max(wordsStart, min(first.map { sentences[$0].lowerBound } ?? 0, match.range.lowerBound))
        let end = max(last.map { sentences[$0].upperBound } ?? utf8.count, match.range.upperBound)
        func index(_ offset: Int) -> String.Index? {
            utf8.index(utf8.startIndex, offsetBy: offset).samePosition(in: text)
        }
        guard let startIndex = index(start), let matchStart = index(match.range.lowerBound),
            let matchEnd = index(match.range.upperBound), let endIndex = index(end)
        else { return nil }
        let before = DisplaySafety.sanitized(String(text[startIndex..<matchStart])).drop { $0 == " " }
        return (
            String(before), DisplaySafety.sanitized(String(text[matchStart..<matchEnd])),
            DisplaySafety.sanitized(String(text[matchEnd..<endIndex]))
        )
    }

    /// Two lines of `text` wrapped at `width`, showing the `match` (UTF-8 range): the sentence's
    /// first two when the match ends on them, else the line the match ends on and the one before,
    /// that one opening with `…`; `…` ends the second line when more follows.
    static func twoLines(of text: String, match: Range<Int>, width: Int) -> [Line] {
        let wrapped = LineWrapper().wrap(text: text, width: width).filter { $0.source != nil }
        let endLine = wrapped.firstIndex { $0.source!.upperBound >= match.upperBound } ?? 0
        let first = endLine < maximumLines ? 0 : endLine - 1
        let bytes = Array(text.utf8)
        var lines: [Line] = []
        for number in first..<min(first + maximumLines, wrapped.count) {
            var source = wrapped[number].source!
            var lineText = String(decoding: bytes[source], as: UTF8.self)
            if number == first, first > 0 {
                // `…` takes the place of the line's first character (a column or two).
                let dropped = lineText.first.map { String($0) } ?? ""
                lineText = "…" + lineText.dropFirst()
                source = (source.lowerBound + dropped.utf8.count - "…".utf8.count)..<source.upperBound
            }
            if number == first + maximumLines - 1, number < wrapped.count - 1 {
                lineText = truncate(lineText + "…", toWidth: width)
            }
            lines.append(Line(text: lineText, matchColumns: columns(of: match, onLineAt: source, text: lineText)))
        }
        return lines
    }

    /// The columns of `match` on a line showing `source` of the text as `text` (clamped to it).
    static func columns(of match: Range<Int>, onLineAt source: Range<Int>, text: String) -> Range<Int> {
        let bytes = Array(text.utf8)
        let start = min(max(match.lowerBound - source.lowerBound, 0), bytes.count)
        let end = min(max(match.upperBound - source.lowerBound, start), bytes.count)
        guard start < end else { return 0..<0 }
        let lower = DisplayWidth.of(String(decoding: bytes[..<start], as: UTF8.self))
        return lower..<DisplayWidth.of(String(decoding: bytes[..<end], as: UTF8.self))
    }
}
