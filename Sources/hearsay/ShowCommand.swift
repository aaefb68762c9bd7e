import ArgumentParser
import Foundation
import HearsayLayout
import HearsayModel
import HearsayText
import HearsayTheme
import HearsayUI

/// `hearsay show ARTICLE`: the article laid out at a width, printed to stdout.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Print an article laid out at a width.",
        discussion: """
            ARTICLE is a file, or an article id as `hearsay list` prints it, or a unique prefix of one \
            (looked up in the --corpus folders, or the built-in samples). Styled as the reader styles it \
            (the theme, each person's speaker colour) with ANSI codes when stdout is a terminal and \
            NO_COLOR is not set, or with --color always; plain text otherwise. On a terminal the text goes \
            through $PAGER (default less -R, with LESS=FRX when LESS is unset, as git does) unless \
            --no-pager; an empty PAGER or cat means none.
            """
    )

    @Argument(help: "A file, or an article id from `hearsay list`.")
    var article: String

    @Option(help: "Columns to wrap at (default: the terminal's width, else 80).")
    var width: Int?

    @Flag(help: "Print only the dialogue turns.")
    var dialogue = false

    @Option(name: .customLong("speaker"), help: "Print only this speaker's turns (repeatable; implies --dialogue).")
    var speakers: [String] = []

    @Option(name: .customLong("corpus"), help: "A file or folder to look ARTICLE's id up in (repeatable).")
    var corpusPaths: [String] = []

    @Option(
        name: .customLong("theme"),
        help: ArgumentHelp("Colour theme: a name (see `hearsay themes`) or a .toml file.", valueName: "name|path"))
    var theme: String?

    @Option(name: .customLong("color"), help: "Use colour: auto (a terminal and no NO_COLOR), always, never.")
    var color: ColorChoice = .auto

    @Flag(help: "Print straight to the terminal instead of through $PAGER (default less -R; none when piped).")
    var noPager = false

    func validate() throws {
        if let width, width < 1 { throw ValidationError("--width must be at least 1 (got \(width))") }
    }

    func run() throws {
        let found = try loadArticle()
        let (mode, quotes) = try selection(in: found)
        if mode != .article, found.turns.isEmpty, quotes.isEmpty {
            SafeOutput.error("\(found.id): no dialogue turns to show")
        }
        let columns = width ?? TerminalSize.columns() ?? 80
        let environment = ProcessInfo.processInfo.environment
        let sink = PagedOutput(
            command: PagedOutput.command(environment: environment, isTerminal: isatty(STDOUT_FILENO) == 1, noPager: noPager),
            environment: environment)
        var output = ""
        func flushIfLarge() {
            guard output.utf8.count > 64 * 1024 else { return }
            sink.write(output)
            output = ""
        }
        // Someone only quoted in prose has no turns to lay out: their quotations alone.
        let turnsChosen: Bool
        if case .dialogue(let speakers?) = mode { turnsChosen = !speakers.isEmpty } else { turnsChosen = true }
        if turnsChosen {
            let layout = ArticleLayout(article: found, width: columns, mode: mode)
            let rendering = StreamRendering(styles: styles())
            var index = 0
            while layout.hasLine(index) {
                output += rendering.render(layout.line(index), article: found) + "\n"
                index += 1
                flushIfLarge()
            }
        }
        for (number, quote) in quotes.enumerated() {
            if number > 0 || !output.isEmpty { output += "\n" }
            output += Self.quoteLines(found.quotes[quote], width: columns).map { $0 + "\n" }.joined()
            flushIfLarge()
        }
        sink.write(output)
        sink.finish()
    }

    /// A quotation as `show --speaker` prints it: `Name: “words”`, paragraphs joined by ` / `, wrapped with the
    /// continuation lines indented by 2.
    static func quoteLines(_ quote: Quote, width: Int) -> [String] {
        let text = "\(quote.speaker ?? ""): “\(quote.text.split(separator: "\n").joined(separator: " / "))”"
        return LineWrapper().wrap(text: DisplaySafety.sanitized(text), width: width, hangingIndent: 2).map {
            String(repeating: " ", count: $0.indent) + $0.text
        }
    }

    /// The reader's styles for the chosen theme at the stream's colour depth; `nil` for plain text.
    private func styles() -> Styles? {
        let environment = ProcessInfo.processInfo.environment
        let depth = ColorDepth.forStream(environment: environment, isTerminal: isatty(STDOUT_FILENO) == 1, choice: color)
        guard depth != .none else { return nil }
        let themes = ThemeSelection(option: theme, environment: environment)
        for warning in themes.warnings { FileHandle.standardError.write(Data(("hearsay: theme: " + warning + "\n").utf8)) }
        let chosen = themes.themes.first { $0.name == themes.current } ?? ThemeCatalog.defaultTheme
        return Styles(theme: chosen, depth: depth)
    }

    private func loadArticle() throws -> Article {
        let path = RawArguments.bytes(of: article)
        var info = stat()
        if (path + [0]).withUnsafeBufferPointer({ stat(UnsafeRawPointer($0.baseAddress!).assumingMemoryBound(to: CChar.self), &info) })
            == 0,
            (info.st_mode & S_IFMT) != S_IFDIR
        {
            let corpus = CorpusOptions.withUserSpeakers(CorpusLoader().load(pathBytes: [path]))
            guard let loaded = corpus.articles.first else {
                // Why (too large, binary, unreadable) rather than only that it failed.
                let reasons = corpus.diagnostics.map(\.message).joined(separator: "; ")
                throw CommandError(message: "\(article): " + (reasons.isEmpty ? "no article could be read from this file" : reasons))
            }
            report(corpus.diagnostics)
            return loaded
        }
        let corpus = CorpusOptions.withUserSpeakers(corpusPaths.isEmpty ? SampleCorpus.load() : CorpusLoader().load(paths: corpusPaths))
        do {
            return corpus.articles[try ArticleIDLookup.index(of: article, among: corpus.articles.map(\.id))]
        } catch {
            throw CommandError(message: error.description)
        }
    }

    /// How to lay the article out, and the quotations (indices into `article.quotes`) of the `--speaker` people
    /// to print after their turns.
    private func selection(in article: Article) throws -> (LayoutMode, quotes: [Int]) {
        guard !speakers.isEmpty else { return (dialogue ? .dialogue(speakers: nil) : .article, []) }
        var chosen = Set<Int>()
        var quotes: [Int] = []
        // Everyone who speaks or is quoted in this article, matched as `search` and `quotes` match the coverage's.
        let people = UtteranceIndex(articles: [article])
        for name in speakers {
            do {
                let person = try people.resolve(name)
                for (index, speaker) in article.speakers.enumerated() where person.ids.contains(speaker.id) { chosen.insert(index) }
                for reference in person.utterances {
                    if case .quote(let index) = reference.utterance, !quotes.contains(index) { quotes.append(index) }
                }
            } catch {
                var located = error
                located.scope = article.id
                throw CommandError(message: located.description)
            }
        }
        return (.dialogue(speakers: chosen), quotes.sorted())
    }

    private func report(_ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics where diagnostic.severity == .error {
            SafeOutput.error(diagnostic.description)
        }
    }
}

/// The terminal's width, when stdout is one.
enum TerminalSize {
    static func columns() -> Int? {
        var size = winsize()
        guard isatty(STDOUT_FILENO) == 1, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else {
            return nil
        }
        return Int(size.ws_col)
    }
}
