import HearsayModel

/// `IndexedArticle` as compact bytes: what a warm start decodes ten thousand times (JSON took
/// most of a warm `list`). Strings are a length and UTF-8; numbers 8 bytes, little-endian.
/// Any change here is a format change: bump `IndexFormat.version`.
enum RecordCoding {
    /// How many stored properties of `ArticleSummary` are written (a test compares it with the
    /// type's, so that a field added to the summary is not silently dropped by the index).
    static let summaryFieldCount = 12

    static func encode(_ record: IndexedArticle) -> [UInt8] {
        var writer = Writer()
        if let summary = record.summary {
            writer.flag(true)
            writer.string(summary.id)
            writer.optional(summary.path)
            writer.string(summary.format.rawValue)
            writer.string(summary.title)
            writer.optional(summary.date)
            writer.optional(summary.day)
            writer.optional(summary.sourceURL)
            writer.optional(summary.sourceHost)
            writer.int(summary.speakers.count)
            summary.speakers.forEach { writer.string($0) }
            writer.int(summary.turns)
            writer.int(summary.keyPoints)
            writer.int(summary.sections)
        } else {
            writer.flag(false)
        }
        writer.int(record.speakerTurns.count)
        for speaker in record.speakerTurns {
            writer.string(speaker.id)
            writer.string(speaker.name)
            writer.int(speaker.turns)
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
            var summary: ArticleSummary?
            if try flag() {
                let id = try string(), path = try optional()
                guard let format = ArticleFormat(rawValue: try string()) else { throw Malformed() }
                let title = try string(), date = try optional(), day = try optional()
                let sourceURL = try optional(), sourceHost = try optional()
                let speakers = try list { try $0.string() }
                let turns = try int(), keyPoints = try int(), sections = try int()
                summary = ArticleSummary(
                    id: id, path: path, format: format, title: title, date: date, day: day,
                    sourceURL: sourceURL, sourceHost: sourceHost, speakers: speakers, turns: turns,
                    keyPoints: keyPoints, sections: sections)
            }
            let speakerTurns = try list { reader in
                IndexedArticle.SpeakerTurns(id: try reader.string(), name: try reader.string(), turns: try reader.int())
            }
            let diagnostics = try list { reader in
                let file = try reader.string(), line = try reader.int()
                guard let severity = Diagnostic.Severity(rawValue: try reader.string()) else { throw Malformed() }
                return Diagnostic(file: file, line: line, severity: severity, message: try reader.string())
            }
            return IndexedArticle(summary: summary, speakerTurns: speakerTurns, diagnostics: diagnostics)
        }

        mutating func list<Element>(_ element: (inout Reader) throws -> Element) throws -> [Element] {
            let count = try int()
            // Each element takes at least 8 bytes: a count larger than what is left is damage, not a list.
            guard count >= 0, count <= (bytes.count - offset) / 8 + 1 else { throw Malformed() }
            return try (0..<count).map { _ in try element(&self) }
        }
    }
}
