import HearsayLayout
import HearsayModel
import HearsaySearch

/// How `reveal` brings text into view.
public enum RevealPlacement: Sendable, Hashable {
    /// Scroll as little as needed (nothing when it is in view already).
    case nearest
    /// When it is out of view, a third of the way down, so what leads to it shows too (search
    /// matches, highlights jumped to).
    case thirdDown
    /// Its line on top.
    case top
}

/// An article laid out in the pane on screen. The reader and the dialogue view are both one
/// (and the views still to come that show an article): everything that scrolls, searches or
/// moves the reading cursor goes through this, never through a switch on which view is shown.
/// `AppState.articlePane` is the one place that picks the view.
public protocol ArticlePane: Sendable {
    /// The view this pane is (the reading cursor belongs to one).
    var kind: Pane { get }
    /// Index into `Corpus.articles`, `nil` before an article is opened.
    var article: Int? { get }
    var layout: ArticleLayout? { get }
    /// First line of the layout on screen.
    var topLine: Int { get }
    /// The turn under the turn cursor (the dialogue view); `nil` where there is none.
    var cursorTurn: Int? { get }
    /// Which turns the pane shows (`nil`: it shows every block, not only turns).
    var shownSpeakers: Set<Int>? { get }
    /// Whether the pane shows only turns (then only those of `shownSpeakers`, all when `nil`).
    var showsOnlyTurns: Bool { get }
    /// Input modes of the reading cursor that apply only in this pane.
    var readingCursorModes: [InputMode] { get }
    /// What the pane shows of `article` to be read (a dimmed context turn is not): the reading
    /// cursor moves over it, and a search match in it is one the pane shows.
    func shownText(in article: Article) -> LayoutMode

    /// Re-lays out at `width` when it changed, keeping the same text on top.
    mutating func relayout(corpus: Corpus, width: Int, height: Int)
    /// Where the reader is: the text the tick and quitting save as the reading position.
    func readingPlace(in article: Article) -> TextPosition
    /// The text at the top of the view, where a forward search starts.
    func viewStart(in article: Article) -> TextPosition
    /// The text just below the view, where a backward search starts.
    func viewEnd(in article: Article, height: Int) -> TextPosition
    /// The first text shown, where the reading cursor starts.
    func firstShownText(in article: Article) -> TextPosition?
    /// Whether `position` is in view (the reader: on a line on screen; the dialogue view: in the
    /// turn under the cursor).
    func shows(_ position: TextPosition, in article: Article, height: Int) -> Bool
    /// Brings `range` into view as `placement` says (the dialogue view moves its cursor to the
    /// turn holding it).
    mutating func reveal(_ range: Range<TextPosition>, placement: RevealPlacement, in article: Article, height: Int)
    /// Whether the pane shows a match in `article`, for a pane that shows only turns (looked up
    /// once, then asked of every match).
    func showsMatch(in article: Article) -> (SearchMatch) -> Bool
    /// Draws the pane into `rect`.
    func draw(_ state: AppState, in rect: Rect, into buffer: inout ScreenBuffer, styles: Styles)
}

extension ArticlePane {
    /// A match in the text the pane shows (`shownText`).
    public func showsMatch(in article: Article) -> (SearchMatch) -> Bool {
        let shown = shownText(in: article)
        return { match in
            shown.shownRanges(inBlock: match.block, of: article).contains {
                $0.lowerBound <= match.range.lowerBound && match.range.upperBound <= $0.upperBound
            }
        }
    }

    /// Whether the pane shows turn `turn` (`nil`: text outside any turn).
    func showsTurn(_ turn: Int?, of article: Article) -> Bool {
        guard showsOnlyTurns else { return true }
        guard let turn, article.turns.indices.contains(turn) else { return false }
        return shownSpeakers?.contains(article.turns[turn].speaker) ?? true
    }

    /// The top line that puts `line` in view as `placement` says, given the lines `lines`
    /// must show; `nil` when nothing needs to move.
    func topLine(revealing lines: ClosedRange<Int>, placement: RevealPlacement, height: Int) -> Int? {
        switch placement {
        case .top:
            return lines.lowerBound
        case .thirdDown:
            guard lines.lowerBound < topLine || lines.lowerBound >= topLine + height else { return nil }
            return max(0, lines.lowerBound - height / 3)
        case .nearest:
            if lines.lowerBound < topLine { return lines.lowerBound }
            if lines.upperBound >= topLine + height { return max(0, min(lines.lowerBound, lines.upperBound - height + 1)) }
            return nil
        }
    }
}

extension AppState {
    /// The article pane on screen, `nil` in the list: the only place that picks between the
    /// reader and the dialogue view by the view shown. Setting it stores the pane back.
    public internal(set) var articlePane: (any ArticlePane)? {
        get {
            switch focus {
            case .list: nil
            case .reader: reader
            case .dialogue: dialogue
            case .stream: stream
            }
        }
        set {
            if let pane = newValue as? ReaderState { reader = pane }
            if let pane = newValue as? DialogueState { dialogue = pane }
            if let pane = newValue as? StreamState { stream = pane }
        }
    }
}

extension AppState {
    /// Brings `range` of the open article into view in the pane on screen.
    mutating func reveal(_ range: Range<TextPosition>, placement: RevealPlacement) {
        guard var pane = articlePane, let index = pane.article else { return }
        pane.reveal(range, placement: placement, in: corpus.articles[index], height: screenLayout.readerHeight)
        articlePane = pane
    }
}
