/// What `hearsay list` shows about one article; also its `--json` shape.
public struct ArticleSummary: Sendable, Hashable, Codable {
    public var id: String
    public var path: String?
    public var format: ArticleFormat
    public var title: String
    /// The date as written in the file.
    public var date: String?
    /// `YYYY-MM-DD` (UTC) when the date could be parsed.
    public var day: String?
    public var sourceURL: String?
    public var sourceHost: String?
    /// Speakers' names in order of first appearance.
    public var speakers: [String]
    public var turns: Int
    /// How many key points (`## 亮点` bullets) the article has: the writer's, not the user's highlights.
    public var keyPoints: Int
    public var sections: Int

    /// Every field as given (the persistent index stores summaries and reads them back).
    public init(
        id: String, path: String?, format: ArticleFormat, title: String, date: String?, day: String?, sourceURL: String?,
        sourceHost: String?, speakers: [String], turns: Int, keyPoints: Int, sections: Int
    ) {
        self.id = id
        self.path = path
        self.format = format
        self.title = title
        self.date = date
        self.day = day
        self.sourceURL = sourceURL
        self.sourceHost = sourceHost
        self.speakers = speakers
        self.turns = turns
        self.keyPoints = keyPoints
        self.sections = sections
    }

    public init(article: Article) {
        id = article.id
        path = article.path
        format = article.format
        title = article.title
        date = article.date?.original
        day = article.date?.timestamp.map(DateText.day)
        sourceURL = article.sourceURL
        sourceHost = article.sourceURL.flatMap(ArticleSummary.host(of:))
        speakers = article.speakers.map(\.name)
        turns = article.turns.count
        keyPoints = article.keyPoints.count
        sections = article.sections.count
    }

    /// `news.example.org` for `https://www.news.example.org/a/b`.
    public static func host(of url: String) -> String? {
        guard let schemeEnd = url.range(of: "://") else { return nil }
        let rest = url[schemeEnd.upperBound...]
        var host = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" && $0 != ":" }
        if let at = host.lastIndex(of: "@") { host = host[host.index(after: at)...] }
        if host.hasPrefix("www.") { host = host.dropFirst(4) }
        return host.isEmpty ? nil : String(host)
    }
}
