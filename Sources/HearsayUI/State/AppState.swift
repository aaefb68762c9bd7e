import HearsayModel

/// Everything the UI shows, as a value. `update(_:)` changes it in response to events and
/// returns effects for the runtime; `ScreenRenderer` draws it. Features keep their own state
/// in their own struct here (`list`, `reader`, `dialogue`…).
public struct AppState: Sendable {
    /// Changed only by `adoptCorpusChange` (articles arriving, files changed on disk).
    public internal(set) var corpus: Corpus
    /// The corpus's generation, loading progress and deleted articles.
    public internal(set) var corpusState = CorpusState()
    public var keymap: Keymap
    public private(set) var size: ScreenSize
    /// What is on screen and the places `q` goes back to; changed only by `go(to:)` and `goBack()`.
    public internal(set) var navigator = Navigator()
    /// The view that has the keyboard.
    public var focus: Pane { navigator.focus }
    /// The view drawn over it, if any.
    public var overlay: Overlay? { navigator.overlay }
    public var list: ArticleListState
    public var reader: ReaderState
    public var dialogue: DialogueState
    /// The person's stream last opened (`P`, `Enter`).
    public var stream: StreamState?
    /// A one-off note for the status bar (cleared by the next key).
    public var message: String?
    /// The colour themes and the current one (`nil`: the renderer's own styles).
    public var theme: ThemeState? = nil
    /// Highlights, the reading cursor and the note being edited.
    public var highlights = HighlightsState()
    /// Read marks and how saving goes (unsaved changes, quitting with them, the place saved).
    public var persistence = PersistenceState()
    /// The clock and new ids.
    public var environment = AppEnvironment()
    /// In-article search, coverage search and list filter (`Search/`).
    public var search = SearchState()
    /// The widest the text column grows (`[reader] max-width` in config.toml).
    public var readerMaxWidth = ScreenLayout.defaultMaxTextWidth {
        didSet { relayout() }
    }
    /// Whether `y` may set the clipboard (OSC 52).
    public var clipboard = ClipboardPolicy()
    /// Whether laying out or folding ahead may have work left (`.idle`).
    var worksAhead = true
    /// The utterance index and anything else derived from `corpus` (see `corpusDidChange()`).
    var derivedIndexes = CorpusDerivedIndexes()

    /// `loading`: how far the corpus has loaded, when the rest is to come as `.corpusChanged`.
    public init(corpus: Corpus, size: ScreenSize, keymap: Keymap = .standard, loading: LoadingProgress? = nil) {
        self.corpus = corpus
        self.corpusState.loading = loading
        self.keymap = keymap
        self.size = size
        self.list = ArticleListState(articles: corpus.articles)
        self.reader = ReaderState()
        self.dialogue = DialogueState()
        relayout()
    }

    /// Where everything goes at the current size and focus.
    public var screenLayout: ScreenLayout { ScreenLayout(size: size, focus: focus, maxTextWidth: readerMaxWidth) }

    /// The modes whose bindings apply now, innermost first.
    public var activeModes: [InputMode] {
        switch overlay {
        case .help: return [.help, .everywhere]
        case .speakerFilter: return [.speakerFilter, .everywhere]
        case .highlights: return [.highlightsView, .everywhere]
        case .searchPrompt: return [.everywhere]
        case .searchResults: return [.searchResults, .everywhere]
        case .speakers: return [.speakersView, .everywhere]
        case nil: break
        }
        switch focus {
        case .list: return [.list, .views, .everywhere]
        case .reader: return [.reader, .views, .everywhere]
        case .dialogue: return [.dialogue, .views, .everywhere]
        case .stream: return [.stream, .views, .everywhere]
        }
    }

    /// Applies one event. Returns the effects the runtime must carry out.
    public mutating func update(_ event: Event) -> [Effect] {
        // Anything but the work between keys may leave more of it to do.
        if event != .idle { worksAhead = true }
        switch event {
        case .key(let key):
            message = nil
            // Asking whether to quit with changes not saved takes every key, even on a screen
            // too small to show the question (the too-small message then asks it).
            if persistence.quitting == .confirming { return answerQuitPrompt(key) }
            if screenLayout.isTooSmall { return handleKeyWhileTooSmall(key) }
            if overlay == .searchPrompt { return handleSearchPromptKey(key) }
            if case .speakers(let view) = overlay, view.editor != nil { return handleSpeakersFilterKey(key) }
            if let problem = persistence.saveProblem { message = problem }
            if let effects = handleHighlightKey(key) { return effects }
            guard let action = keymap.action(for: key, in: activeModes) else { return [] }
            return handlingQuit { $0.perform(action) }
        case .resize(let newSize):
            size = newSize
            relayout()
            return []
        case .themeNotRemembered(let reason), .notice(let reason):
            message = reason
            return []
        case .stateSaved, .stateNotSaved, .readingPositionLoaded, .tick:
            return handleReadingStateEvent(event)
        case .idle:
            return doIdleWork()
        case .colorDepth(let depth):
            adoptColorDepth(depth)
            return []
        case .corpusChanged(let change):
            return adoptCorpusChange(change)
        }
    }

    /// Keys while the terminal is too small: nothing is on screen, so nothing may change
    /// unseen; only quitting (`q` as well as Ctrl-C, saving as quitting does) is accepted.
    mutating func handleKeyWhileTooSmall(_ key: Key) -> [Effect] {
        guard TooSmallView.quitKeys.contains(key) else { return [] }
        return handlingQuit { $0.perform(.app(.quit)) }
    }

    /// Routes an action to the feature that owns it.
    public mutating func perform(_ action: Action) -> [Effect] {
        switch action {
        case .app(let action): return perform(action)
        case .list(let action): return perform(action)
        case .reader(let action): return perform(action)
        case .dialogue(let action): return perform(action)
        case .speakerFilter(let action): return perform(action)
        case .help(let action): return perform(action)
        case .theme(let action): return perform(action)
        case .highlight(let action): return perform(action)
        case .highlightsView(let action): return perform(action)
        case .search(let action): return perform(action)
        case .speakersView(let action): return perform(action)
        case .stream(let action): return perform(action)
        }
    }

    /// Re-lays out what is on screen after the size, the article or the filter changed,
    /// keeping each view on the same text.
    mutating func relayout() {
        // A terminal too small shows only a message: keep every position as it was, so growing
        // the terminal back shows exactly the same screen.
        guard !screenLayout.isTooSmall else { return }
        syncReaderWithSelection()
        // Only the pane on screen (in the list, the reader's preview): the other one relayouts
        // when it comes back (every change of view calls this), so a resize costs one layout, not two.
        if var pane = articlePane {
            pane.relayout(corpus: corpus, width: screenLayout.readerTextWidth, height: screenLayout.readerHeight)
            articlePane = pane
        } else {
            reader.relayout(corpus: corpus, width: screenLayout.readerTextWidth)
        }
        list.scrollToSelection(visible: screenLayout.listVisibleEntries)
    }

    /// In the split layout the reader previews the selected article.
    mutating func syncReaderWithSelection() {
        if focus == .list, let selected = list.selectedArticle, reader.article != selected {
            reader.open(article: selected)
        }
    }
}
