import Dispatch

/// Loads files and folders into a `Corpus`, reading and parsing files on all cores.
public struct CorpusLoader: Sendable {
    public var parser: ArticleParser

    public init(parser: ArticleParser = ArticleParser()) {
        self.parser = parser
    }

    /// Loads every `.txt`, `.md` and `.markdown` file under `paths` (files or folders).
    /// Never throws for a bad file: problems become `Corpus.diagnostics`, in file order.
    public func load(paths: [String]) -> Corpus {
        load(pathBytes: paths.map { Array($0.utf8) })
    }

    /// `load(paths:)` for paths as the file system spells them (not necessarily UTF-8: a GBK name
    /// given on the command line); they are shown with U+FFFD where they are not UTF-8.
    public func load(pathBytes paths: [[UInt8]]) -> Corpus {
        let walker = FileWalker(paths: paths.map(PathBytes.init))
        let files = walker.files
        let parser = self.parser
        let outcomes = ParallelMap.map(count: files.count) { index in
            CorpusLoader.loadFile(files[index], parser: parser)
        }
        var articles: [Article] = []
        articles.reserveCapacity(files.count)
        var diagnostics = walker.diagnostics
        var ids = ArticleIDs()
        for (file, outcome) in zip(files, outcomes) {
            diagnostics += outcome.diagnostics
            guard var article = outcome.article else { continue }
            article.id = ids.claim(article.id, displayPath: file.displayPath)
            articles.append(article)
        }
        return Corpus(articles: articles, diagnostics: diagnostics)
    }

    /// Decodes and parses one file's raw bytes (any bytes: they are checked, decoded and repaired as
    /// a file's would be). `file` names it in diagnostics.
    public func load(bytes: [UInt8], id: String, file: String) -> ParseResult {
        switch SourceDecoder.decode(bytes, file: file) {
        case .skipped(let diagnostic):
            return ParseResult(article: nil, diagnostics: [diagnostic])
        case .text(let text, let decodingDiagnostics):
            var result = parser.parse(utf8: text, id: id, path: nil, file: file)
            result.diagnostics = decodingDiagnostics + result.diagnostics
            return result
        }
    }

    /// Reads, decodes and parses one file.
    /// `inspect` sees the bytes read, before decoding (the index hashes them); it is not called
    /// when the file could not be read.
    static func loadFile(_ file: SourceFile, parser: ArticleParser, inspect: (([UInt8]) -> Void)? = nil) -> ParseResult {
        let raw: [UInt8]
        switch FileReader.read(file.path) {
        case .success(let bytes):
            raw = bytes
            inspect?(bytes)
        case .failure(.cannotOpen(let reason)):
            return ParseResult(
                article: nil,
                diagnostics: [
                    Diagnostic(
                        file: file.displayPath, line: 0, severity: .error,
                        message: "cannot read: \(reason)")
                ])
        case .failure(.tooLarge(let size)):
            return ParseResult(
                article: nil,
                diagnostics: [
                    Diagnostic(
                        file: file.displayPath, line: 0, severity: .warning,
                        message: "file of \(size) bytes is over the \(FileReader.maximumSize >> 20) MB limit for an article; skipped")
                ])
        }
        switch SourceDecoder.decode(raw, file: file.displayPath) {
        case .skipped(let diagnostic):
            return ParseResult(article: nil, diagnostics: [diagnostic])
        case .text(let bytes, let decodingDiagnostics):
            var result = parser.parse(utf8: bytes, id: file.id, path: file.displayPath, file: file.displayPath)
            result.diagnostics = decodingDiagnostics + result.diagnostics
            return result
        }
    }
}

/// `map` over `0..<count` on all cores, results in order.
enum ParallelMap {
    static func map<Element: Sendable>(count: Int, _ transform: @Sendable (Int) -> Element) -> [Element] {
        guard count > 1 else { return (0..<count).map(transform) }
        let slots = Slots<Element>(count: count)
        DispatchQueue.concurrentPerform(iterations: count) { index in
            slots.store(transform(index), at: index)
        }
        return slots.values()
    }

    /// Storage each iteration writes to its own index of, so no lock is needed.
    private final class Slots<Element>: @unchecked Sendable {
        private let storage: UnsafeMutablePointer<Element?>
        private let count: Int

        init(count: Int) {
            self.count = count
            storage = .allocate(capacity: count)
            storage.initialize(repeating: nil, count: count)
        }

        deinit {
            storage.deinitialize(count: count)
            storage.deallocate()
        }

        func store(_ value: Element, at index: Int) { storage[index] = value }

        /// Moves the results out (no copies, nothing left to release twice).
        func values() -> [Element] { (0..<count).map { storage[$0].take()! } }
    }
}
