import HearsayModel
import HearsaySearch
import Synchronization

/// The search's matches in the articles a stream shows besides the one searched (the article
/// under its cursor), so that every article on screen shows its own: found when first drawn,
/// kept for the query and the corpus generation. A reference shared by the copies of a stream,
/// as rendering reads a copy.
final class StreamMatches: Sendable {
    private struct Found {
        var query: SearchQuery
        var generation: Int
        var byArticle: [Int: [SearchMatch]] = [:]
    }

    private let found = Mutex<Found?>(nil)

    /// The matches of `query` in article `index` of `corpus` (at corpus `generation`).
    func matches(of query: SearchQuery, inArticle index: Int, of corpus: Corpus, generation: Int) -> [SearchMatch] {
        found.withLock { found in
            if found?.query != query || found?.generation != generation { found = Found(query: query, generation: generation) }
            if let known = found?.byArticle[index] { return known }
            let matches = ArticleSearcher.matches(of: query, in: corpus.articles[index])
            found?.byArticle[index] = matches
            return matches
        }
    }
}
