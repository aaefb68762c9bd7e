import Foundation
import HearsayIndex
import HearsayModel
import HearsaySearch
import HearsayText

/// `hearsay search` through the index: results printed a page at a time as the index finds them,
/// so the first lines come at once and `hearsay search … | head` ends early (the write to a closed
/// pipe ends the process). The output is exactly that of the whole search, in the same order.
extension SearchCommand {
    /// Matches sought for the first page: one, so the first lines come after parsing a handful of
    /// candidates (a page holds whole articles: all of that article's matches come with it).
    static let firstPageMatches = 1
    /// Matches sought per later page.
    static let pageMatches = 256
    /// Candidates parsed together in later pages (on all cores).
    static let pageBatch = 64

    /// Prints every match page by page; whether anything matched, or `nil` when the index failed
    /// before anything was printed (the caller then searches the files).
    static func printPages(of search: IndexedSearch, index: ArticleIndex, options: CorpusOptions, width: Int) throws -> Bool? {
        var page: IndexedSearch.Page
        do {
            page = try search.page(matches: firstPageMatches)
        } catch {
            options.reportAbandoned(index, after: error)
            return nil
        }
        // The first page parses candidates until one matches, so it has no article only when no
        // candidate exists: the whole search's corpus would have had none either.
        try options.requireReadablePaths(articleCount: page.corpus.articles.count, diagnostics: search.diagnostics)
        for diagnostic in search.diagnostics where diagnostic.severity == .error {
            SafeOutput.error(diagnostic.description)
        }
        var printer = GroupedMatchPrinter(width: width)
        var lastPrinted: String?
        var found = false
        while true {
            printer.print(page.matches, in: page.corpus)
            fflush(nil)  // each page reaches a pipe as it is printed
            if let last = page.matches.last {
                lastPrinted = page.corpus.articles[last.article].id
                found = true
            }
            guard let next = page.next else { return found }
            do {
                page = try search.page(from: next, matches: pageMatches, batch: pageBatch)
            } catch {
                options.reportAbandoned(index, after: error)
                return printRemainder(of: search.query, after: lastPrinted, options: options, printer: &printer) || found
            }
        }
    }

    /// When the index fails midway: the matches after the last article printed, from the files
    /// (final ids are the same either way); whether there were any.
    private static func printRemainder(
        of query: SearchQuery, after lastPrinted: String?, options: CorpusOptions, printer: inout GroupedMatchPrinter
    ) -> Bool {
        let corpus = options.loadCorpus()
        let start = lastPrinted.flatMap { id in corpus.articles.firstIndex { $0.id == id }.map { $0 + 1 } } ?? 0
        let matches = CorpusSearcher.allMatches(of: query, in: FoldedCorpus(corpus)).filter { $0.article >= start }
        printer.print(matches, in: corpus)
        return !matches.isEmpty
    }
}

/// Matches grouped by article: the article's title (and id), then one indented line per match, the
/// speaker first when the match is in a turn or an attributed quotation. Kept across pages of
/// results (an article is never split between pages), so a blank line separates every two groups.
struct GroupedMatchPrinter {
    let width: Int
    private var printedAny = false

    init(width: Int) {
        self.width = width
    }

    /// Prints `matches` (in `corpus`, in order).
    mutating func print(_ matches: [CorpusMatch], in corpus: Corpus) {
        var currentArticle: Int?
        for found in matches {
            let article = corpus.articles[found.article]
            if currentArticle != found.article {
                if printedAny { SafeOutput.line("") }
                SafeOutput.line(truncate("\(article.title)  (\(article.id))", toWidth: width))
                currentArticle = found.article
                printedAny = true
            }
            let speaker =
                found.match.speaker.map { article.speakers[$0].name } ?? SearchCommand.quoteSpeaker(of: found, in: corpus)
            let prefix = speaker.map { "  [\(truncate($0, toWidth: width / 3))] " } ?? "  "
            let available = max(width - DisplayWidth.of(prefix), 10)
            let line = KeywordInContext.line(for: found.match, in: article, width: available)
            SafeOutput.line(prefix + line.text)
        }
    }
}
