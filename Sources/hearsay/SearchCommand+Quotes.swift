import HearsayModel
import HearsaySearch

/// `search --speaker`: a speaker's quotations in prose are what they said, as their turns are.
extension SearchCommand {
    /// The matches of `query`'s phrase inside quotations of a speaker `query` names (a name
    /// containing it, as `SpeakerNameMatching` folds it); none without a speaker restriction.
    static func quotedMatches(of query: SearchQuery, in folded: FoldedCorpus, corpus: Corpus) -> [CorpusMatch] {
        guard let speaker = query.speaker else { return [] }
        let quoted = corpus.articles.contains { article in
            article.quotes.contains { $0.speaker.map { SpeakerNameMatching.name($0, matches: speaker) } ?? false }
        }
        guard quoted else { return [] }
        return CorpusSearcher.allMatches(of: SearchQuery(text: query.text), in: folded).filter { found in
            guard found.match.header == nil, found.match.turn == nil,
                let name = quoteSpeaker(of: found, in: corpus)
            else { return false }
            return SpeakerNameMatching.name(name, matches: speaker)
        }
    }

    /// Who is quoted where `found` is, when it is inside an attributed quotation.
    static func quoteSpeaker(of found: CorpusMatch, in corpus: Corpus) -> String? {
        let article = corpus.articles[found.article]
        guard found.match.header == nil, let quote = article.quoteIndex(containing: found.match.start..<found.match.end) else { return nil }
        return article.quotes[quote].speaker
    }

    /// Turn matches and quotation matches together, in corpus order.
    static func merged(_ turnMatches: [CorpusMatch], _ quoteMatches: [CorpusMatch]) -> [CorpusMatch] {
        guard !quoteMatches.isEmpty else { return turnMatches }
        return (turnMatches + quoteMatches).sorted { ($0.article, $0.match) < ($1.article, $1.match) }
    }
}
