/// Everything that was loaded: articles in load order and what went wrong (who speaks where is
/// `UtteranceIndex`, built from it by whoever needs it).
public struct Corpus: Sendable {
    public private(set) var articles: [Article]
    public var diagnostics: [Diagnostic]
    /// Index into `articles` by id (restoring thousands of highlights looks articles up by id).
    private var indexByID: [String: Int]

    public init(articles: [Article], diagnostics: [Diagnostic] = []) {
        self.articles = articles
        self.diagnostics = diagnostics
        self.indexByID = Corpus.lookup(of: articles)
    }

    public func article(id: String) -> Article? {
        index(ofArticle: id).map { articles[$0] }
    }

    /// The position in `articles` of the article with this id.
    public func index(ofArticle id: String) -> Int? {
        indexByID[id]
    }

    /// Adds `arrived` after the articles there are, extending the id lookup by them only (a
    /// loading corpus grows by batches: rebuilding the lookup at each one cost the whole corpus).
    public mutating func append(contentsOf arrived: [Article]) {
        let first = articles.count
        articles += arrived
        // The first article wins when two share an id, as in `init`.
        for (offset, article) in arrived.enumerated() where indexByID[article.id] == nil {
            indexByID[article.id] = first + offset
        }
    }

    /// Puts `article` at `index` in place of the one there (a file changed on disk).
    mutating func replace(at index: Int, with article: Article) {
        let idChanged = articles[index].id != article.id
        articles[index] = article
        // A file keeps its id when it changes; should one not, the lookup is made again.
        if idChanged { indexByID = Corpus.lookup(of: articles) }
    }

    /// The first article wins when two share an id (one file given twice).
    private static func lookup(of articles: [Article]) -> [String: Int] {
        Dictionary(articles.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    }
}
