import HearsayModel

/// Finds the section an author's key point (a bullet of `## 亮点`) is about: the section whose
/// text shares the most character pairs with the key point, relative to both sizes (a cosine
/// over sets of bigrams, which needs no word segmentation and works for Chinese and English).
/// The highlights list itself and dialogue sections are not candidates.
public struct KeyPointMatcher: Sendable {
    public let article: Article

    public init(article: Article) { self.article = article }

    /// Indices of the blocks of the highlights list, in order.
    public var keyPointBlocks: [Int] {
        article.blocks.indices.filter { article.blocks[$0].kind == .listItem(keyPoint: true) }
    }

    /// The index into `Article.sections` that best matches `keyPointBlock`, or `nil`.
    public func bestSection(forKeyPointBlock keyPointBlock: Int) -> Int? {
        let wanted = Self.bigrams(article.blocks[keyPointBlock].text)
        guard !wanted.isEmpty else { return nil }
        var best: (section: Int, score: Double)?
        for (index, section) in article.sections.enumerated() {
            let blocks = blockRange(ofSection: index)
            if blocks.contains(keyPointBlock) { continue }
            if blocks.contains(where: { block in
                if case .turn = article.blocks[block].kind { return true }
                return false
            }) {
                continue
            }
            var text = section.title
            for block in blocks { text += article.blocks[block].text }
            let candidate = Self.bigrams(text)
            guard !candidate.isEmpty else { continue }
            let shared = wanted.intersection(candidate).count
            let score = Double(shared) / (Double(wanted.count) * Double(candidate.count)).squareRoot()
            if score > (best?.score ?? 0) { best = (index, score) }
        }
        return best?.section
    }

    /// The blocks of section `index`: from its heading to the next section's heading.
    public func blockRange(ofSection index: Int) -> Range<Int> {
        let start = article.sections[index].blockIndex
        let end = index + 1 < article.sections.count ? article.sections[index + 1].blockIndex : article.blocks.count
        return start..<max(start, end)
    }

    /// Pairs of adjacent letters or digits, case-folded; punctuation and spaces split the text.
    static func bigrams(_ text: String) -> Set<String> {
        var result: Set<String> = []
        var previous: Character?
        for character in text.lowercased() {
            guard character.isLetter || character.isNumber else { previous = nil; continue }
            if let previous { result.insert(String([previous, character])) }
            previous = character
        }
        return result
    }
}
