import HearsayModel
import HearsaySearch

/// `search --speaker`: a speaker's quotations in prose are what they said, as their turns are.
extension SearchCommand {
    /// The matches of `query`'s phrase inside quotations of the person `query`'s speaker restriction stands
    /// for; none without a speaker restriction.
    static func quotedMatches(of query: SearchQuery, in folded: FoldedCorpus, corpus: Corpus) -> [CorpusMatch] {
        guard query.speaker != nil, query.hasText else { return [] }
        let quoted = corpus.articles.contains { article in
            article.quotes.contains { $0.speaker != nil && query.admitsQuotedSpeaker(named: $0.speaker, inArticle: article.id) }
        }
        guard quoted else { return [] }
        return CorpusSearcher.allMatches(of: SearchQuery(text: query.text), in: folded).filter { found in
            guard found.match.header == nil, found.match.turn == nil,
                let name = quoteSpeaker(of: found, in: corpus)
            else { return false }
            return query.admitsQuotedSpeaker(named: name, inArticle: corpus.articles[found.article].id)
        }
    }

    /// `query` with its speaker (typed with `--speaker` or `speaker:`) resolved to one person of the coverage
    /// (`UtteranceIndex.resolve`); an unknown or ambiguous name is an error naming the candidates.
    static func resolvingSpeaker(of query: SearchQuery, in corpus: Corpus) throws -> SearchQuery {
        guard let typed = query.speaker else { return query }
        do {
            let person = try UtteranceIndex(corpus: corpus).resolve(typed)
            return SearchQuery(text: query.text, speaker: person.name, speakerIDs: person.ids)
        } catch {
            throw CommandError(message: error.description)
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
