/// A line that may open a dialogue turn, in any of the common label forms:
///
/// - `Name: words`, `Name：words`, `Name ：words`;
/// - bold: `**Name:** words`, `**Name**: words`, `**Name：**words`, `**Name：question…**answer` (a bold span that
///   opens with the label and runs on), `0:03:12.5 **Name** words` (a timestamp, then a bold name without colon);
/// - a timestamp before the label (`[00:03:12]`, `00:03:12`, `\[12:34\]`) or inside it (`主持人(9:42)：`);
/// - an affiliation after the name (`记者（某报）：`, `Reporter (Reuters):`), an outlet in `《》`;
/// - a label alone on its line (`主持人：`, `**Name**`, a bare `问`), the words in the paragraphs that follow.
///
/// Whether a candidate is really a turn is decided over the whole stretch by `DialogueEvidence`.
/// A name is at most 40 columns, contains a letter, has no sentence punctuation and is not a URL.
struct SpeakerLine {
    /// The timestamp as written (`[00:03:12]`, `(9:42)`), wherever it stands, and its digits.
    var timestamp: Range<Int>?
    var timestampValue: Range<Int>?
    /// Whether the timestamp follows the name (`主持人(9:42)：`, `**Name** [00:01:02]`) rather than leading the line.
    var timestampAfterName = false
    /// The label as written, affiliation included, without bold markers, timestamp or separator.
    var name: Range<Int>
    /// `:` or `：`; empty for a bold name after a timestamp and for a bare `问`.
    var separator: Range<Int>
    /// The spaces between the separator (or the `**` closing a bold name) and the words.
    var spacing: Range<Int>
    var words: Range<Int>
    /// `**Name：question…**`: the words begin inside the bold span the label opened.
    var wordsInsideBold = false
    /// The label was bold (`**Name**…`).
    var bold = false

    /// A label with nothing after it on its line.
    var isNameOnly: Bool { words.isEmpty }

    static let maximumNameColumns = 40
    static let maximumAffiliationColumns = 40

    static func match(_ s: UnsafeBufferPointer<UInt8>, _ line: Range<Int>) -> SpeakerLine? {
        // Only a label-like first byte can start a label: skip most prose lines at once.
        var index = line.lowerBound
        let end = line.upperBound
        guard index < end else { return nil }
        var timestamp: Range<Int>?
        var timestampValue: Range<Int>?
        if let stamp = Timestamp.match(s, index..<end) {
            timestamp = stamp.written
            timestampValue = stamp.value
            index = stamp.written.upperBound
            while index < end, UTF8Bytes.isSpace(s[index]) { index += 1 }
        }
        // `▲记者：`, `■ 主持人：`: a marker some sites put before each question.
        while index < end, let length = markerLength(s, at: index, end: end) {
            index += length
            while index < end, UTF8Bytes.isSpace(s[index]) { index += 1 }
        }
        guard index < end else { return nil }
        var result: SpeakerLine?
        if UTF8Bytes.hasPrefix(s, "**", at: index, end: end) {
            result = boldLabel(s, index..<end, stamped: timestamp != nil)
        } else {
            result = plainLabel(s, index..<end)
        }
        guard var found = result else { return nil }
        if let timestamp {
            found.timestamp = timestamp
            found.timestampValue = timestampValue
            found.timestampAfterName = false
        }
        return found
    }

    // MARK: - `**Name**` forms

    private static func boldLabel(_ s: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, stamped: Bool) -> SpeakerLine? {
        let end = range.upperBound
        let inner = range.lowerBound + 2
        guard let close = findDoubleStar(s, from: inner, end: min(end, inner + 600)) else { return nil }
        // `**Name:**` / `**Name：**words`
        if let sepLength = separatorLength(s, endingAt: close, start: inner) {
            let name = UTF8Bytes.trim(s, inner..<(close - sepLength))
            guard isPlausibleName(s, name) else { return nil }
            return finish(s, name: name, separator: (close - sepLength)..<close, after: close + 2, end: end, bold: true)
        }
        // `**Name**: words` / `**Name** ：words`
        var afterClose = close + 2
        while afterClose < end, UTF8Bytes.isSpace(s[afterClose]) { afterClose += 1 }
        if let sepLength = separatorLength(s, at: afterClose, end: end) {
            let name = UTF8Bytes.trim(s, inner..<close)
            guard isPlausibleName(s, name) else { return nil }
            return finish(
                s, name: name, separator: afterClose..<(afterClose + sepLength), after: afterClose + sepLength,
                end: end, bold: true)
        }
        // `**Name** (00:12:03): words`: a timestamp between the bold name and the colon.
        if let stamp = Timestamp.match(s, afterClose..<end), stamp.written.count > stamp.value.count {
            var afterStamp = stamp.written.upperBound
            while afterStamp < end, UTF8Bytes.isSpace(s[afterStamp]) { afterStamp += 1 }
            if let sepLength = separatorLength(s, at: afterStamp, end: end) {
                let name = UTF8Bytes.trim(s, inner..<close)
                guard isPlausibleName(s, name),
                    var found = finish(
                        s, name: name, separator: afterStamp..<(afterStamp + sepLength), after: afterStamp + sepLength,
                        end: end, bold: true)
                else { return nil }
                found.timestamp = stamp.written
                found.timestampValue = stamp.value
                found.timestampAfterName = true
                return found
            }
        }
        // `**Name：question…**answer`: the label opens a bold span that runs on.
        if let (separatorIndex, sepLength) = findSeparator(s, from: inner, end: close) {
            let name = UTF8Bytes.trim(s, inner..<separatorIndex)
            guard isPlausibleName(s, name), !isClockTime(s, name: name, after: separatorIndex + sepLength, end: close) else { return nil }
            var wordsStart = separatorIndex + sepLength
            while wordsStart < close, UTF8Bytes.isSpace(s[wordsStart]) { wordsStart += 1 }
            guard wordsStart < close else { return nil }
            return SpeakerLine(
                name: name, separator: separatorIndex..<(separatorIndex + sepLength),
                spacing: (separatorIndex + sepLength)..<wordsStart, words: wordsStart..<end,
                wordsInsideBold: true, bold: true)
        }
        // `**Name** [00:01:02]` alone on its line; `0:03:12.5 **Name** words` after a timestamp. A bold line with
        // neither colon nor timestamp (`**展望**`) is a pseudo-heading, not a name.
        let rest = UTF8Bytes.trim(s, (close + 2)..<end)
        guard !rest.isEmpty else { return nil }
        let name = UTF8Bytes.trim(s, inner..<close)
        guard isPlausibleName(s, name) else { return nil }
        if let stamp = Timestamp.trailing(s, rest) {
            return SpeakerLine(
                timestamp: stamp.written, timestampValue: stamp.value, timestampAfterName: true, name: name,
                separator: close..<close, spacing: end..<end, words: end..<end, bold: true)
        }
        guard stamped else { return nil }
        return SpeakerLine(
            name: name, separator: (close + 2)..<(close + 2), spacing: (close + 2)..<rest.lowerBound,
            words: rest.lowerBound..<end, bold: true)
    }

    // MARK: - `Name: words`

    private static func plainLabel(_ s: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> SpeakerLine? {
        let index = range.lowerBound
        let end = range.upperBound
        if let named = nameThenTimestamp(s, range) { return named }
        let limit = min(end, index + 4 * (maximumNameColumns + maximumAffiliationColumns) + 8)
        var cursor = index
        var insideStamp: (written: Range<Int>, value: Range<Int>)?
        var nameEnd: Int?
        var separator: Range<Int>?
        while cursor < limit {
            let byte = s[cursor]
            // `记者（某报）`, `Reporter (Reuters)`, `主持人(9:42)`: skip a bracketed part; a timestamp there is kept apart.
            if byte == UInt8(ascii: "(") || UTF8Bytes.hasPrefix(s, "（", at: cursor, end: end) {
                let closing: StaticString = byte == UInt8(ascii: "(") ? ")" : "）"
                let open = byte == UInt8(ascii: "(") ? 1 : 3
                guard let close = find(closing, in: s, from: cursor + open, end: limit) else { return nil }
                let closeLength = byte == UInt8(ascii: "(") ? 1 : 3
                if insideStamp == nil, let stamp = Timestamp.value(s, (cursor + open)..<close) {
                    insideStamp = ((cursor)..<(close + closeLength), stamp)
                    nameEnd = nameEnd ?? cursor
                }
                cursor = close + closeLength
                continue
            }
            if let length = separatorLength(s, at: cursor, end: end) {
                separator = cursor..<(cursor + length)
                break
            }
            if insideStamp != nil, !UTF8Bytes.isSpace(byte) { return nil }  // words between the timestamp and the colon
            // A comma or a sentence end cannot be in a name: most prose lines stop here, early.
            if byte == UInt8(ascii: ",") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?") || byte == UInt8(ascii: ";") {
                return nil
            }
            if byte == 0xEF, cursor + 2 < end, s[cursor + 1] == 0xBC,
                s[cursor + 2] == 0x8C || s[cursor + 2] == 0x81 || s[cursor + 2] == 0x9F || s[cursor + 2] == 0x9B
            {  // ，！？；
                return nil
            }
            if byte == 0xE3, cursor + 2 < end, s[cursor + 1] == 0x80, s[cursor + 2] == 0x82 || s[cursor + 2] == 0x81 { return nil }  // 。、
            cursor += 1
        }
        guard let separator else { return bareQuestionOrAnswer(s, range) }
        let name = UTF8Bytes.trim(s, index..<(nameEnd ?? separator.lowerBound))
        guard isPlausibleName(s, name) else { return nil }
        if insideStamp == nil, isClockTime(s, name: name, after: separator.upperBound, end: end) { return nil }
        var found = finish(s, name: name, separator: separator, after: separator.upperBound, end: end, bold: false)
        if let insideStamp, found != nil {
            found!.timestamp = insideStamp.written
            found!.timestampValue = insideStamp.value
            found!.timestampAfterName = true
        }
        return found
    }

    /// `Jane Doe  0:03` or `Jane Doe [00:01:02]` alone on a line (as transcription services write): the name of the
    /// paragraph below and when it starts.
    private static func nameThenTimestamp(_ s: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> SpeakerLine? {
        let line = UTF8Bytes.trim(s, range)
        let last = s[line.upperBound - 1]
        guard UTF8Bytes.isDigit(last) || last == UInt8(ascii: "]") || last == UInt8(ascii: ")") else { return nil }
        var space = line.upperBound - 1
        while space > line.lowerBound, !UTF8Bytes.isSpace(s[space]) { space -= 1 }
        guard space > line.lowerBound, let stamp = Timestamp.trailing(s, (space + 1)..<line.upperBound) else { return nil }
        let name = UTF8Bytes.trim(s, line.lowerBound..<space)
        guard isPlausibleName(s, name) else { return nil }
        return SpeakerLine(
            timestamp: stamp.written, timestampValue: stamp.value, timestampAfterName: true, name: name,
            separator: name.upperBound..<name.upperBound, spacing: line.upperBound..<line.upperBound,
            words: line.upperBound..<line.upperBound)
    }

    /// A line that is only `问`, `答`, `問`, `Q` or `A`: the label of the paragraph below.
    private static func bareQuestionOrAnswer(_ s: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> SpeakerLine? {
        let text = UTF8Bytes.trim(s, range)
        let count = text.count
        guard count == 1 || count == 3 else { return nil }
        let isBare =
            count == 1
            ? (s[text.lowerBound] == UInt8(ascii: "Q") || s[text.lowerBound] == UInt8(ascii: "A"))
            : (UTF8Bytes.hasPrefix(s, "问", at: text.lowerBound, end: text.upperBound)
                || UTF8Bytes.hasPrefix(s, "答", at: text.lowerBound, end: text.upperBound)
                || UTF8Bytes.hasPrefix(s, "問", at: text.lowerBound, end: text.upperBound))
        guard isBare else { return nil }
        return SpeakerLine(
            name: text, separator: text.upperBound..<text.upperBound, spacing: text.upperBound..<text.upperBound,
            words: text.upperBound..<text.upperBound)
    }

    private static func finish(
        _ s: UnsafeBufferPointer<UInt8>, name: Range<Int>, separator: Range<Int>, after: Int, end: Int,
        bold: Bool
    ) -> SpeakerLine? {
        // `https://…` is a URL, not a speaker called "https".
        if after < end, s[after] == UInt8(ascii: "/") { return nil }
        var wordsStart = after
        while wordsStart < end, UTF8Bytes.isSpace(s[wordsStart]) { wordsStart += 1 }
        return SpeakerLine(name: name, separator: separator, spacing: after..<wordsStart, words: wordsStart..<end, bold: bold)
    }

    /// `10:30 开会`: digits on both sides of `:` are a clock time.
    private static func isClockTime(_ s: UnsafeBufferPointer<UInt8>, name: Range<Int>, after: Int, end: Int) -> Bool {
        s[after - 1] == UInt8(ascii: ":") && after < end && UTF8Bytes.isDigit(s[after]) && UTF8Bytes.isDigit(s[name.upperBound - 1])
    }

    // MARK: - Scanning

    /// A geometric marker (▲ △ ■ □ ● ○ ◆ ◇ ★ ☆ ▶ ►) at `index`: its length in bytes.
    private static func markerLength(_ s: UnsafeBufferPointer<UInt8>, at index: Int, end: Int) -> Int? {
        guard s[index] == 0xE2, index + 2 < end else { return nil }
        let (scalar, length) = UTF8Bytes.scalar(s, at: index, end: end)
        switch scalar {
        case 0x25B2, 0x25B3, 0x25A0, 0x25A1, 0x25CF, 0x25CB, 0x25C6, 0x25C7, 0x2605, 0x2606, 0x25B6, 0x25BA: return length
        default: return nil
        }
    }

    private static func findDoubleStar(_ s: UnsafeBufferPointer<UInt8>, from: Int, end: Int) -> Int? {
        var index = from
        while index + 1 < end {
            if s[index] == UInt8(ascii: "*"), s[index + 1] == UInt8(ascii: "*") { return index }
            index += 1
        }
        return nil
    }

    private static func find(_ literal: StaticString, in s: UnsafeBufferPointer<UInt8>, from: Int, end: Int) -> Int? {
        var index = from
        while index < end {
            if UTF8Bytes.hasPrefix(s, literal, at: index, end: end) { return index }
            index += 1
        }
        return nil
    }

    /// The first `:` or `：` within a name's reach of `from`.
    private static func findSeparator(_ s: UnsafeBufferPointer<UInt8>, from: Int, end: Int) -> (Int, Int)? {
        var index = from
        let limit = min(end, from + 4 * (maximumNameColumns + maximumAffiliationColumns) + 8)
        while index < limit {
            if let length = separatorLength(s, at: index, end: end) { return (index, length) }
            index += 1
        }
        return nil
    }

    /// Length of a `:` or `：` separator at `index`.
    @inline(__always)
    private static func separatorLength(_ s: UnsafeBufferPointer<UInt8>, at index: Int, end: Int) -> Int? {
        guard index < end else { return nil }
        if s[index] == UInt8(ascii: ":") { return 1 }
        if s[index] == 0xEF, index + 2 < end, s[index + 1] == 0xBC, s[index + 2] == 0x9A { return 3 }
        return nil
    }

    private static func separatorLength(_ s: UnsafeBufferPointer<UInt8>, endingAt index: Int, start: Int) -> Int? {
        if index - 1 >= start, s[index - 1] == UInt8(ascii: ":") { return 1 }
        if index - 3 >= start, s[index - 3] == 0xEF, s[index - 2] == 0xBC, s[index - 1] == 0x9A { return 3 }
        return nil
    }

    // MARK: - Names

    /// A name, optionally followed by one bracketed affiliation (`记者（某报）`, `Reporter (Reuters)`), or an
    /// outlet in `《》`.
    static func isPlausibleName(_ s: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        guard !range.isEmpty else { return false }
        if UTF8Bytes.hasPrefix(s, "《", at: range.lowerBound, end: range.upperBound) {
            // `《财经》`: an outlet as the interviewer.
            guard range.count > 6, UTF8Bytes.hasPrefix(s, "》", at: range.upperBound - 3, end: range.upperBound) else { return false }
            return isPlainName(s, (range.lowerBound + 3)..<(range.upperBound - 3))
        }
        let last = s[range.upperBound - 1]
        if last == UInt8(ascii: ")") || (range.count > 3 && UTF8Bytes.hasPrefix(s, "）", at: range.upperBound - 3, end: range.upperBound)) {
            let open: StaticString = last == UInt8(ascii: ")") ? "(" : "（"
            let openLength = last == UInt8(ascii: ")") ? 1 : 3
            let closeLength = openLength
            guard let openIndex = find(open, in: s, from: range.lowerBound, end: range.upperBound) else { return false }
            let base = UTF8Bytes.trim(s, range.lowerBound..<openIndex)
            let affiliation = UTF8Bytes.trim(s, (openIndex + openLength)..<(range.upperBound - closeLength))
            return isPlainName(s, base) && isPlainName(s, affiliation, maximumColumns: maximumAffiliationColumns)
        }
        return isPlainName(s, range)
    }

    private static func isPlainName(
        _ s: UnsafeBufferPointer<UInt8>, _ range: Range<Int>,
        maximumColumns: Int = maximumNameColumns
    ) -> Bool {
        guard !range.isEmpty else { return false }
        var columns = 0
        var hasLetter = false
        var index = range.lowerBound
        var wordLength = 0
        while index < range.upperBound {
            let (scalar, length) = UTF8Bytes.scalar(s, at: index, end: range.upperBound)
            if scalar < 0x80 {
                let byte = UInt8(scalar)
                switch byte {
                case UInt8(ascii: "."):
                    // `Dr. Wu`, `J.D. Vance`: a dot after a short word; a dot ending a sentence is not a name.
                    if index + 1 < range.upperBound, s[index + 1] == UInt8(ascii: " "), wordLength > 3 { return false }
                case UInt8(ascii: ","), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: ";"), UInt8(ascii: "\""),
                    UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "<"),
                    UInt8(ascii: ">"), UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "*"), UInt8(ascii: "#"),
                    UInt8(ascii: "|"), UInt8(ascii: "/"), UInt8(ascii: "\\"), UInt8(ascii: "="), UInt8(ascii: "`"),
                    UInt8(ascii: ":"):
                    return false
                default:
                    if byte < 0x20 { return false }
                }
                if (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) { hasLetter = true }
                wordLength = byte == UInt8(ascii: " ") ? 0 : wordLength + 1
            } else {
                if isSentencePunctuation(scalar) { return false }
                if !hasLetter {
                    // Ideographs, kana and hangul are letters; ask Unicode's tables only for the rest.
                    let common =
                        (0x3400...0x9FFF).contains(scalar) || (0xAC00...0xD7A3).contains(scalar) || (0x3041...0x30FF).contains(scalar)
                    if common || (Unicode.Scalar(scalar)?.properties.isAlphabetic ?? false) { hasLetter = true }
                }
                wordLength += 1
            }
            columns += DisplayColumns.width(of: scalar)
            if columns > maximumColumns { return false }
            index += length
        }
        guard hasLetter else { return false }
        let text = UnsafeBufferPointer(rebasing: s[range])
        if UTF8Bytes.hasPrefix(text, "http", at: 0, end: text.count) || UTF8Bytes.hasPrefix(text, "www.", at: 0, end: text.count) {
            return false
        }
        return true
    }

    /// CJK and typographic punctuation that cannot appear in a name (`·` and `・` can: 埃隆·马斯克).
    static func isSentencePunctuation(_ scalar: UInt32) -> Bool {
        (scalar >= 0x3000 && scalar <= 0x303F) || (scalar >= 0xFF01 && scalar <= 0xFF0F)
            || (scalar >= 0xFF1A && scalar <= 0xFF20) || (scalar >= 0xFF3B && scalar <= 0xFF40)
            || (scalar >= 0xFF5B && scalar <= 0xFF65) || (scalar >= 0x2010 && scalar <= 0x2027)
            || scalar == 0xFFFD
    }
}
