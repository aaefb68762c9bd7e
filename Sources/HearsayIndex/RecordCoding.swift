import HearsayModel

/// `IndexedArticle` (an article's head and diagnostics) as compact bytes: what a warm start decodes ten thousand times (JSON took
/// most of a warm `list`). Strings are a length and UTF-8; numbers 8 bytes, little-endian.
/// Any change here is a format change: bump `IndexFormat.version`.
enum RecordCoding {
    /// How many fields of an article's head are written: every one but the body (`ArticleFields`,
    /// its packed details counted one by one; a test compares it with the types', so that a field
    /// added to the article is not silently dropped by the index).
    static let articleFieldCount = 15

    static func encode(_ record: IndexedArticle) -> [UInt8] {
        var writer = Writer()
        if let head = record.head {
            writer.flag(true)
            writer.head(head)
            writer.int(record.blockCount)
        } else {
            writer.flag(false)
        }
        writer.int(record.diagnostics.count)
        for diagnostic in record.diagnostics {
            writer.string(diagnostic.file)
            writer.int(diagnostic.line)
            writer.string(diagnostic.severity.rawValue)
            writer.string(diagnostic.message)
        }
        return writer.bytes
    }

    /// `nil` for bytes that are not a whole record (a damaged row is never trusted).
    static func decode(_ bytes: [UInt8]) -> IndexedArticle? {
        var reader = Reader(bytes: bytes)
        guard let record = try? reader.record(), reader.isAtEnd else { return nil }
        return record
    }

    private struct Writer {
        var bytes: [UInt8] = []

        mutating func flag(_ value: Bool) { bytes.append(value ? 1 : 0) }

        mutating func int(_ value: Int) {
            withUnsafeBytes(of: Int64(value).littleEndian) { bytes.append(contentsOf: $0) }
        }

        mutating func string(_ value: String) {
            int(value.utf8.count)
            bytes.append(contentsOf: value.utf8)
        }

        mutating func optional(_ value: String?) {
            flag(value != nil)
            if let value { string(value) }
        }

        mutating func strings(_ values: [String]) {
            int(values.count)
            values.forEach { string($0) }
        }

        mutating func position(_ value: TextPosition) {
            int(value.block)
            int(value.offset)
        }

        /// Every field of `Article` but its body, in declaration order.
        mutating func head(_ article: Article) {
            string(article.id)
            optional(article.path)
            string(article.format.rawValue)
            string(article.title)
            flag(article.date != nil)
            if let date = article.date {
                string(date.original)
                flag(date.timestamp != nil)
                if let timestamp = date.timestamp { int(Int(Int64(bitPattern: timestamp.bitPattern))) }
            }
            optional(article.sourceURL)
            optional(article.summary)
            strings(article.tags)
            strings(article.categories)
            optional(article.language)
            strings(article.keyPoints)
            int(article.sections.count)
            for section in article.sections {
                string(section.title)
                int(section.level)
                int(section.blockIndex)
            }
            int(article.turns.count)
            for turn in article.turns {
                int(turn.speaker)
                int(turn.blocks.lowerBound)
                int(turn.blocks.upperBound)
                optional(turn.timestamp)
                optional(turn.label)
            }
            int(article.speakers.count)
            for speaker in article.speakers {
                string(speaker.id)
                string(speaker.name)
                strings(speaker.aliases)
            }
            int(article.quotes.count)
            for quote in article.quotes {
                optional(quote.speaker)
                optional(quote.title)
                string(quote.text)
                int(quote.start)
                int(quote.end)
                string(quote.sentence)
                position(quote.range.lowerBound)
                position(quote.range.upperBound)
            }
        }
    }

    private struct Reader {
        struct Malformed: Error {}

        let bytes: [UInt8]
        var offset = 0

        var isAtEnd: Bool { offset == bytes.count }

        mutating func flag() throws -> Bool {
            guard offset < bytes.count, bytes[offset] <= 1 else { throw Malformed() }
            offset += 1
            return bytes[offset - 1] == 1
        }

        mutating func int() throws -> Int {
            guard offset + 8 <= bytes.count else { throw Malformed() }
            var value: Int64 = 0
            withUnsafeMutableBytes(of: &value) { $0.copyBytes(from: bytes[offset..<offset + 8]) }
            offset += 8
            return Int(Int64(littleEndian: value))
        }

        /// An index the model holds in 32 bits (`Turn`, `Section`): a larger one is damage.
        mutating func index() throws -> Int {
            let value = try int()
            guard Int32(exactly: value) != nil else { throw Malformed() }
            return value
        }

        mutating func string() throws -> String {
            let count = try int()
            guard count >= 0, count <= bytes.count - offset else { throw Malformed() }
            let text = String(decoding: bytes[offset..<offset + count], as: UTF8.self)
            offset += count
            return text
        }

        mutating func optional() throws -> String? {
            try flag() ? try string() : nil
        }

        mutating func record() throws -> IndexedArticle {
            var head: Article?
            var blockCount = 0
            if try flag() {
                head = try self.head()
                blockCount = try int()
            }
            let diagnostics = try list { reader in
                let file = try reader.string(), line = try reader.int()
                guard let severity = Diagnostic.Severity(rawValue: try reader.string()) else { throw Malformed() }
                return Diagnostic(file: file, line: line, severity: severity, message: try reader.string())
            }
            return IndexedArticle(head: head, blockCount: blockCount, diagnostics: diagnostics)
        }

        mutating func strings() throws -> [String] {
            try list { try $0.string() }
        }

        mutating func position() throws -> TextPosition {
            TextPosition(block: try int(), offset: try int())
        }

        mutating func head() throws -> Article {
            let id = try string(), path = try optional()
            guard let format = ArticleFormat(rawValue: try string()) else { throw Malformed() }
            let title = try string()
            var date: ArticleDate?
            if try flag() {
                let original = try string()
                let timestamp = try flag() ? Double(bitPattern: UInt64(bitPattern: Int64(try int()))) : nil
                date = ArticleDate(original: original, timestamp: timestamp)
            }
            let sourceURL = try optional(), summary = try optional()
            let tags = try strings(), categories = try strings(), language = try optional(), keyPoints = try strings()
            let sections = try list { reader in
                Section(title: try reader.string(), level: try reader.index(), blockIndex: try reader.index())
            }
            let turns = try list { reader in
                let speaker = try reader.index(), lower = try reader.index(), upper = try reader.index()
                guard lower <= upper else { throw Malformed() }
                return Turn(speaker: speaker, blocks: lower..<upper, timestamp: try reader.optional(), label: try reader.optional())
            }
            let speakers = try list { reader in
                let id = try reader.string(), name = try reader.string()
                return Speaker(name: name, id: id, aliases: try reader.strings())
            }
            let quotes = try list { reader in
                let speaker = try reader.optional(), title = try reader.optional(), text = try reader.string()
                let start = try reader.int(), end = try reader.int(), sentence = try reader.string()
                let lower = try reader.position(), upper = try reader.position()
                guard lower <= upper else { throw Malformed() }
                return Quote(speaker: speaker, title: title, text: text, start: start, end: end, sentence: sentence, range: lower..<upper)
            }
            return Article(
                id: id, path: path, format: format, title: title, date: date, sourceURL: sourceURL, summary: summary, tags: tags,
                categories: categories, language: language, keyPoints: keyPoints, sections: sections, turns: turns,
                speakers: speakers, quotes: quotes)
        }

        mutating func list<Element>(_ element: (inout Reader) throws -> Element) throws -> [Element] {
            let count = try int()
            // Each element takes at least 8 bytes: a count larger than what is left is damage, not a list.
            guard count >= 0, count <= (bytes.count - offset) / 8 + 1 else { throw Malformed() }
            return try (0..<count).map { _ in try element(&self) }
        }
    }
}
