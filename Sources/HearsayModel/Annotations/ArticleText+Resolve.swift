extension ArticleText {
    /// Finds `anchor` in this text, as the W3C Web Annotation model suggests for a TextQuoteSelector
    /// with a TextPositionSelector: trust the positions while the quote is still there, otherwise
    /// search for the quote and pick the occurrence whose surroundings best match the stored prefix
    /// and suffix (then the one nearest the old place). Never drops an anchor: `.orphaned` when the
    /// quote is gone.
    public func resolve(_ anchor: TextAnchor) -> AnchorResolution {
        let storedStart = flatOffset(of: anchor.start)
        let storedEnd = flatOffset(of: anchor.end)
        if let start = storedStart, let end = storedEnd, start <= end, substring(start..<end) == anchor.exact,
            anchor.textHash == fingerprint || contextMatches(anchor, start: start, end: end)
        {
            return .exact(anchor.start..<anchor.end)
        }
        let exact = Array(anchor.exact.utf8)
        let candidates = exact.isEmpty ? emptyQuoteCandidates(anchor) : occurrences(of: exact)
        guard !candidates.isEmpty else { return .orphaned }
        let prefix = Array(anchor.prefix.utf8)
        let suffix = Array(anchor.suffix.utf8)
        let target = storedStart ?? 0
        let best = candidates.max { a, b in
            let scoreA = contextScore(start: a, end: a + exact.count, prefix: prefix, suffix: suffix)
            let scoreB = contextScore(start: b, end: b + exact.count, prefix: prefix, suffix: suffix)
            if scoreA != scoreB { return scoreA < scoreB }
            return abs(a - target) > abs(b - target)
        }!
        let range = position(atFlatOffset: best)..<position(atFlatOffset: best + exact.count)
        return range == anchor.start..<anchor.end ? .exact(range) : .moved(to: range)
    }

    /// With the text changed, a quote still at its old place counts as exact only if what surrounds
    /// it is unchanged too (otherwise a repeat of the quote elsewhere might be the better match).
    private func contextMatches(_ anchor: TextAnchor, start: Int, end: Int) -> Bool {
        let prefix = Array(anchor.prefix.utf8)
        let suffix = Array(anchor.suffix.utf8)
        return contextScore(start: start, end: end, prefix: prefix, suffix: suffix) == prefix.count + suffix.count
    }

    /// How many bytes of the stored prefix end right before `start`, plus how many of the suffix
    /// begin right at `end`.
    private func contextScore(start: Int, end: Int, prefix: [UInt8], suffix: [UInt8]) -> Int {
        var before = 0
        while before < prefix.count, start - before - 1 >= 0,
            bytes[start - before - 1] == prefix[prefix.count - before - 1]
        {
            before += 1
        }
        var after = 0
        while after < suffix.count, end + after < bytes.count, bytes[end + after] == suffix[after] {
            after += 1
        }
        return before + after
    }

    /// Start offsets of every occurrence of `needle` (non-empty) in the text.
    private func occurrences(of needle: [UInt8]) -> [Int] {
        guard needle.count <= bytes.count else { return [] }
        var result: [Int] = []
        var start = 0
        let first = needle[0]
        while start + needle.count <= bytes.count {
            if bytes[start] == first, bytes[start..<(start + needle.count)].elementsEqual(needle) {
                result.append(start)
            }
            start += 1
        }
        return result
    }

    /// For an empty quote (a position at the very end of an article), the places where its prefix ends.
    private func emptyQuoteCandidates(_ anchor: TextAnchor) -> [Int] {
        let prefix = Array(anchor.prefix.utf8)
        if prefix.isEmpty { return [0] }
        return occurrences(of: prefix).map { $0 + prefix.count }
    }
}
