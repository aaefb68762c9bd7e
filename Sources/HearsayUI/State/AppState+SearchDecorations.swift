extension AppState {
    /// The search matches in one article (the current one marked as such), only those in
    /// `blocks` when given: a frame pays for the matches on screen, not for all of them.
    func searchDecorations(forArticle index: Int, blocks: ClosedRange<Int>? = nil) -> [TextDecoration] {
        guard let found = search.inArticle, found.article == index else { return [] }
        let matches = found.matches
        // Matches are in text order, so those on screen are one slice, found by bisection.
        var first = 0
        if let lower = blocks?.lowerBound {
            var high = matches.count
            while first < high {
                let middle = (first + high) / 2
                if matches[middle].block < lower { first = middle + 1 } else { high = middle }
            }
        }
        var result: [TextDecoration] = []
        for offset in first..<matches.count {
            let match = matches[offset]
            if let upper = blocks?.upperBound, match.block > upper { break }
            result.append(TextDecoration(block: match.block, range: match.range, kind: offset == found.current ? .currentMatch : .match))
        }
        return result
    }
}
