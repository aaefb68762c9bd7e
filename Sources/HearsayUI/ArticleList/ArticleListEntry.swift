import HearsayModel
import HearsayText

/// What the list shows for one article: its title and one line of metadata
/// (`2025-02-12 · qq.com · 5 speakers · 27 turns · 2 marks`; marks are the user's highlights,
/// named apart from the article's own key points, 亮点).
struct ArticleListEntry: Sendable, Hashable {
    var title: String
    var metadata: String

    init(article: Article, marks: Int = 0) {
        title = DisplaySafety.sanitized(article.title.isEmpty ? article.id : article.title)
        var parts: [String] = []
        if let date = article.date { parts.append(date.day) }
        if let source = ArticleListEntry.source(of: article) { parts.append(source) }
        if !article.turns.isEmpty {
            parts.append("\(article.speakers.count) speaker\(article.speakers.count == 1 ? "" : "s")")
            parts.append("\(article.turns.count) turn\(article.turns.count == 1 ? "" : "s")")
        }
        if marks > 0 { parts.append("\(marks) mark\(marks == 1 ? "" : "s")") }
        metadata = DisplaySafety.sanitized(parts.joined(separator: " · "))
    }

    /// Where the article came from: the source link's host, else its first category.
    static func source(of article: Article) -> String? {
        if let url = article.sourceURL, let host = host(of: url) { return host }
        return article.categories.first
    }

    static func host(of url: String) -> String? {
        guard let schemeEnd = url.range(of: "://") else { return nil }
        let rest = url[schemeEnd.upperBound...]
        let host = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" && $0 != ":" }
        guard !host.isEmpty else { return nil }
        return host.hasPrefix("www.") ? String(host.dropFirst(4)) : String(host)
    }
}
