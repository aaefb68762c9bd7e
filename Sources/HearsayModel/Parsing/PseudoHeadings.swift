/// Finds `**bold**` pseudo-headings in a paragraph: a paragraph that is wholly bold, or a short bold
/// run inside a paragraph right after a sentence end (many scraped articles lose their headings'
/// line breaks and keep only the bold). The paragraph is split around each one.
enum PseudoHeadings {
    enum Piece {
        case paragraph(SpanBuilder)
        case heading(SpanBuilder)
    }

    static let maximumHeadingColumns = 60
    static let maximumInlineHeadingColumns = 40

    static func split(_ paragraph: SpanBuilder) -> [Piece] {
        let bytes = paragraph.bytes
        guard paragraph.spans.contains(where: { isBold($0.style) }) else { return [.paragraph(paragraph)] }
        return bytes.withUnsafeBufferPointer { s in
            if isWhollyBold(paragraph, s) { return [.heading(plain(paragraph))] }
            var pieces: [Piece] = []
            var segmentStart = 0
            for (spanIndex, span) in paragraph.spans.enumerated() where isBold(span.style) {
                let range = span.range
                guard range.lowerBound > segmentStart, range.upperBound < bytes.count else { continue }
                guard isHeadingText(s, range, maximumColumns: maximumInlineHeadingColumns) else { continue }
                // A label such as `**注意**：…` is emphasis, not a heading.
                let next = UTF8Bytes.scalar(s, at: range.upperBound, end: s.count).value
                if isTrailingPunctuation(next) { continue }
                var cut = range.lowerBound
                if let previous = UTF8Bytes.scalar(s, before: cut, start: segmentStart), isOpeningQuote(previous) {
                    cut -= String(Unicode.Scalar(previous) ?? " ").utf8.count
                }
                var beforeCut = cut
                while beforeCut > segmentStart, UTF8Bytes.isSpace(s[beforeCut - 1]) { beforeCut -= 1 }
                guard beforeCut > segmentStart else { continue }
                let endsSentence = UTF8Bytes.scalar(s, before: beforeCut, start: segmentStart).map(isSentenceEnd) ?? false
                let followsCaption =
                    spanIndex > 0
                    && paragraph.spans[..<spanIndex].last(where: { $0.range.upperBound <= beforeCut })
                        .map { $0.range.upperBound == beforeCut && isCaption($0.style) } ?? false
                guard endsSentence || followsCaption else { continue }
                let rest = UTF8Bytes.trim(s, range.upperBound..<bytes.count)
                guard !rest.isEmpty else { continue }
                let before = paragraph.slice(segmentStart..<cut).trimmed()
                if !before.isEmpty { pieces.append(.paragraph(before)) }
                pieces.append(.heading(plain(paragraph.slice(cut..<range.upperBound))))
                segmentStart = range.upperBound
            }
            if pieces.isEmpty { return [.paragraph(paragraph)] }
            let after = paragraph.slice(segmentStart..<bytes.count).trimmed()
            if !after.isEmpty { pieces.append(.paragraph(after)) }
            return pieces
        }
    }

    private static func isWhollyBold(_ paragraph: SpanBuilder, _ s: UnsafeBufferPointer<UInt8>) -> Bool {
        for span in paragraph.spans where !isBold(span.style) {
            var index = span.range.lowerBound
            while index < span.range.upperBound {
                let (scalar, length) = UTF8Bytes.scalar(s, at: index, end: span.range.upperBound)
                if !(scalar == 0x20 || scalar == 0x09 || isOpeningQuote(scalar) || isClosingQuote(scalar)) { return false }
                index += length
            }
        }
        return isHeadingText(s, 0..<s.count, maximumColumns: maximumHeadingColumns)
    }

    /// Short, and no sentence end inside (a bold sentence is emphasis, not a heading).
    private static func isHeadingText(_ s: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, maximumColumns: Int) -> Bool {
        var columns = 0
        var index = range.lowerBound
        var letters = 0
        while index < range.upperBound {
            let (scalar, length) = UTF8Bytes.scalar(s, at: index, end: range.upperBound)
            index += length
            let stopsSentence = scalar == 0x3002 || scalar == 0xFF01 || scalar == 0xFF1F || scalar == 0x21 || scalar == 0x3F
            if stopsSentence, index < range.upperBound { return false }
            if !(isOpeningQuote(scalar) || isClosingQuote(scalar) || scalar == 0x20) { letters += 1 }
            columns += DisplayColumns.width(of: scalar)
            if columns > maximumColumns { return false }
        }
        return letters > 0
    }

    private static func plain(_ builder: SpanBuilder) -> SpanBuilder {
        let text = builder.trimmed().bytes
        return SpanBuilder(bytes: text, spans: text.isEmpty ? [] : [InlineSpan(style: .plain, range: 0..<text.count)])
    }

    private static func isBold(_ style: InlineStyle) -> Bool { style == .bold || style == .boldItalic }

    private static func isCaption(_ style: InlineStyle) -> Bool {
        switch style {
        case .italic, .image: true
        default: false
        }
    }

    static func isSentenceEnd(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x3002, 0xFF01, 0xFF1F, 0x21, 0x3F, 0x2E, 0x2026, 0xFF1B, 0x3B, 0x201D, 0x300D, 0x300F: true
        default: false
        }
    }

    static func isOpeningQuote(_ scalar: UInt32) -> Bool {
        scalar == 0x201C || scalar == 0x2018 || scalar == 0x300C || scalar == 0x300E || scalar == 0x22
    }

    static func isClosingQuote(_ scalar: UInt32) -> Bool {
        scalar == 0x201D || scalar == 0x2019 || scalar == 0x300D || scalar == 0x300F || scalar == 0x22
    }

    private static func isTrailingPunctuation(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x3A, 0xFF1A, 0x2C, 0xFF0C, 0x3001, 0x3002, 0x2E, 0xFF1B, 0x3B, 0x29, 0xFF09: true
        default: false
        }
    }
}
