import Foundation
import HearsayModel
import HearsaySearch

/// `hearsay search --json`: one object per match, in corpus order.
enum SearchResultsJSON {
    struct Result: Encodable {
        var article: String
        var title: String
        var speaker: String?
        var turn: Int?
        /// `nil` for a match in a line of the header (then `header` says which).
        var block: Int?
        /// `title`, `dateLine`, `source` or `lede` for a match in the lines above the blocks.
        var header: String?
        /// UTF-8 offsets into the block's (or header line's) text.
        var start: Int
        var end: Int
        var match: String
        var context: String
        /// Columns of `context` where the match is drawn.
        var contextMatchColumns: [Int]

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(article, forKey: .article)
            try container.encode(title, forKey: .title)
            try container.encode(speaker, forKey: .speaker)  // null rather than absent
            try container.encode(turn, forKey: .turn)
            try container.encode(block, forKey: .block)
            try container.encode(header, forKey: .header)
            try container.encode(start, forKey: .start)
            try container.encode(end, forKey: .end)
            try container.encode(match, forKey: .match)
            try container.encode(context, forKey: .context)
            try container.encode(contextMatchColumns, forKey: .contextMatchColumns)
        }

        enum CodingKeys: String, CodingKey {
            case article, title, speaker, turn, block, header, start, end, match, context, contextMatchColumns
        }
    }

    static func encode(_ matches: [CorpusMatch], in corpus: Corpus, width: Int) throws -> String {
        let results = matches.map { found -> Result in
            let article = corpus.articles[found.article]
            let match = found.match
            let line = KeywordInContext.line(for: match, in: article, width: width)
            return Result(
                article: article.id, title: article.title,
                speaker: match.speaker.map { article.speakers[$0].name } ?? SearchCommand.quoteSpeaker(of: found, in: corpus),
                turn: match.turn, block: match.header == nil ? match.block : nil,
                header: match.header.map { "\($0)" }, start: match.range.lowerBound, end: match.range.upperBound,
                match: match.matchedText(in: article), context: line.text,
                contextMatchColumns: [line.matchColumns.lowerBound, line.matchColumns.upperBound]
            )
        }
        return try JSONOutput.string(results)
    }
}
