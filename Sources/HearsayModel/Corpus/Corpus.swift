/// Everything that was loaded: articles in load order and what went wrong (who speaks where is
/// `UtteranceIndex`, built from it by whoever needs it).
public struct Corpus: Sendable {
    public private(set) var articles: [Article]
    public var diagnostics: [Diagnostic]
    /// Index into `articles` by id (restoring thousands of highlights looks articles up by id).
    private let indexByID: [String: Int]

    public init(articles: [Article], diagnostics: [Diagnostic] = []) {
        self.articles = articles
        self.diagnostics = diagnostics
        // The first article wins when two share an id (one file given twice).
        self.indexByID = Dictionary(articles.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    public func article(id: String) -> Article? {
        index(ofArticle: id).map { articles[$0] }
    }

    /// The position in `articles` of the article with this id.
    public func index(ofArticle id: String) -> Int? {
        indexByID[id]
    }
}
