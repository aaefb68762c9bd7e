/// The state of parsing one file; see `ArticleParser`.
struct ArticleBuilder {
    let s: UnsafeBufferPointer<UInt8>
    let id: String
    let path: String?
    let file: String

    private var lines: [Range<Int>] = []
    private var diagnostics: [Diagnostic] = []
    private var frontMatter: FrontMatter?
    private var hasFrontMatter = false
    /// 1-based line of the `---` that closes the front matter.
    private var frontMatterCloseLine = 0

    private var blocks: [Block] = []
    private var speakers: [Speaker] = []
    /// What `DialogueScan` found: the labels that open turns and the stretches read as dialogue.
    private var dialogue = DialogueScan.Result()
    /// The next of `dialogue.labels` to meet, and the speaker each label stands for.
    private var nextLabel = 0
    private var labelSpeakers: [Int] = []
    private var turns: [Turn] = []
    private var keyPointHeadings: Set<Int> = []
    private var keyPoints: [String] = []
    private var headingTitle: String?
    private var firstHeading: String?
    private var hasDialogueSection = false
    private var hasKeyPointSection = false

    private var inKeyPoints = false
    private var dialogueLevel: Int?
    private var openTurn: (speaker: Int, start: Int, timestamp: String?, label: String)?
    private var lastTurnBlock = -1
    private var pending: Pending?

    private struct Pending {
        enum Kind { case paragraph, quote, listItem(keyPoint: Bool) }
        var kind: Kind
        var first: Range<Int>
        /// Further lines of the paragraph (most paragraphs have one line, and an empty array costs nothing).
        var more: [Range<Int>] = []
        var firstLine: Int
    }

    init(s: UnsafeBufferPointer<UInt8>, id: String, path: String?, file: String) {
        self.s = s
        self.id = id
        self.path = path
        self.file = file
    }

    mutating func build() -> ParseResult {
        lines = SourceLines.split(s)
        blocks.reserveCapacity(lines.count / 2 + 1)
        guard lines.contains(where: { !UTF8Bytes.trim(s, $0).isEmpty }) else {
            let message = s.isEmpty ? "file is empty" : "file contains only white space"
            return ParseResult(article: nil, diagnostics: [Diagnostic(file: file, line: 1, severity: .warning, message: message)])
        }
        var bodyStart = readFrontMatter()
        var bodyEnd = lines.count
        let sourceURL = readClosingLink(bodyStart: bodyStart, bodyEnd: &bodyEnd)
        while bodyStart < bodyEnd, UTF8Bytes.trim(s, lines[bodyStart]).isEmpty { bodyStart += 1 }
        if bodyStart < bodyEnd {
            dialogue = DialogueScan(s: s, lines: lines, body: bodyStart..<bodyEnd, file: file).run()
            if let refusal = dialogue.refusal { diagnostics.append(refusal) }
            resolveSpeakers()
        }
        if hasFrontMatter, bodyStart >= bodyEnd, sourceURL == nil {
            diagnostics.append(
                Diagnostic(
                    file: file, line: frontMatterCloseLine, severity: .warning,
                    message: "front matter but no text after it"))
        }
        for index in bodyStart..<max(bodyStart, bodyEnd) {
            readLine(index)
        }
        flush()
        closeTurn()
        return ParseResult(article: makeArticle(sourceURL: sourceURL), diagnostics: diagnostics)
    }

    // MARK: - Front matter and the closing link

    /// Reads a `---` block at the top; returns the index of the first body line.
    private mutating func readFrontMatter() -> Int {
        guard let first = lines.first, isFence(first, allowDots: false) else { return 0 }
        guard let close = lines.indices.dropFirst().first(where: { isFence(lines[$0], allowDots: true) }) else {
            diagnostics.append(
                Diagnostic(
                    file: file, line: 1, severity: .error,
                    message: "front matter starting here is never closed by a `---` line; read as text"))
            return 1
        }
        hasFrontMatter = true
        frontMatterCloseLine = close + 1
        let yamlRange = lines[1].lowerBound..<(close > 1 ? lines[close - 1].upperBound : lines[1].lowerBound)
        let yaml = String(
            decoding: UnsafeBufferPointer(rebasing: s[yamlRange.lowerBound..<max(yamlRange.lowerBound, yamlRange.upperBound)]),
            as: UTF8.self)
        let (parsed, problems) = FrontMatter.parse(yaml, firstLine: 2, file: file)
        frontMatter = parsed
        diagnostics += problems
        return close + 1
    }

    private func isFence(_ line: Range<Int>, allowDots: Bool) -> Bool {
        let trimmed = UTF8Bytes.trim(s, line)
        guard trimmed.count == 3 else { return false }
        return UTF8Bytes.hasPrefix(s, "---", at: trimmed.lowerBound, end: trimmed.upperBound)
            || (allowDots && UTF8Bytes.hasPrefix(s, "...", at: trimmed.lowerBound, end: trimmed.upperBound))
    }

    /// The closing `_原链接:…_` or `[name](url)` line: its URL, and the body ends before it.
    private func readClosingLink(bodyStart: Int, bodyEnd: inout Int) -> String? {
        var last = bodyEnd - 1
        while last >= bodyStart, UTF8Bytes.trim(s, lines[last]).isEmpty { last -= 1 }
        guard last >= bodyStart, let url = ClosingLink.url(s, UTF8Bytes.trim(s, lines[last])) else { return nil }
        bodyEnd = last
        // `## 原連結` over the link names it; it is not a section of the article.
        var above = last - 1
        while above >= bodyStart, UTF8Bytes.trim(s, lines[above]).isEmpty { above -= 1 }
        if above >= bodyStart, let (_, text) = LineSyntax.heading(s, UTF8Bytes.trim(s, lines[above])),
            SectionNames.isSource(String(decoding: UnsafeBufferPointer(rebasing: s[text]), as: UTF8.self))
        {
            bodyEnd = above
        }
        return url
    }

    // MARK: - Lines

    private mutating func readLine(_ index: Int) {
        let lineNumber = index + 1
        let line = UTF8Bytes.trim(s, lines[index])
        if line.isEmpty {
            flush()
            return
        }
        if nextLabel < dialogue.labels.count, dialogue.labels[nextLabel].line == index {
            flush()
            startTurn(dialogue.labels[nextLabel], speaker: labelSpeakers[nextLabel], line: lineNumber)
            nextLabel += 1
            return
        }
        if let (level, text) = LineSyntax.heading(s, line) {
            readHeading(level: level, text: text, line: lineNumber)
            return
        }
        let inDialogue = dialogueLevel != nil || dialogue.regions.contains { $0.contains(index) }
        if s[line.lowerBound] == UInt8(ascii: ">") {
            var start = line.lowerBound + 1
            if start < line.upperBound, s[start] == UInt8(ascii: " ") { start += 1 }
            if inDialogue, StageDirection.matches(s, UTF8Bytes.trim(s, start..<line.upperBound)) {
                // `> （投票中）`: a stage direction, quoted.
                appendStageDirection(UTF8Bytes.trim(s, start..<line.upperBound), line: lineNumber)
                return
            }
            closeTurn()
            if case .quote = pending?.kind {
                pending!.more.append(start..<line.upperBound)
            } else {
                flush()
                pending = Pending(kind: .quote, first: start..<line.upperBound, firstLine: lineNumber)
            }
            return
        }
        if LineSyntax.isThematicBreak(s, line) {
            // `---`, `***`, `___`: a visual separator, not text.
            flush()
            closeTurn()
            return
        }
        if let itemStart = LineSyntax.bulletContent(s, line) {
            flush()
            closeTurn()
            pending = Pending(kind: .listItem(keyPoint: inKeyPoints), first: itemStart..<line.upperBound, firstLine: lineNumber)
            return
        }
        if OrderedListMarker.length(s, line) != nil {
            // `1. item`: the number stays in the block's text, as the reader should show it.
            flush()
            closeTurn()
            pending = Pending(kind: .listItem(keyPoint: inKeyPoints), first: line, firstLine: lineNumber)
            return
        }
        if let image = LineSyntax.imageLine(s, line) {
            flush()
            closeTurn()
            var builder = SpanBuilder()
            builder.append(s, image.alt, style: .plain)
            if builder.isEmpty { builder.append("image", style: .plain) }
            blocks.append(builder.block(.image(url: image.url), line: lineNumber))
            return
        }
        if inDialogue {
            if StageDirection.matches(s, line) {
                appendStageDirection(line, line: lineNumber)
                return
            }
            if openTurn != nil, UTF8Bytes.hasPrefix(s, "**", at: line.lowerBound, end: line.upperBound),
                line.count > 4, s[line.upperBound - 1] == UInt8(ascii: "*"), s[line.upperBound - 2] == UInt8(ascii: "*")
            {
                // A wholly bold line between turns is a pseudo-heading (`**第二部分**`), not the last speaker's words.
                flush()
                closeTurn()
                pending = Pending(kind: .paragraph, first: line, firstLine: lineNumber)
                flush()
                return
            }
            if let turn = openTurn {
                flush()
                var builder = SpanBuilder()
                InlineParser.parse(s, line, into: &builder)
                blocks.append(builder.trimmed().block(.turnContinuation(speaker: turn.speaker), line: lineNumber))
                lastTurnBlock = blocks.count - 1
                return
            }
        }
        switch pending?.kind {
        case .paragraph?, .listItem?:
            pending!.more.append(line)
        default:
            flush()
            pending = Pending(kind: .paragraph, first: line, firstLine: lineNumber)
        }
    }

    private mutating func readHeading(level: Int, text: Range<Int>, line: Int) {
        flush()
        closeTurn()
        var builder = SpanBuilder()
        InlineParser.parse(s, text, into: &builder)
        let title = builder.string
        if firstHeading == nil { firstHeading = title }
        if level == 1, blocks.isEmpty, headingTitle == nil {
            // The `# ` title: the article's title, not a block (unless front matter already named it otherwise).
            if frontMatter?.title == nil || frontMatter?.title == title {
                headingTitle = title
                return
            }
        }
        inKeyPoints = SectionNames.isKeyPoints(title)
        if inKeyPoints {
            hasKeyPointSection = true
            keyPointHeadings.insert(blocks.count)
        }
        if SectionNames.isDialogue(title) {
            dialogueLevel = level
            hasDialogueSection = true
        } else if let current = dialogueLevel, level <= current {
            dialogueLevel = nil
        }
        blocks.append(builder.block(.heading(level: level), line: line))
    }

    // MARK: - Turns

    /// One speaker per identity (`记` joins `记者`, `Andrulis` joins `Jonas Andrulis`), in order of first appearance.
    private mutating func resolveSpeakers() {
        var speakerByIdentity = [Int?](repeating: nil, count: dialogue.identities.count)
        let declared = declaredAnswerers()
        labelSpeakers.reserveCapacity(dialogue.labels.count)
        for label in dialogue.labels {
            if let known = speakerByIdentity[label.identity] {
                labelSpeakers.append(known)
                continue
            }
            let identity = dialogue.identities[label.identity]
            speakerByIdentity[label.identity] = speakers.count
            labelSpeakers.append(speakers.count)
            if let name = declared[identity.key] {
                // `A` in an article that says `A：王建平` is 王建平, the same person elsewhere in the coverage.
                speakers.append(
                    Speaker(
                        name: name, id: SpeakerIdentity.id(forName: name, inArticle: id),
                        aliases: [identity.name] + identity.aliases))
            } else {
                var speaker = Speaker(name: identity.name, key: identity.key, articleID: id)
                speaker.aliases = identity.aliases
                speakers.append(speaker)
            }
        }
    }

    /// Names the text before the first turn gives to `Q`/`A` (问/答) labels, when such labels are used.
    private func declaredAnswerers() -> [String: String] {
        guard let first = dialogue.labels.first,
            dialogue.identities.contains(where: { ["a", "q", "问", "答"].contains($0.key) })
        else { return [:] }
        let start = lines[0].lowerBound
        let end = lines[first.line].lowerBound
        guard end > start else { return [:] }
        let introduction = String(decoding: UnsafeBufferPointer(rebasing: s[start..<min(end, start + 4096)]), as: UTF8.self)
        return DeclaredAnswerers.names(in: introduction)
    }

    private mutating func startTurn(_ label: DialogueScan.Label, speaker speakerIndex: Int, line lineNumber: Int) {
        closeTurn()
        let line = label.match
        var builder = SpanBuilder()
        builder.reserve(line.words.upperBound - line.name.lowerBound + (line.timestamp?.count ?? 0) + 1)
        if let timestamp = line.timestamp, !line.timestampAfterName {
            builder.append(s, timestamp, style: .timestamp)
            builder.append(" ", style: .plain)
        }
        builder.append(s, line.name, style: .speakerName)
        if let timestamp = line.timestamp, let value = line.timestampValue, line.timestampAfterName {
            // `主持人(9:42)：` keeps the time where it was written; `**Name** [00:01:02]` shows only the time.
            if line.separator.isEmpty {
                builder.append(" ", style: .plain)
                builder.append(s, value, style: .timestamp)
            } else {
                // `**Name** (00:14):` loses its `**` as markup; the space stays.
                if line.bold {
                    builder.append(" ", style: .plain)
                } else {
                    builder.append(s, line.name.upperBound..<timestamp.lowerBound, style: .plain)
                }
                builder.append(s, timestamp, style: .timestamp)
            }
        }
        builder.append(s, line.separator, style: .plain)
        builder.append(s, line.spacing, style: .plain)
        if line.wordsInsideBold {
            // `**问：……？**答`: the bold the label opened goes on over the words.
            let reopened = Array("**".utf8) + Array(UnsafeBufferPointer(rebasing: s[line.words]))
            reopened.withUnsafeBufferPointer { InlineParser.parse($0, 0..<$0.count, into: &builder) }
        } else {
            InlineParser.parse(s, line.words, into: &builder)
        }
        blocks.append(builder.block(.turn(speaker: speakerIndex), line: lineNumber))
        let timestamp = line.timestampValue.map { String(decoding: UnsafeBufferPointer(rebasing: s[$0]), as: UTF8.self) }
        openTurn = (speakerIndex, blocks.count - 1, timestamp, label.written)
        lastTurnBlock = blocks.count - 1
    }

    private mutating func closeTurn() {
        guard let turn = openTurn else { return }
        turns.append(
            Turn(
                speaker: turn.speaker, blocks: turn.start..<(lastTurnBlock + 1), timestamp: turn.timestamp,
                label: turn.label))
        openTurn = nil
    }

    /// `（笑声）`, `[音乐]`: attributed to no one, but inside the turn it interrupts.
    private mutating func appendStageDirection(_ text: Range<Int>, line: Int) {
        flush()
        var builder = SpanBuilder()
        builder.append(s, text, style: .plain)
        blocks.append(builder.block(.stageDirection, line: line))
        if openTurn != nil { lastTurnBlock = blocks.count - 1 }
    }

    // MARK: - Paragraphs

    private mutating func flush() {
        guard let paragraph = pending else { return }
        pending = nil
        var builder = SpanBuilder()
        if paragraph.more.isEmpty {
            builder.reserve(paragraph.first.count)
            InlineParser.parse(s, paragraph.first, into: &builder)
        } else {
            let joined = join([paragraph.first] + paragraph.more)
            joined.withUnsafeBufferPointer { InlineParser.parse($0, 0..<$0.count, into: &builder) }
        }
        builder = builder.trimmed()
        guard !builder.isEmpty else { return }
        switch paragraph.kind {
        case .quote:
            blocks.append(builder.block(.quote, line: paragraph.firstLine))
        case .listItem(let keyPoint):
            let block = builder.block(.listItem(keyPoint: keyPoint), line: paragraph.firstLine)
            if keyPoint { keyPoints.append(OrderedListMarker.removed(from: block.text)) }
            blocks.append(block)
        case .paragraph:
            for piece in PseudoHeadings.split(builder) {
                switch piece {
                case .paragraph(let text): blocks.append(text.block(.paragraph, line: paragraph.firstLine))
                case .heading(let text): blocks.append(text.block(.heading(level: 3), line: paragraph.firstLine))
                }
            }
        }
    }

    /// Joins a paragraph's lines: nothing between two lines that meet in CJK text, a space otherwise.
    private func join(_ parts: [Range<Int>]) -> [UInt8] {
        var joined: [UInt8] = []
        joined.reserveCapacity(parts.reduce(0) { $0 + $1.count + 1 })
        // An empty part (a bare `>` as the file's last byte) would be read past the end.
        for part in parts where !part.isEmpty {
            if let last = joined.last, last < 0x80 || s[part.lowerBound] < 0x80 {
                if !UTF8Bytes.isSpace(last) { joined.append(UTF8Bytes.space) }
            }
            joined.append(contentsOf: UnsafeBufferPointer(rebasing: s[part]))
        }
        return joined
    }

    // MARK: - The article

    private func makeArticle(sourceURL: String?) -> Article {
        var sections: [Section] = []
        for (index, block) in blocks.enumerated() {
            if case .heading(let level) = block.kind, level >= 2, !keyPointHeadings.contains(index) {
                sections.append(Section(title: block.text, level: level, blockIndex: index))
            }
        }
        let format: ArticleFormat =
            hasFrontMatter
            ? .frontMatter
            : (hasKeyPointSection || hasDialogueSection || !turns.isEmpty) ? .transcript : .markdown
        let lede: String? = blocks.first.flatMap { $0.kind == .quote ? $0.text : nil }
        let title = frontMatter?.title ?? headingTitle ?? firstHeading ?? FileNames.title(forID: id)
        return Article(
            id: id, path: path, format: format, title: title, date: frontMatter?.date, sourceURL: sourceURL ?? frontMatter?.sourceURL,
            summary: frontMatter?.summary ?? lede, tags: frontMatter?.tags ?? [], categories: frontMatter?.categories ?? [],
            language: frontMatter?.language, keyPoints: keyPoints.isEmpty ? frontMatter?.keyPoints ?? [] : keyPoints,
            sections: sections, blocks: blocks, turns: turns, speakers: speakers
        )
    }
}
