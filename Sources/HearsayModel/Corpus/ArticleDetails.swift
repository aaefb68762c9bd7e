/// The head's fields that only a few features read (source link, lede, tags, categories, key
/// points, sections), packed in one byte buffer and decoded when read: a corpus holds every
/// article's head, and these took about ten allocations an article (a string's own header and
/// the allocator's share cost more than the text of a short one). The packing is canonical
/// (lengths as LEB128 varints, numbers zigzag), so equal fields are equal bytes.
struct ArticleDetails: Sendable, Hashable {
    /// The fields, unpacked.
    struct Unpacked: Equatable {
        var sourceURL: String?
        var summary: String?
        var tags: [String]
        var categories: [String]
        var keyPoints: [String]
        var sections: [Section]
    }

    private let bytes: [UInt8]

    init(_ fields: Unpacked) {
        // Measured first, then written into a buffer of that size (appending would leave up to
        // half the buffer unused, for as long as the article is held).
        var size = Writer(counting: true)
        size.write(fields)
        var writer = Writer(counting: false)
        writer.bytes.reserveCapacity(size.count)
        writer.write(fields)
        bytes = writer.bytes
    }

    var unpacked: Unpacked {
        read { reader in
            Unpacked(
                sourceURL: reader.optional(), summary: reader.optional(), tags: reader.strings(), categories: reader.strings(),
                keyPoints: reader.strings(), sections: reader.sections())
        }
    }

    // Each field skips those packed before it.
    var sourceURL: String? { read { $0.optional() } }

    var summary: String? {
        read { reader in
            reader.skipOptionals(1)
            return reader.optional()
        }
    }

    var tags: [String] { strings(after: 0) }
    var categories: [String] { strings(after: 1) }
    var keyPoints: [String] { strings(after: 2) }

    var sections: [Section] {
        read { reader in
            reader.skip(lists: 3)
            return reader.sections()
        }
    }

    /// The list of strings packed after `lists` others.
    private func strings(after lists: Int) -> [String] {
        read { reader in
            reader.skip(lists: lists)
            return reader.strings()
        }
    }

    /// These fields with `change` made to them.
    func updated(_ change: (inout Unpacked) -> Void) -> ArticleDetails {
        var fields = unpacked
        change(&fields)
        return ArticleDetails(fields)
    }

    private func read<T>(_ body: (inout Reader) -> T) -> T {
        bytes.withUnsafeBufferPointer { buffer in
            var reader = Reader(bytes: buffer)
            return body(&reader)
        }
    }

    /// Packs the fields, or only counts the bytes it would write.
    private struct Writer {
        let counting: Bool
        var bytes: [UInt8] = []
        var count = 0

        init(counting: Bool) { self.counting = counting }

        mutating func write(_ fields: Unpacked) {
            optional(fields.sourceURL)
            optional(fields.summary)
            strings(fields.tags)
            strings(fields.categories)
            strings(fields.keyPoints)
            number(fields.sections.count)
            for section in fields.sections {
                string(section.title)
                number(section.level)
                number(section.blockIndex)
            }
        }

        mutating func byte(_ value: UInt8) {
            count += 1
            if !counting { bytes.append(value) }
        }

        mutating func varint(_ value: UInt64) {
            var rest = value
            while rest >= 0x80 {
                byte(UInt8(truncatingIfNeeded: rest) | 0x80)
                rest >>= 7
            }
            byte(UInt8(rest))
        }

        /// Zigzag: small magnitudes of either sign take few bytes.
        mutating func number(_ value: Int) {
            let wide = Int64(value)
            varint(UInt64(bitPattern: (wide << 1) ^ (wide >> 63)))
        }

        mutating func string(_ value: String) {
            varint(UInt64(value.utf8.count))
            count += value.utf8.count
            if !counting { bytes.append(contentsOf: value.utf8) }
        }

        mutating func optional(_ value: String?) {
            guard let value else { return byte(0) }
            byte(1)
            string(value)
        }

        mutating func strings(_ values: [String]) {
            number(values.count)
            values.forEach { string($0) }
        }
    }

    /// Reads what `Writer` wrote (the bytes are always its own: no checks beyond the buffer's).
    private struct Reader {
        let bytes: UnsafeBufferPointer<UInt8>
        var offset = 0

        mutating func varint() -> UInt64 {
            var value: UInt64 = 0
            var shift: UInt64 = 0
            while true {
                let byte = bytes[offset]
                offset += 1
                value |= UInt64(byte & 0x7F) << shift
                if byte < 0x80 { return value }
                shift += 7
            }
        }

        mutating func number() -> Int {
            let zigzag = varint()
            return Int(Int64(bitPattern: zigzag >> 1) ^ -Int64(bitPattern: zigzag & 1))
        }

        mutating func string() -> String {
            let count = Int(varint())
            defer { offset += count }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[offset..<offset + count]), as: UTF8.self)
        }

        mutating func optional() -> String? {
            offset += 1
            return bytes[offset - 1] == 1 ? string() : nil
        }

        mutating func strings() -> [String] {
            (0..<number()).map { _ in string() }
        }

        mutating func sections() -> [Section] {
            (0..<number()).map { _ in Section(title: string(), level: number(), blockIndex: number()) }
        }

        mutating func skipString() {
            offset += Int(varint())
        }

        mutating func skipOptionals(_ count: Int) {
            for _ in 0..<count {
                offset += 1
                if bytes[offset - 1] == 1 { skipString() }
            }
        }

        /// Past the two optional strings and `lists` lists of strings.
        mutating func skip(lists: Int) {
            skipOptionals(2)
            for _ in 0..<lists {
                for _ in 0..<number() { skipString() }
            }
        }
    }
}
