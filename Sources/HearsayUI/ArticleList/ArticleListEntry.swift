import HearsayText
import HearsayModel

/// What the list shows for one article: its title and one line of metadata
/// (`2025-02-12 · qq.com · 5 speakers · 27 turns`).
struct ArticleListEntry: Sendable, Hashable {
    var title: String
    var metadata: String

    init(article: Article) {
        title = DisplaySafety.sanitized(article.title.isEmpty ? article.id : article.title)
        var parts: [String] = []
        if let date = article.date { parts.append(ArticleListEntry.day(of: date)) }
        if let source = ArticleListEntry.source(of: article) { parts.append(source) }
        if !article.turns.isEmpty {
            parts.append("\(article.speakers.count) speaker\(article.speakers.count == 1 ? "" : "s")")
            parts.append("\(article.turns.count) turn\(article.turns.count == 1 ? "" : "s")")
        }
        metadata = DisplaySafety.sanitized(parts.joined(separator: " · "))
    }

    /// `YYYY-MM-DD` (UTC) when the date was understood, else the date as written.
    static func day(of date: ArticleDate) -> String {
        guard let timestamp = date.timestamp else { return date.original }
        // Civil date from days since 1970 (Howard Hinnant's algorithm): no Foundation calendar needed.
        let days = Int((timestamp / 86_400).rounded(.down))
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(year)-\(two(month))-\(two(day))"
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
