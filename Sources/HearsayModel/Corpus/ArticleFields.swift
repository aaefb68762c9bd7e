/// An article's head (every field but the body), held by reference so that copies of an
/// `Article` share it. Written only through `Article`, which copies it first unless it is the only
/// holder: once shared it is never changed, hence `@unchecked Sendable`.
final class ArticleFields: @unchecked Sendable {
    var id: String
    var path: String?
    var format: ArticleFormat
    var title: String
    var date: ArticleDate?
    var sourceURL: String?
    var summary: String?
    var tags: [String]
    var categories: [String]
    var language: String?
    var keyPoints: [String]
    var sections: [Section]
    var turns: [Turn]
    var speakers: [Speaker]
    var quotes: [Quote]

    init(
        id: String, path: String?, format: ArticleFormat, title: String, date: ArticleDate?, sourceURL: String?, summary: String?,
        tags: [String], categories: [String], language: String?, keyPoints: [String], sections: [Section], turns: [Turn],
        speakers: [Speaker], quotes: [Quote]
    ) {
        self.id = id
        self.path = path
        self.format = format
        self.title = title
        self.date = date
        self.sourceURL = sourceURL
        self.summary = summary
        self.tags = tags
        self.categories = categories
        self.language = language
        self.keyPoints = keyPoints
        self.sections = sections
        self.turns = turns
        self.speakers = speakers
        self.quotes = quotes
    }

    func copy() -> ArticleFields {
        ArticleFields(
            id: id, path: path, format: format, title: title, date: date, sourceURL: sourceURL, summary: summary, tags: tags,
            categories: categories, language: language, keyPoints: keyPoints, sections: sections, turns: turns, speakers: speakers,
            quotes: quotes)
    }
}
