import HearsayModel
import HearsayText

/// A quote's words in one paragraph, wrapped as the dialogue view wraps a turn: on the quote's
/// first line the speaker's name and `QuotePieces.quotedMark`, then the words, later lines
/// indented by 2. The runs address the paragraph's text, so highlights, matches and the reading
/// cursor map onto them as onto any line.
enum QuoteLines {
    static let hangingIndent = 2

    static func lines(
        quote: Int, block: Int, range: Range<Int>, label: String?, in article: Article, width: Int, wrapper: LineWrapper
    ) -> [LayoutLine] {
        let utf8 = Array(article.blocks[block].text.utf8)
        let words = String(decoding: utf8[range], as: UTF8.self)
        let lead: [StyledRun] =
            label.map {
                [
                    .decoration($0 + ": ", style: TextStyle(role: .speaker(-1), emphasis: .bold), at: range.lowerBound),
                    .decoration(QuotePieces.quotedMark, style: TextStyle(role: .metadata), at: range.lowerBound),
                ]
            } ?? []
        let leadWidth = lead.reduce(0) { $0 + $1.width }
        let wrapped = wrapper.wrap(
            text: words, style: TextStyle(role: .quote), width: width, firstIndent: label == nil ? hangingIndent : leadWidth,
            hangingIndent: hangingIndent)
        return wrapped.enumerated().map { number, line in
            var runs = line.runs.map { run in
                var shifted = run
                shifted.source = (run.source.lowerBound + range.lowerBound)..<(run.source.upperBound + range.lowerBound)
                return shifted
            }
            var indent = line.indent
            if number == 0, !lead.isEmpty {
                runs.insert(contentsOf: lead, at: 0)
                indent = 0
            }
            let source = line.source.map { ($0.lowerBound + range.lowerBound)..<($0.upperBound + range.lowerBound) }
            return LayoutLine(indent: indent, runs: runs, block: block, turn: nil, source: source, quote: quote)
        }
    }
}
