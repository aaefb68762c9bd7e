import HearsayModel

/// Builds an `Article` block by block, keeping sections, turns and speakers consistent, so
/// fixtures read like the documents they stand for.
public struct FixtureArticleBuilder {
    public private(set) var article: Article

    public init(
        id: String, title: String, format: ArticleFormat = .transcript, date: ArticleDate? = nil,
        sourceURL: String? = nil, categories: [String] = []
    ) {
        article = Article(id: id, format: format, title: title, date: date, sourceURL: sourceURL, categories: categories)
    }

    /// The lede under the title.
    public mutating func lede(_ text: String) {
        article.summary = text
        append(Block(kind: .quote, plain: text))
    }

    public mutating func heading(_ title: String, level: Int = 2) {
        article.sections.append(Section(title: title, level: level, blockIndex: article.blocks.count))
        append(Block(kind: .heading(level: level), plain: title))
    }

    /// A `## 亮点` list of the author's key points.
    public mutating func keyPoints(_ heading: String, _ points: [String]) {
        self.heading(heading)
        for point in points {
            article.keyPoints.append(point)
            append(Block(kind: .listItem(keyPoint: true), plain: point))
        }
    }

    public mutating func paragraph(_ text: String) {
        append(Block(kind: .paragraph, plain: text))
    }

    public mutating func image(_ url: String, alt: String) {
        append(Block(kind: .image(url: url), plain: alt))
    }

    /// A paragraph with one link in the middle.
    public mutating func paragraph(_ before: String, link: String, url: String, after: String) {
        let text = before + link + after
        let a = before.utf8.count, b = a + link.utf8.count
        append(
            Block(
                kind: .paragraph, text: text,
                spans: [
                    InlineSpan(style: .plain, range: 0..<a), InlineSpan(style: .link(url: url), range: a..<b),
                    InlineSpan(style: .plain, range: b..<text.utf8.count),
                ], sourceLine: 0))
    }

    /// One dialogue turn: `Name: words`, then any further paragraphs of the same turn.
    public mutating func turn(_ name: String, _ words: String, _ more: String...) {
        let speaker: Int
        if let existing = article.speakers.firstIndex(where: { $0.id == Speaker.id(for: name) }) {
            speaker = existing
        } else {
            speaker = article.speakers.count
            article.speakers.append(Speaker(name: name))
        }
        let first = article.blocks.count
        let prefix = name + ": "
        let text = prefix + words
        append(
            Block(
                kind: .turn(speaker: speaker), text: text,
                spans: [
                    InlineSpan(style: .speakerName, range: 0..<name.utf8.count),
                    InlineSpan(style: .plain, range: name.utf8.count..<text.utf8.count),
                ], sourceLine: 0))
        for paragraph in more { append(Block(kind: .turnContinuation(speaker: speaker), plain: paragraph)) }
        article.turns.append(Turn(speaker: speaker, blocks: first..<article.blocks.count))
    }

    private mutating func append(_ block: Block) {
        article.blocks.append(block)
    }
}
