import CUnicode

/// Finds a text's break opportunities in order, a chunk at a time, so that wrapping the first
/// screen of a 300 KB paragraph costs one chunk of ICU work, not the whole paragraph.
///
/// Each chunk is handed to ICU on its own. Opportunities close to a chunk's end may depend on
/// text ICU did not see, so only those at least `contextMargin` bytes before the end are kept,
/// and the next chunk starts at the last one kept: a true opportunity, where ICU's rules restart
/// cleanly (UAX #14 opportunities follow any spaces, so no rule reaches back across one).
struct BreakScanner: Sendable {
    let utf8: [UInt8]
    let text: String
    let locale: String
    let rules: BreakRules

    private var chunkStart = 0
    private var pending: [BreakOpportunity] = []
    private var pendingIndex = 0
    private var finished = false
    /// Kept across chunks, so a run of flag halves longer than a chunk is found once.
    private var boundaries: GraphemeBoundary.Cursor

    static let initialChunkBytes = 16 * 1024
    static let contextMargin = 512

    init(text: String, utf8: [UInt8], locale: String, rules: BreakRules) {
        self.text = text
        self.utf8 = utf8
        self.locale = locale
        self.rules = rules
        finished = utf8.isEmpty
        boundaries = GraphemeBoundary.Cursor(text: text)
    }

    mutating func next() -> BreakOpportunity? {
        while pendingIndex == pending.count {
            if finished { return nil }
            scanChunk()
        }
        defer { pendingIndex += 1 }
        return pending[pendingIndex]
    }

    private mutating func scanChunk() {
        var length = Self.initialChunkBytes
        while true {
            var end = min(chunkStart + length, utf8.count)
            while end < utf8.count, utf8[end] & 0xC0 == 0x80 { end += 1 }
            let found = opportunities(from: chunkStart, to: end)
            pendingIndex = 0
            if end == utf8.count {
                pending = found
                finished = true
                return
            }
            let limit = end - Self.contextMargin
            let kept = found.prefix { $0.offset <= limit }
            if let last = kept.last {
                pending = Array(kept)
                chunkStart = last.offset
                return
            }
            length *= 2
        }
    }

    /// ICU's opportunities in `utf8[start..<end]`, edited by `rules`, as absolute UTF-8 offsets.
    private mutating func opportunities(from start: Int, to end: Int) -> [BreakOpportunity] {
        var units: [UInt16] = []
        var unitToByte: [Int32] = []  // UTF-16 index in the chunk → absolute UTF-8 offset
        units.reserveCapacity(end - start)
        unitToByte.reserveCapacity(end - start + 1)
        utf8.withUnsafeBufferPointer { bytes in
            var index = start
            while index < end {
                let (value, length) = UTF8Decoding.scalar(in: bytes, at: index)
                if value >= 0x10000 {
                    let shifted = value - 0x10000
                    units.append(UInt16(0xD800 + (shifted >> 10)))
                    units.append(UInt16(0xDC00 + (shifted & 0x3FF)))
                    unitToByte.append(Int32(index))
                    unitToByte.append(Int32(index))
                } else {
                    units.append(UInt16(value))
                    unitToByte.append(Int32(index))
                }
                index += length
            }
        }
        unitToByte.append(Int32(end))
        let count = Int32(units.count)
        var breaks = [Int32](repeating: 0, count: units.count + 1)
        var statuses = [Int32](repeating: 0, count: units.count + 1)
        let found = locale.withCString { name in
            cu_line_breaks(units, count, name, &breaks, &statuses, count + 1)
        }
        guard found > 0 else { return [BreakOpportunity(offset: end, isMandatory: false)] }

        let context = BreakContext(units: units, rules: rules)
        // A status of 100 or more is UBRK_LINE_HARD.
        var candidates = (0..<Int(min(found, count + 1))).map { (position: Int(breaks[$0]), mandatory: statuses[$0] >= 100) }
        let added = context.addedOpportunities()
        if !added.isEmpty {
            let known = Set(candidates.map(\.position))
            candidates += added.filter { !known.contains($0) }.map { (position: $0, mandatory: false) }
            candidates.sort { $0.position < $1.position }
        }
        var result: [BreakOpportunity] = []
        result.reserveCapacity(candidates.count)
        for (position, mandatory) in candidates {
            if !mandatory, position < units.count {
                if !context.allows(position) { continue }
                if rules.contains(.keepGraphemes), context.mayBeInsideGrapheme(position),
                    !boundaries.isBoundary(Int(unitToByte[position]))
                {
                    continue
                }
            }
            result.append(BreakOpportunity(offset: Int(unitToByte[position]), isMandatory: mandatory))
        }
        return result
    }
}
