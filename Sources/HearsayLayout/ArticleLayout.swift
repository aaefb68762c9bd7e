import HearsayModel
import HearsayText
import Synchronization

/// An article laid out at one width, lazily: lines are wrapped when first asked for, so showing
/// the first screen of a 300 KB paragraph wraps about one screen's worth of it.
///
/// Search matches and user highlights are not part of the layout: the UI draws them over the
/// runs, using each run's `source` range, so one layout serves every overlay. A class because
/// it fills itself in as it is read (behind a lock, so it may be shared between threads).
public final class ArticleLayout: Sendable {
    /// The article laid out.
    public let article: Article
    /// Columns per line (at least 1).
    public let width: Int
    /// Whole article or dialogue only.
    public let mode: LayoutMode
    private let state: Mutex<LayoutState>

    public init(article: Article, width: Int, mode: LayoutMode = .article) {
        self.article = article
        self.width = max(width, 1)
        self.mode = mode
        self.state = Mutex(LayoutState(article: article, width: max(width, 1), mode: mode))
    }

    private init(article: Article, width: Int, mode: LayoutMode, breaks: [Int: RecordedBreaks]) {
        self.article = article
        self.width = max(width, 1)
        self.mode = mode
        self.state = Mutex(LayoutState(article: article, width: max(width, 1), mode: mode, breaks: breaks))
    }

    /// The same article at another width (and optionally in another mode), reusing the break
    /// opportunities of every block this layout has wrapped completely: after a resize, only
    /// the greedy fill runs again, not ICU. The lines are the same as a fresh layout's.
    public func resized(to width: Int, mode: LayoutMode? = nil) -> ArticleLayout {
        ArticleLayout(article: article, width: width, mode: mode ?? self.mode, breaks: state.withLock { $0.breaks })
    }

    // MARK: - Lines

    /// Whether every line has been laid out.
    public var isComplete: Bool { state.withLock { $0.isComplete } }

    /// How many lines the whole article takes (lays out everything).
    public var lineCount: Int {
        state.withLock { state in
            state.layOutAll()
            return state.lines.count
        }
    }

    /// How many blocks have been counted but not wrapped, their lines not made (tests of how much
    /// a layout after a width change makes).
    var countedBlockCount: Int { state.withLock { $0.countedBlockCount } }

    /// How many lines are laid out so far (never lays out more).
    public var laidOutLineCount: Int { state.withLock { $0.lines.count } }

    /// Whether line `index` exists; lays out only as far as `index`.
    public func hasLine(_ index: Int) -> Bool {
        state.withLock { state in
            state.layOut(through: index)
            return index >= 0 && index < state.lines.count
        }
    }

    /// Line `index` (0-based); lays out only as far as `index`. Requires `hasLine(index)`.
    public func line(_ index: Int) -> LayoutLine {
        state.withLock { state in
            state.layOut(through: index)
            precondition(
                index >= 0 && index < state.lines.count, "line \(index) is past the end of the layout (\(state.lines.count) lines)")
            return state.line(index)
        }
    }

    /// The lines of `range` that exist (fewer at the end of the article).
    public func lines(in range: Range<Int>) -> [LayoutLine] {
        guard !range.isEmpty else { return [] }
        return state.withLock { state in
            state.layOut(through: range.upperBound - 1)
            let lower = max(0, min(range.lowerBound, state.lines.count))
            return Array(state.lines(in: lower..<min(range.upperBound, state.lines.count)))
        }
    }

    // MARK: - Positions

    /// The line showing `position`: the last line of its block that starts at or before the
    /// offset. For a block this mode does not show, the first line after it (or the last line).
    /// A negative block is a header line (`ArticleHeader`), which comes first; one not shown
    /// maps to the next line shown, too.
    public func lineIndex(containing position: TextPosition) -> Int {
        state.withLock { state in
            if let field = ArticleHeader.Field(block: position.block) {
                var found: Int?
                var index = 0
                while true {
                    state.layOut(through: index)
                    guard index < state.lines.count else { break }
                    let line = state.lines[index]
                    if line.block != nil { break }
                    if let header = line.header {
                        if header == field, found == nil || (line.source?.lowerBound ?? 0) <= position.offset { found = index }
                        if header.rawValue > field.rawValue { break }
                    }
                    index += 1
                }
                return found ?? min(index, max(0, state.lines.count - 1))
            }
            state.layOut(past: position)
            // The search below reads the sources of the block's own lines only.
            if position.block >= 0, position.block < state.firstLineOfBlock.count { state.wrapCounted(position.block) }
            let lines = state.lines
            let firstLineOfBlock = state.firstLineOfBlock
            if position.block >= 0, position.block < firstLineOfBlock.count, let first = firstLineOfBlock[position.block] {
                var low = first
                var high = lines.count  // the first line past the block, or past the offset
                while low + 1 < high {
                    let middle = (low + high) / 2
                    let line = lines[middle]
                    if line.block == position.block, (line.source?.lowerBound ?? 0) <= position.offset {
                        low = middle
                    } else {
                        high = middle
                    }
                }
                return low
            }
            let next = min(max(position.block + 1, 0), firstLineOfBlock.count)
            let later = (next..<firstLineOfBlock.count).lazy.compactMap { firstLineOfBlock[$0] }.first
            return later ?? max(0, lines.count - 1)
        }
    }

    /// Where line `index` starts in the article; `nil` for decoration and blank lines.
    public func position(atLine index: Int) -> TextPosition? {
        state.withLock { state in
            state.layOut(through: index)
            guard index >= 0, index < state.lines.count else { return nil }
            let line = state.line(index)
            guard let block = line.block, let source = line.source else { return nil }
            return TextPosition(block: block, offset: source.lowerBound)
        }
    }

    /// The position of line `index`, or of the nearest line after it that shows text (before it,
    /// at the end of the article): what to remember as the reading position when the top line
    /// of the screen is a blank line or decoration. `nil` when no line shows text.
    public func position(nearLine index: Int) -> TextPosition? {
        state.withLock { state in
            var candidate = max(index, 0)
            while true {
                state.layOut(through: candidate)
                guard candidate < state.lines.count else { break }
                let line = state.line(candidate)
                if let block = line.block, let source = line.source { return TextPosition(block: block, offset: source.lowerBound) }
                candidate += 1
            }
            for earlier in (0..<min(max(index, 0), state.lines.count)).reversed() {
                let line = state.line(earlier)
                if let block = line.block, let source = line.source { return TextPosition(block: block, offset: source.lowerBound) }
            }
            return nil
        }
    }

    /// The line of each section's heading, parallel to `Article.sections` (`nil`: not shown in
    /// this mode). Lays out everything.
    public var sectionLines: [Int?] {
        state.withLock { state in
            state.layOutAll()
            return article.sections.map { $0.blockIndex < state.firstLineOfBlock.count ? state.firstLineOfBlock[$0.blockIndex] : nil }
        }
    }

    /// The first line of each dialogue turn, parallel to `Article.turns` (`nil`: not shown in
    /// this mode, e.g. another speaker's turn in a filtered dialogue). Lays out everything.
    public var turnLines: [Int?] {
        state.withLock { state in
            state.layOutAll()
            return article.turns.map {
                $0.blocks.lowerBound < state.firstLineOfBlock.count ? state.firstLineOfBlock[$0.blocks.lowerBound] : nil
            }
        }
    }
}
