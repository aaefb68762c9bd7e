import HearsaySearch

extension AppState {
    /// The search matches in one article (the current one marked as such), only those in
    /// `blocks` when given: a frame pays for the matches on screen, not for all of them.
    /// A view showing several articles (a stream) passes `elsewhere`: the other articles then
    /// show the same search's matches too (none of them current).
    func searchDecorations(forArticle index: Int, blocks: ClosedRange<Int>? = nil, elsewhere: StreamMatches? = nil) -> [TextDecoration] {
        guard let found = search.inArticle else { return [] }
        let matches: [SearchMatch]
        if found.article == index {
            matches = found.matches
        } else if let elsewhere {
            matches = elsewhere.matches(of: found.query, inArticle: index, of: corpus, generation: corpusState.generation)
        } else {
            return []
        }
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
            result.append(
                TextDecoration(
                    block: match.block, range: match.range, kind: found.article == index && offset == found.current ? .currentMatch : .match
                ))
        }
        return result
    }
}
