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

    private var blocks: [Block] = []
    private var speakers: [Speaker] = []
    private var speakerLookup: [String: Int] = [:]
    private var turns: [Turn] = []
    private var keyPointHeadings: Set<Int> = []
    private var keyPoints: [String] = []
    private var headingTitle: String?
    private var firstHeading: String?
    private var hasDialogueSection = false
    private var hasKeyPointSection = false

    private var inKeyPoints = false
    private var dialogueLevel: Int?
    private var openTurn: (speaker: Int, start: Int, timestamp: String?)?
    private var lastTurnBlock = -1
    private var pending: Pending?

    private struct Pending {
        enum Kind { case paragraph, quote, listItem(keyPoint: Bool) }
        var kind: Kind
        var lines: [Range<Int>]
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
        guard lines.contains(where: { !UTF8Bytes.trim(s, $0).isEmpty }) else {
            let message = s.isEmpty ? "file is empty" : "file contains only white space"
            return ParseResult(article: nil, diagnostics: [Diagnostic(file: file, line: 1, severity: .warning, message: message)])
        }
        var bodyStart = readFrontMatter()
        var bodyEnd = lines.count
        let sourceURL = readClosingLink(bodyStart: bodyStart, bodyEnd: &bodyEnd)
        while bodyStart < bodyEnd, UTF8Bytes.trim(s, lines[bodyStart]).isEmpty { bodyStart += 1 }
        if hasFrontMatter, bodyStart >= bodyEnd, sourceURL == nil {
            diagnostics.append(Diagnostic(file: file, line: max(bodyStart, 1), severity: .warning,
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
        hasFrontMatter = true
        guard let close = lines.indices.dropFirst().first(where: { isFence(lines[$0], allowDots: true) }) else {
            diagnostics.append(Diagnostic(file: file, line: 1, severity: .error,
                                          message: "front matter starting here is never closed by a `---` line; read as text"))
            return 1
        }
        let yamlRange = lines[1].lowerBound..<(close > 1 ? lines[close - 1].upperBound : lines[1].lowerBound)
        let yaml = String(decoding: UnsafeBufferPointer(rebasing: s[yamlRange.lowerBound..<max(yamlRange.lowerBound, yamlRange.upperBound)]), as: UTF8.self)
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
        if let (level, text) = heading(line) {
            readHeading(level: level, text: text, line: lineNumber)
            return
        }
        if s[line.lowerBound] == UInt8(ascii: ">") {
            var start = line.lowerBound + 1
            if start < line.upperBound, s[start] == UInt8(ascii: " ") { start += 1 }
            closeTurn()
            if case .quote = pending?.kind {
                pending!.lines.append(start..<line.upperBound)
            } else {
                flush()
                pending = Pending(kind: .quote, lines: [start..<line.upperBound], firstLine: lineNumber)
            }
            return
        }
        if let itemStart = bulletContent(line) {
            flush()
            closeTurn()
            pending = Pending(kind: .listItem(keyPoint: inKeyPoints), lines: [itemStart..<line.upperBound], firstLine: lineNumber)
            return
        }
        if let image = imageLine(line) {
            flush()
            closeTurn()
            var builder = SpanBuilder()
            builder.append(s, image.alt, style: .plain)
            if builder.isEmpty { builder.append("image", style: .plain) }
            blocks.append(builder.block(.image(url: image.url), line: lineNumber))
            return
        }
        if dialogueLevel != nil {
            if let speakerLine = SpeakerLine.match(s, line) {
                flush()
                startTurn(speakerLine, line: lineNumber)
                return
            }
            if StageDirection.matches(s, line) {
                flush()
                var builder = SpanBuilder()
                builder.append(s, line, style: .plain)
                blocks.append(builder.block(.stageDirection, line: lineNumber))
                if openTurn != nil { lastTurnBlock = blocks.count - 1 }
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
            pending!.lines.append(line)
        default:
            flush()
            pending = Pending(kind: .paragraph, lines: [line], firstLine: lineNumber)
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

    /// `#`…`######` followed by a space: the level and the text range.
    private func heading(_ line: Range<Int>) -> (Int, Range<Int>)? {
        var index = line.lowerBound
        while index < line.upperBound, s[index] == UInt8(ascii: "#") { index += 1 }
        let level = index - line.lowerBound
        guard (1...6).contains(level), index == line.upperBound || UTF8Bytes.isSpace(s[index]) else { return nil }
        var end = line.upperBound
        while end > index, s[end - 1] == UInt8(ascii: "#") { end -= 1 }
        if end == index || !UTF8Bytes.isSpace(s[end - 1]) { end = line.upperBound }
        let text = UTF8Bytes.trim(s, index..<end)
        return text.isEmpty ? nil : (level, text)
    }

    private func bulletContent(_ line: Range<Int>) -> Int? {
        let first = s[line.lowerBound]
        if first == UInt8(ascii: "-") || first == UInt8(ascii: "*") || first == UInt8(ascii: "+") {
            guard line.count >= 2, UTF8Bytes.isSpace(s[line.lowerBound + 1]) else { return nil }
            return UTF8Bytes.trim(s, (line.lowerBound + 2)..<line.upperBound).lowerBound
        }
        // `• item`
        if UTF8Bytes.hasPrefix(s, "\u{2022}", at: line.lowerBound, end: line.upperBound) {
            return UTF8Bytes.trim(s, (line.lowerBound + 3)..<line.upperBound).lowerBound
        }
        return nil
    }

    /// A line that is only `![alt](url)`.
    private func imageLine(_ line: Range<Int>) -> (alt: Range<Int>, url: String)? {
        guard UTF8Bytes.hasPrefix(s, "![", at: line.lowerBound, end: line.upperBound),
              s[line.upperBound - 1] == UInt8(ascii: ")"),
              let close = UTF8Bytes.firstIndex(of: UInt8(ascii: "]"), in: s, (line.lowerBound + 2)..<line.upperBound),
              close + 1 < line.upperBound, s[close + 1] == UInt8(ascii: "("),
              UTF8Bytes.firstIndex(of: UInt8(ascii: ")"), in: s, (close + 2)..<line.upperBound) == line.upperBound - 1
        else { return nil }
        let urlRange = UTF8Bytes.trim(s, (close + 2)..<(line.upperBound - 1))
        return ((line.lowerBound + 2)..<close, String(decoding: UnsafeBufferPointer(rebasing: s[urlRange]), as: UTF8.self))
    }

    // MARK: - Turns

    private mutating func startTurn(_ line: SpeakerLine, line lineNumber: Int) {
        closeTurn()
        let name = String(decoding: UnsafeBufferPointer(rebasing: s[line.name]), as: UTF8.self)
        let speakerID = Speaker.id(for: name)
        let speakerIndex: Int
        if let known = speakerLookup[speakerID] {
            speakerIndex = known
        } else {
            speakerIndex = speakers.count
            speakers.append(Speaker(name: name))
            speakerLookup[speakerID] = speakerIndex
        }
        var builder = SpanBuilder()
        if let timestamp = line.timestamp {
            builder.append(s, timestamp, style: .timestamp)
            builder.append(" ", style: .plain)
        }
        builder.append(s, line.name, style: .speakerName)
        builder.append(s, line.separator, style: .plain)
        builder.append(s, line.spacing, style: .plain)
        InlineParser.parse(s, line.words, into: &builder)
        blocks.append(builder.block(.turn(speaker: speakerIndex), line: lineNumber))
        let timestamp = line.timestampValue.map { String(decoding: UnsafeBufferPointer(rebasing: s[$0]), as: UTF8.self) }
        openTurn = (speakerIndex, blocks.count - 1, timestamp)
        lastTurnBlock = blocks.count - 1
    }

    private mutating func closeTurn() {
        guard let turn = openTurn else { return }
        turns.append(Turn(speaker: turn.speaker, blocks: turn.start..<(lastTurnBlock + 1), timestamp: turn.timestamp))
        openTurn = nil
    }

    // MARK: - Paragraphs

    private mutating func flush() {
        guard let paragraph = pending else { return }
        pending = nil
        var builder = SpanBuilder()
        if paragraph.lines.count == 1 {
            InlineParser.parse(s, paragraph.lines[0], into: &builder)
        } else {
            let joined = join(paragraph.lines)
            joined.withUnsafeBufferPointer { InlineParser.parse($0, 0..<$0.count, into: &builder) }
        }
        builder = builder.trimmed()
        guard !builder.isEmpty else { return }
        switch paragraph.kind {
        case .quote:
            blocks.append(builder.block(.quote, line: paragraph.firstLine))
        case .listItem(let keyPoint):
            let block = builder.block(.listItem(keyPoint: keyPoint), line: paragraph.firstLine)
            if keyPoint { keyPoints.append(block.text) }
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

    /// Joins a paragraph's lines: a space between two Latin lines, nothing between CJK ones.
    private func join(_ parts: [Range<Int>]) -> [UInt8] {
        var joined: [UInt8] = []
        joined.reserveCapacity(parts.reduce(0) { $0 + $1.count + 1 })
        for part in parts {
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
        let format: ArticleFormat = hasFrontMatter ? .frontMatter
            : (hasKeyPointSection || hasDialogueSection) ? .transcript : .markdown
        let lede: String? = blocks.first.flatMap { $0.kind == .quote ? $0.text : nil }
        let title = frontMatter?.title ?? headingTitle ?? firstHeading ?? FileNames.title(forID: id)
        return Article(
            id: id, path: path, format: format, title: title, date: frontMatter?.date, sourceURL: sourceURL,
            summary: frontMatter?.summary ?? lede, tags: frontMatter?.tags ?? [], categories: frontMatter?.categories ?? [],
            language: frontMatter?.language, keyPoints: keyPoints.isEmpty ? frontMatter?.keyPoints ?? [] : keyPoints,
            sections: sections, blocks: blocks, turns: turns, speakers: speakers
        )
    }
}
