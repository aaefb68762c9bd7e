/// Turns one block's markdown into visible text and spans: `**bold**`, `*italic*`, `_italic_`,
/// `***both***`, `[text](url)`, `![alt](url)` and `\` escapes.
///
/// Emphasis follows CommonMark's delimiter-run matching, with one deliberate difference: a run may
/// open when followed by non-space and close when preceded by non-space, whatever the punctuation
/// around it. CommonMark's flanking rules refuse `“**新秩序”**万斯` (a closing quote before `**` and
/// an ideograph after), which is how Chinese writers put bold around quoted phrases.
enum InlineParser {
    static func parse(_ s: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, into out: inout SpanBuilder) {
        var needsWork = false
        var index = range.lowerBound
        while index < range.upperBound {
            switch s[index] {
            case UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "["), UInt8(ascii: "\\"): needsWork = true
            default: break
            }
            if needsWork { break }
            index += 1
        }
        guard needsWork else {
            out.append(s, range, style: .plain)
            return
        }
        var tokenizer = Tokenizer(s: s, range: range)
        tokenizer.run()
        tokenizer.matchEmphasis()
        tokenizer.render(into: &out)
    }

    /// The steps the matching loops take on `text` (for tests: they must grow linearly).
    static func matchingSteps(_ text: String) -> Int {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { buffer in
            var tokenizer = Tokenizer(s: buffer, range: 0..<buffer.count)
            tokenizer.run()
            tokenizer.matchEmphasis()
            return tokenizer.steps
        }
    }

    private enum Token {
        case text(Range<Int>)
        case delimiter(Int)
        case link(text: Range<Int>, url: String)
        case image(alt: Range<Int>, url: String)
    }

    private struct Delimiter {
        let byte: UInt8
        let length: Int
        var remaining: Int
        let canOpen: Bool
        let canClose: Bool
        var opensStrong = 0, opensEmphasis = 0, closesStrong = 0, closesEmphasis = 0
    }

    private struct Tokenizer {
        let s: UnsafeBufferPointer<UInt8>
        let range: Range<Int>
        var tokens: [Token] = []
        var delimiters: [Delimiter] = []
        /// Cached results of forward searches, so a line full of unmatched `[` stays linear.
        var nextCloseBracket = -1
        var nextCloseBracketSearchedFrom = Int.max
        /// For each `(` of the range (by offset from its start), the offset of the `)` that closes
        /// it, or -1; found in one pass when the first `](` is met, so `[x](`×N stays linear.
        var closingParentheses: [Int32]?
        /// Work done by the matching loops (for the linearity tests).
        var steps = 0

        init(s: UnsafeBufferPointer<UInt8>, range: Range<Int>) {
            self.s = s
            self.range = range
        }

        mutating func run() {
            var textStart = range.lowerBound
            var index = range.lowerBound
            let end = range.upperBound
            func flush(_ upTo: Int, _ tokens: inout [Token]) {
                if upTo > textStart { tokens.append(.text(textStart..<upTo)) }
            }
            while index < end {
                let byte = s[index]
                if byte == UInt8(ascii: "\\"), index + 1 < end, isEscapable(s[index + 1]) {
                    flush(index, &tokens)
                    textStart = index + 1
                    index += 2
                    continue
                }
                if byte == UInt8(ascii: "*") || byte == UInt8(ascii: "_") {
                    var runEnd = index
                    while runEnd < end, s[runEnd] == byte { runEnd += 1 }
                    let before = UTF8Bytes.scalar(s, before: index, start: range.lowerBound)
                    let after: UInt32? = runEnd < end ? UTF8Bytes.scalar(s, at: runEnd, end: end).value : nil
                    var canOpen = after.map { !isWhiteSpace($0) } ?? false
                    var canClose = before.map { !isWhiteSpace($0) } ?? false
                    if byte == UInt8(ascii: "_") {
                        // Intraword underscores (snake_case, URLs) are not emphasis.
                        if let before, isWordScalar(before) { canOpen = false }
                        if let after, isWordScalar(after) { canClose = false }
                    }
                    flush(index, &tokens)
                    if canOpen || canClose {
                        tokens.append(.delimiter(delimiters.count))
                        delimiters.append(
                            Delimiter(
                                byte: byte, length: runEnd - index, remaining: runEnd - index,
                                canOpen: canOpen, canClose: canClose))
                        textStart = runEnd
                    } else {
                        textStart = index
                    }
                    index = runEnd
                    continue
                }
                if byte == UInt8(ascii: "[") || (byte == UInt8(ascii: "!") && index + 1 < end && s[index + 1] == UInt8(ascii: "[")) {
                    let isImage = byte == UInt8(ascii: "!")
                    let open = isImage ? index + 1 : index
                    if let (textRange, url, after) = linkAt(open, end: end) {
                        flush(index, &tokens)
                        tokens.append(isImage ? .image(alt: textRange, url: url) : .link(text: textRange, url: url))
                        textStart = after
                        index = after
                        continue
                    }
                }
                index += 1
            }
            flush(end, &tokens)
        }

        /// `[text](url)` starting at `open`: the text range, the URL and the index after `)`.
        mutating func linkAt(_ open: Int, end: Int) -> (Range<Int>, String, Int)? {
            if nextCloseBracketSearchedFrom > open || (nextCloseBracket >= 0 && nextCloseBracket <= open) {
                nextCloseBracketSearchedFrom = open
                nextCloseBracket = UTF8Bytes.firstIndex(of: UInt8(ascii: "]"), in: s, (open + 1)..<end) ?? end
            }
            let close = nextCloseBracket
            guard close < end, close + 1 < end, s[close + 1] == UInt8(ascii: "(") else { return nil }
            guard let index = matchingParenthesis(of: close + 1) else { return nil }
            // `(url "title")`: the URL ends at the first space.
            let urlRange = UTF8Bytes.trim(s, (close + 2)..<index)
            var urlEnd = urlRange.lowerBound
            while urlEnd < urlRange.upperBound, s[urlEnd] != UInt8(ascii: " ") { urlEnd += 1 }
            let url = String(decoding: UnsafeBufferPointer(rebasing: s[urlRange.lowerBound..<urlEnd]), as: UTF8.self)
            return ((open + 1)..<close, url, index + 1)
        }

        /// The index of the `)` closing the `(` at `open`, parentheses nesting as in a URL.
        mutating func matchingParenthesis(of open: Int) -> Int? {
            if closingParentheses == nil {
                var closing = [Int32](repeating: -1, count: range.count)
                var stack: [Int] = []
                for index in range {
                    steps += 1
                    if s[index] == UInt8(ascii: "(") {
                        stack.append(index)
                    } else if s[index] == UInt8(ascii: ")"), let opened = stack.popLast() {
                        closing[opened - range.lowerBound] = Int32(index - range.lowerBound)
                    }
                }
                closingParentheses = closing
            }
            let found = closingParentheses![open - range.lowerBound]
            return found < 0 ? nil : range.lowerBound + Int(found)
        }

        /// CommonMark's "process emphasis" over a doubly linked delimiter stack: a match removes
        /// every delimiter between opener and closer, and a failed look-back raises the floor for
        /// closers of the same kind, so each delimiter is passed over a bounded number of times.
        mutating func matchEmphasis() {
            guard !delimiters.isEmpty else { return }
            let count = delimiters.count
            var previous = Array(-1..<(count - 1))
            var next = Array(1...count)
            func unlink(_ index: Int) {
                if previous[index] >= 0 { next[previous[index]] = next[index] }
                if next[index] < count { previous[next[index]] = previous[index] }
            }
            // Per character, whether the closer can also open, and its length modulo 3: the
            // delimiter a failed look-back stopped at (CommonMark's openers_bottom).
            var bottoms = Array(repeating: -1, count: 12)
            var closer = 0
            while closer < count {
                guard delimiters[closer].canClose else {
                    closer = next[closer]
                    continue
                }
                let byte = delimiters[closer].byte
                let slot = (byte == UInt8(ascii: "*") ? 0 : 6) + (delimiters[closer].canOpen ? 3 : 0) + delimiters[closer].length % 3
                var found: Int?
                var candidate = previous[closer]
                while candidate > bottoms[slot] {
                    steps += 1
                    let opener = delimiters[candidate]
                    if opener.byte == byte, opener.canOpen, !refusedByRuleOfThree(opener, delimiters[closer]) {
                        found = candidate
                        break
                    }
                    candidate = previous[candidate]
                }
                guard let opener = found else {
                    bottoms[slot] = previous[closer]
                    let following = next[closer]
                    if !delimiters[closer].canOpen { unlink(closer) }
                    closer = following
                    continue
                }
                let used = delimiters[opener].remaining >= 2 && delimiters[closer].remaining >= 2 ? 2 : 1
                delimiters[opener].remaining -= used
                delimiters[closer].remaining -= used
                if used == 2 {
                    delimiters[opener].opensStrong += 1
                    delimiters[closer].closesStrong += 1
                } else {
                    delimiters[opener].opensEmphasis += 1
                    delimiters[closer].closesEmphasis += 1
                }
                var between = next[opener]
                while between != closer {
                    steps += 1
                    let following = next[between]
                    unlink(between)
                    between = following
                }
                if delimiters[opener].remaining == 0 { unlink(opener) }
                if delimiters[closer].remaining == 0 {
                    let following = next[closer]
                    unlink(closer)
                    closer = following
                }
            }
        }

        func refusedByRuleOfThree(_ opener: Delimiter, _ closer: Delimiter) -> Bool {
            guard (opener.canOpen && opener.canClose) || (closer.canOpen && closer.canClose) else { return false }
            return (opener.length + closer.length) % 3 == 0 && !(opener.length % 3 == 0 && closer.length % 3 == 0)
        }

        func render(into out: inout SpanBuilder) {
            var strong = 0
            var emphasis = 0
            func style() -> InlineStyle {
                switch (strong > 0, emphasis > 0) {
                case (true, true): .boldItalic
                case (true, false): .bold
                case (false, true): .italic
                case (false, false): .plain
                }
            }
            for token in tokens {
                switch token {
                case .text(let textRange):
                    out.append(s, textRange, style: style())
                case .delimiter(let index):
                    let delimiter = delimiters[index]
                    strong -= delimiter.closesStrong
                    emphasis -= delimiter.closesEmphasis
                    if delimiter.remaining > 0 {
                        out.append(Array(repeating: delimiter.byte, count: delimiter.remaining), style: style())
                    }
                    strong += delimiter.opensStrong
                    emphasis += delimiter.opensEmphasis
                case .link(let textRange, let url):
                    if textRange.isEmpty {
                        out.append(url, style: .link(url: url))
                    } else {
                        // `[**粗体**](url)`: the link text loses its own markup; the whole run is the link.
                        var inner = SpanBuilder()
                        InlineParser.parse(s, textRange, into: &inner)
                        out.append(inner.bytes, style: .link(url: url))
                    }
                case .image(let altRange, let url):
                    if altRange.isEmpty {
                        out.append("image", style: .image(url: url))
                    } else {
                        out.append(s, altRange, style: .image(url: url))
                    }
                }
            }
        }

        func isEscapable(_ byte: UInt8) -> Bool {
            switch byte {
            case UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "("),
                UInt8(ascii: ")"), UInt8(ascii: "\\"), UInt8(ascii: "!"), UInt8(ascii: "#"), UInt8(ascii: "`"),
                UInt8(ascii: ">"), UInt8(ascii: "-"):
                true
            default: false
            }
        }

        func isWhiteSpace(_ scalar: UInt32) -> Bool {
            scalar == 0x20 || scalar == 0x09 || scalar == 0x0A || scalar == 0x3000 || scalar == 0xA0
        }

        func isWordScalar(_ scalar: UInt32) -> Bool {
            scalar < 0x80 ? UTF8Bytes.isASCIIAlphanumeric(UInt8(scalar)) : false
        }
    }
}
