import ArgumentParser
import Foundation
import HearsayModel
import HearsayStore
import HearsayText

/// `hearsay highlights list|export`: the saved highlights, for scripts and for sharing.
struct HighlightsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "highlights",
        abstract: "List or export your highlights.",
        subcommands: [
            HighlightsListCommand.self, HighlightsExportCommand.self, HighlightsAddCommand.self,
            HighlightsConfirmLoopCommand.self,
        ],
        defaultSubcommand: HighlightsListCommand.self
    )
}

/// Where the highlights database is.
struct HighlightsStateOptions: ParsableArguments {
    @Option(
        name: .customLong("state-dir"),
        help: ArgumentHelp(
            "Folder of hearsay.sqlite (default: $XDG_DATA_HOME/hearsay or ~/.local/share/hearsay).",
            valueName: "dir"))
    var stateDirectory: String?

    func openStore() -> HighlightStore {
        HighlightStore(location: StateLocation.resolve(stateDirectory: stateDirectory))
    }
}

struct HighlightsListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "Print every highlight: id, article, colour, status, text and note, tab-separated.",
        discussion: "Status is exact, moved (the file changed and the text was found elsewhere), orphaned (the "
            + "text is gone from the file) or unchecked (the article is not among the loaded files).")

    @Flag(help: "Print JSON instead of tab-separated lines.") var json = false
    @Option(help: "Only this article's highlights.") var article: String?
    @OptionGroup var filter: HighlightFilterOptions
    @OptionGroup var state: HighlightsStateOptions
    @OptionGroup var corpus: CorpusOptions

    func run() throws {
        let articles = corpus.loadCorpus().articles
        let highlights = try state.openStore().highlights(refreshedFrom: articles, articleID: article)
        let export = try filter.applied(to: HighlightExport(highlights: highlights, articles: articles))
        let entries = export.groups.flatMap(\.entries)
        if json {
            SafeOutput.json(try HighlightListing.json(entries), terminator: "")
        } else {
            for entry in entries { SafeOutput.line(HighlightListing.line(entry)) }
        }
    }
}

struct HighlightsExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export highlights as Markdown or W3C Web Annotation JSON-LD.")

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case markdown, json
    }

    @Option(help: "markdown (grouped by article) or json (W3C Web Annotations).") var format: Format = .markdown
    @Flag(help: "The same as --format json.") var json = false
    @Option(help: "Only this article's highlights (exit status 1 when it has none).") var article: String?
    @OptionGroup var filter: HighlightFilterOptions
    @Flag(name: .customLong("with-color"), help: "Markdown: name each highlight's colour.") var withColor = false
    @Option(help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?
    @OptionGroup var state: HighlightsStateOptions
    @OptionGroup var corpus: CorpusOptions

    func run() throws {
        let articles = corpus.loadCorpus().articles
        let highlights = try state.openStore().highlights(refreshedFrom: articles, articleID: article)
        if let article, highlights.isEmpty {
            // An export of nothing would look like success to a script: say so, and fail.
            SafeOutput.error("hearsay: no highlights in article '\(article)'")
            throw ExitCode(1)
        }
        let export = try filter.applied(to: HighlightExport(highlights: highlights, articles: articles))
        // Made safe for the file too: `cat` of an export must not replay what an article held.
        let text =
            format == .markdown && !json
            ? SafeOutput.sanitizedLines(export.markdown(withColor: withColor))
            : DisplaySafety.escapingJSON(try export.webAnnotationJSON())
        guard let output else {
            print(text, terminator: "")
            return
        }
        let folder = (output as NSString).deletingLastPathComponent
        var isFolder: ObjCBool = false
        if !folder.isEmpty, !FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder) || !isFolder.boolValue {
            throw HighlightsOutputError(description: DisplaySafety.sanitized("cannot write \(output): no folder \(folder)"))
        }
        do {
            try text.write(toFile: output, atomically: true, encoding: .utf8)
        } catch {
            throw HighlightsOutputError(description: DisplaySafety.sanitized("cannot write \(output): \(error.localizedDescription)"))
        }
    }
}

/// Hidden: adds a highlight of `--exact` (for tests and scripts that prepare a database without the
/// reader). When the article is among the loaded files the highlight is anchored to the first
/// occurrence of the text there; otherwise at the article's start, with no context.
struct HighlightsAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "_add", shouldDisplay: false)

    @Option var article: String
    @Option var exact: String
    @Option var color: Int = 1
    @Option var note: String?
    @Option(help: "UUID of the highlight (default: a new one).") var id: String?
    @Option(help: "Creation time, seconds since 1970 (default: now).") var created: Double?
    @OptionGroup var state: HighlightsStateOptions
    @OptionGroup var corpus: CorpusOptions

    func run() throws {
        let date = created.map(Date.init(timeIntervalSince1970:)) ?? Date()
        guard let uuid = id.map(UUID.init(uuidString:)) ?? UUID() else { throw ValidationError("--id is not a UUID") }
        let loaded = corpus.paths.isEmpty ? nil : corpus.loadCorpus().article(id: article)
        let anchor = try anchor(in: loaded)
        var highlight = Highlight(id: uuid, articleID: article, anchor: anchor, color: color, note: note, created: date)
        if let loaded {
            highlight = highlight.withDetails(from: loaded, range: anchor.start..<anchor.end, text: ArticleText(article: loaded))
        }
        try state.openStore().save(highlight)
        print(uuid.uuidString)
    }

    private func anchor(in loaded: Article?) throws -> TextAnchor {
        guard let loaded else {
            return TextAnchor(
                exact: exact, prefix: "", suffix: "", start: TextPosition(block: 0, offset: 0),
                end: TextPosition(block: 0, offset: exact.utf8.count), textHash: "")
        }
        let text = ArticleText(article: loaded)
        guard let found = text.text.range(of: exact) else {
            throw ValidationError("'\(exact)' is not in \(article)")
        }
        let start = text.text.utf8.distance(from: text.text.startIndex, to: found.lowerBound)
        let end = text.text.utf8.distance(from: text.text.startIndex, to: found.upperBound)
        return text.anchor(from: text.position(atFlatOffset: start), to: text.position(atFlatOffset: end))!
    }
}

/// Hidden crash-safety probe: saves highlights one after another and prints `confirmed <id>` only
/// after each save has returned (committed). A test kills it with SIGKILL and checks that every
/// confirmed highlight is in the database.
struct HighlightsConfirmLoopCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "_confirm-loop", shouldDisplay: false)

    @Option var count: Int = 1000
    @Option var article: String = "crash-probe"
    @OptionGroup var state: HighlightsStateOptions

    func run() throws {
        let store = state.openStore()
        for index in 0..<count {
            let exact = "第\(index)句：崩溃测试。"
            let anchor = TextAnchor(
                exact: exact, prefix: "", suffix: "", start: TextPosition(block: index, offset: 0),
                end: TextPosition(block: index, offset: exact.utf8.count), textHash: "")
            let highlight = Highlight(articleID: article, anchor: anchor, color: index % 5 + 1)
            try store.save(highlight)
            // Unbuffered: the line must reach the test before the next save, not at exit.
            FileHandle.standardOutput.write(Data("confirmed \(highlight.id.uuidString)\n".utf8))
        }
    }
}

/// A file that cannot be written (printed as `Error: cannot write …`, exit status 1).
struct HighlightsOutputError: Error, CustomStringConvertible {
    var description: String
}

/// The `list` output formats.
enum HighlightListing {
    /// `id  article  colour  status  text  note`, tabs between; tabs, line breaks and other control
    /// characters inside fields are escaped so each highlight stays one line.
    static func line(_ entry: HighlightExport.Entry) -> String {
        let highlight = entry.highlight
        return [
            highlight.id.uuidString, highlight.articleID, String(highlight.color), status(entry),
            highlight.anchor.exact, highlight.note ?? "",
        ]
        .map(escaped).joined(separator: "\t")
    }

    static func status(_ entry: HighlightExport.Entry) -> String {
        switch entry.resolution {
        case .exact?: return "exact"
        case .moved?: return "moved"
        case .orphaned?: return "orphaned"
        case nil: return "unchecked"
        }
    }

    static func json(_ entries: [HighlightExport.Entry]) throws -> String {
        struct Position: Encodable { var block: Int; var offset: Int }
        struct Item: Encodable {
            var id: String, article: String, color: Int, status: String, exact: String, prefix: String
            var suffix: String, note: String?, start: Position, end: Position
            /// ISO 8601, UTC (`JSONDate`).
            var created: String, modified: String
            /// The loaded article's, or as the highlight last saw its article.
            var title: String?, source: String?, speaker: String?
        }
        let items = entries.map { entry -> Item in
            let highlight = entry.highlight
            let range = entry.resolution?.range ?? highlight.anchor.start..<highlight.anchor.end
            return Item(
                id: highlight.id.uuidString, article: highlight.articleID, color: highlight.color,
                status: status(entry), exact: highlight.anchor.exact, prefix: highlight.anchor.prefix,
                suffix: highlight.anchor.suffix, note: highlight.note,
                start: Position(block: range.lowerBound.block, offset: range.lowerBound.offset),
                end: Position(block: range.upperBound.block, offset: range.upperBound.offset),
                created: JSONDate.string(highlight.created), modified: JSONDate.string(highlight.modified),
                title: highlight.details.articleTitle, source: highlight.details.sourceURL, speaker: entry.speaker)
        }
        return try JSONOutput.string(items) + "\n"
    }

    private static func escaped(_ field: String) -> String {
        var result = ""
        for scalar in field.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\t": result += "\\t"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            default:
                if scalar.properties.generalCategory == .control || DisplaySafety.isBidiControl(scalar.value) {
                    result += "\\u{\(String(scalar.value, radix: 16))}"
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result
    }
}
