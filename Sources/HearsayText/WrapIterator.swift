/// The fill loop of `LineWrapper`, one line at a time (see `LineWrapper.lines`).
public struct WrapIterator: IteratorProtocol, Sequence, Sendable {
    private let text: String
    private let utf8: [UInt8]
    /// `ScalarWidths.table`, taken once (see there).
    private let widths = ScalarWidths.table
    private var scanner: BreakScanner
    /// Opportunities and their segments' widths from an earlier wrap of the same text
    /// (`RecordedBreaks`), used instead of `scanner` and `measure`; `nil` when scanning.
    private let replayedOpportunities: [UInt32]?
    private let replayedSegments: [UInt64]?
    private var replayIndex = 0
    /// Opportunities found so far by `scanner`, and their segments, for `recordedBreaks`.
    private var recorded: [UInt32] = []
    private var recordedSegments: [UInt64] = []
    private let styles: StyleMap
    private var styleCursor = 0
    private let rules: BreakRules
    private let width: Int
    private let firstIndent: Int
    private let hangingIndent: Int

    /// The line being filled: source bytes `start..<contentEnd`, then droppable spaces.
    private struct OpenLine: Sendable {
        var start: Int
        var contentEnd: Int
        /// Columns including trailing spaces (which are dropped if the line ends here).
        var width: Int
        var contentWidth: Int
    }

    /// A piece of text between two break opportunities.
    private struct Segment: Sendable {
        var start: Int
        var contentEnd: Int
        var end: Int
        var width: Int
        var contentWidth: Int
        var spaceWidth: Int { width - contentWidth }
    }

    private var open: OpenLine?
    private var segmentStart = 0
    private var emittedCount = 0
    private var ready: [WrappedLine] = []
    private var readyIndex = 0
    private var finished = false
    /// Set by `countRemainingLines`: lines are counted, not made.
    private var counting = false

    init(
        text: String, styles: [(range: Range<Int>, style: TextStyle)], breaker: LineBreaker, width: Int,
        firstIndent: Int, hangingIndent: Int, reusing breaks: RecordedBreaks?
    ) {
        let bytes = Array(text.utf8)
        self.text = text
        self.utf8 = bytes
        self.scanner = breaker.makeScanner(for: text, utf8: bytes)
        self.replayedOpportunities = breaks?.packed
        self.replayedSegments = breaks?.segments
        self.styles = StyleMap(styles, text: text, byteCount: bytes.count)
        self.rules = breaker.rules
        self.width = Swift.max(width, 1)
        let cap = Swift.max(0, self.width - 2)
        self.firstIndent = Swift.min(Swift.max(firstIndent, 0), cap)
        self.hangingIndent = Swift.min(Swift.max(hangingIndent, 0), cap)
    }

    /// Every opportunity of the text, once all lines have been produced by scanning (`nil`
    /// before that, and when this wrap itself reused recorded breaks).
    public var recordedBreaks: RecordedBreaks? {
        finished && replayedOpportunities == nil ? RecordedBreaks(packed: recorded, segments: recordedSegments) : nil
    }

    public mutating func next() -> WrappedLine? {
        while readyIndex == ready.count {
            if finished { return nil }
            ready.removeAll(keepingCapacity: true)
            readyIndex = 0
            step()
        }
        defer { readyIndex += 1 }
        return ready[readyIndex]
    }

    /// How many lines the rest of the text takes, counted without making them (no runs, no
    /// strings): what a layout needs of a block above the screen. Ends the iteration.
    public mutating func countRemainingLines() -> Int {
        let waiting = ready.count - readyIndex
        ready.removeAll()
        readyIndex = 0
        counting = true
        let before = emittedCount
        while !finished { step() }
        return waiting + emittedCount - before
    }

    // MARK: - Filling

    private mutating func step() {
        guard let opportunity = nextOpportunity() else {
            if let line = open { emit(line) }
            open = nil
            finished = true
            return
        }
        let segment: Segment
        if let replayedSegments, let measured = RecordedBreaks.unpackSegment(replayedSegments[replayIndex - 1]) {
            segment = Segment(
                start: segmentStart, contentEnd: opportunity.offset - measured.trailingBytes, end: opportunity.offset,
                width: measured.width, contentWidth: measured.contentWidth)
        } else {
            segment = Self.measure(utf8, widths: widths, from: segmentStart, to: opportunity.offset)
            if replayedOpportunities == nil {
                recordedSegments.append(
                    RecordedBreaks.pack(
                        width: segment.width, contentWidth: segment.contentWidth,
                        trailingBytes: segment.end - segment.contentEnd))
            }
        }
        segmentStart = opportunity.offset
        place(segment)
        if opportunity.isMandatory {
            emit(open ?? OpenLine(start: segment.end, contentEnd: segment.end, width: 0, contentWidth: 0))
            open = nil
        }
    }

    private mutating func nextOpportunity() -> BreakOpportunity? {
        if let replayedOpportunities {
            guard replayIndex < replayedOpportunities.count else { return nil }
            defer { replayIndex += 1 }
            return RecordedBreaks.unpack(replayedOpportunities[replayIndex])
        }
        guard let opportunity = scanner.next() else { return nil }
        recorded.append(RecordedBreaks.pack(opportunity))
        return opportunity
    }

    private func indent(forLine index: Int) -> Int { index == 0 ? firstIndent : hangingIndent }

    private var available: Int { width - indent(forLine: emittedCount) }

    private mutating func place(_ segment: Segment) {
        if var line = open {
            if line.width + segment.contentWidth <= available {
                if segment.contentEnd > segment.start {
                    line.contentEnd = segment.contentEnd
                    line.contentWidth = line.width + segment.contentWidth
                }
                line.width += segment.width
                open = line
                return
            }
            emit(line)
            open = nil
        }
        placeOnFreshLine(segment)
    }

    private mutating func placeOnFreshLine(_ segment: Segment) {
        if segment.contentWidth <= available {
            open = OpenLine(start: segment.start, contentEnd: segment.contentEnd, width: segment.width, contentWidth: segment.contentWidth)
            return
        }
        cut(segment)
    }

    /// The last resort: a piece wider than a line, cut at grapheme boundaries.
    private mutating func cut(_ segment: Segment) {
        let slice = utf8[segment.start..<segment.contentEnd]
        var clusters: [(end: Int, width: Int, first: UInt32, last: UInt32)] = []
        var offset = segment.start
        for character in String(decoding: slice, as: UTF8.self) {
            offset += character.utf8.count
            let scalars = character.unicodeScalars
            clusters.append((offset, DisplayWidth.of(character), scalars.first!.value, scalars.last!.value))
        }
        var remaining = segment.contentWidth
        var pieceStart = segment.start
        var index = 0
        while index < clusters.count {
            let room = available
            if remaining <= room {
                open = OpenLine(
                    start: pieceStart, contentEnd: segment.contentEnd,
                    width: remaining + segment.spaceWidth, contentWidth: remaining)
                return
            }
            var taken = index
            var takenWidth = 0
            while taken < clusters.count, takenWidth + clusters[taken].width <= room {
                takenWidth += clusters[taken].width
                taken += 1
            }
            if taken == index {
                takenWidth = clusters[index].width
                taken = index + 1
            } else {
                var candidate = taken
                while candidate > index + 1, !cutAllowed(before: candidate, in: clusters) { candidate -= 1 }
                if cutAllowed(before: candidate, in: clusters) {
                    for dropped in candidate..<taken { takenWidth -= clusters[dropped].width }
                    taken = candidate
                }
            }
            let end = clusters[taken - 1].end
            if taken == clusters.count {  // the rest is one grapheme wider than the line
                open = OpenLine(start: pieceStart, contentEnd: end, width: takenWidth + segment.spaceWidth, contentWidth: takenWidth)
                return
            }
            emit(OpenLine(start: pieceStart, contentEnd: end, width: takenWidth, contentWidth: takenWidth))
            remaining -= takenWidth
            pieceStart = end
            index = taken
        }
        open = OpenLine(start: pieceStart, contentEnd: pieceStart, width: segment.spaceWidth, contentWidth: 0)
    }

    private func cutAllowed(before index: Int, in clusters: [(end: Int, width: Int, first: UInt32, last: UInt32)]) -> Bool {
        guard index < clusters.count else { return true }
        if rules.contains(.noLineStartPunctuation), BreakRules.noLineStartTable.contains(clusters[index].first) { return false }
        if rules.contains(.noLineEndPunctuation), BreakRules.noLineEndTable.contains(clusters[index - 1].last) { return false }
        return true
    }

    // MARK: - Measuring and emitting

    /// Static, with what it reads passed in: a method call would copy the whole iterator (a
    /// large struct) for each segment.
    private static func measure(_ utf8: [UInt8], widths: [UInt8], from start: Int, to end: Int) -> Segment {
        var width = 0
        var contentWidth = 0
        var contentEnd = start
        widths.withUnsafeBufferPointer { entries in
            utf8.withUnsafeBufferPointer { bytes in
                var index = start
                while index < end {
                    let (value, length) = UTF8Decoding.scalar(in: bytes, at: index)
                    index += length
                    width += Int(ScalarWidths.entry(value, in: entries) & 0x03)
                    if !Self.isDroppable(value) {
                        contentWidth = width
                        contentEnd = index
                    }
                }
            }
        }
        return Segment(start: start, contentEnd: contentEnd, end: end, width: width, contentWidth: contentWidth)
    }

    /// White space that disappears at a line break (spaces, tabs, line and paragraph separators).
    @inline(__always)
    private static func isDroppable(_ value: UInt32) -> Bool {
        switch value {
        case 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029: return true
        default: return false
        }
    }

    private mutating func emit(_ line: OpenLine) {
        defer { emittedCount += 1 }
        guard !counting else { return }
        let indent = indent(forLine: emittedCount)
        ready.append(WrappedLine(indent: indent, runs: runs(from: line.start, to: line.contentEnd), width: indent + line.contentWidth))
    }

    private mutating func runs(from start: Int, to end: Int) -> [StyledRun] {
        guard start < end else { return [] }
        let entries = styles.entries
        while styleCursor < entries.count, entries[styleCursor].range.upperBound <= start { styleCursor += 1 }
        var result: [StyledRun] = []
        var index = styleCursor
        while index < entries.count, entries[index].range.lowerBound < end {
            let lower = Swift.max(start, entries[index].range.lowerBound)
            let upper = Swift.min(end, entries[index].range.upperBound)
            if lower < upper { result.append(Self.run(lower..<upper, style: entries[index].style, in: utf8, widths: widths)) }
            index += 1
        }
        return result
    }

    /// Static for the same reason as `measure`.
    private static func run(_ range: Range<Int>, style: TextStyle, in utf8: [UInt8], widths: [UInt8]) -> StyledRun {
        widths.withUnsafeBufferPointer { entries in
            utf8.withUnsafeBufferPointer { bytes in
                var width = 0
                var flags: UInt8 = 0
                var index = range.lowerBound
                while index < range.upperBound {
                    let (value, length) = UTF8Decoding.scalar(in: bytes, at: index)
                    index += length
                    let entry = ScalarWidths.entry(value, in: entries)
                    width += Int(entry & 0x03)
                    flags |= entry
                }
                var shown = String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
                if flags & ScalarWidths.unsafeFlag != 0 { shown = DisplaySafety.sanitized(shown) }
                return StyledRun(text: shown, style: style, source: range, width: width)
            }
        }
    }
}
