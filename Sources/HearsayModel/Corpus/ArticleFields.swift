/// An article's head (every field but the body), held by reference so that copies of an
/// `Article` share it. Written only through `Article`, which copies it first unless it is the only
/// holder: once shared it is never changed, hence `@unchecked Sendable`. The fields few features
/// read are packed in `details`.
final class ArticleFields: @unchecked Sendable {
    var id: String
    var path: String?
    var format: ArticleFormat
    var title: String
    var date: ArticleDate?
    var language: String?
    var turns: [Turn]
    var speakers: [Speaker]
    var quotes: [Quote]
    /// Source link, lede, tags, categories, key points and sections.
    var details: ArticleDetails

    init(
        id: String, path: String?, format: ArticleFormat, title: String, date: ArticleDate?, language: String?, turns: [Turn],
        speakers: [Speaker], quotes: [Quote], details: ArticleDetails
    ) {
        self.id = id
        self.path = path
        self.format = format
        self.title = title
        self.date = date
        self.language = language
        self.turns = turns
        self.speakers = speakers
        self.quotes = quotes
        self.details = details
    }

    func copy() -> ArticleFields {
        ArticleFields(
            id: id, path: path, format: format, title: title, date: date, language: language, turns: turns, speakers: speakers,
            quotes: quotes, details: details)
    }
}
