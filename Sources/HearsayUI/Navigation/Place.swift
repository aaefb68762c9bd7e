/// Somewhere the user was, as `q` brings it back: the view, what was over it, the article pane
/// as it was (article, scroll, cursor, speaker filter) and the results on screen.
public struct Place: Sendable {
    public var focus: Pane
    public var overlay: Overlay?
    /// The reader or the dialogue view as it was (`nil` in the list, which keeps its own state).
    var pane: (any ArticlePane)?
    /// The coverage results, when they were on screen.
    var results: CoverageResults?
    /// The article selected in the list and the list's first entry on screen (opening an
    /// article selects it there).
    var listSelection: Int?
    var listTop: Int

    /// What makes two places the same step: the view, the overlay's kind and the article. Going
    /// back and forth between two views folds on it.
    var step: Step { Step(focus: focus, overlay: overlay.map(Step.OverlayKind.init), article: pane?.article) }

    struct Step: Hashable {
        enum OverlayKind: Hashable {
            case help, speakerFilter, highlights, searchPrompt, searchResults, speakers
            init(_ overlay: Overlay) {
                switch overlay {
                case .help: self = .help
                case .speakerFilter: self = .speakerFilter
                case .highlights: self = .highlights
                case .searchPrompt: self = .searchPrompt
                case .searchResults: self = .searchResults
                case .speakers: self = .speakers
                }
            }
        }
        var focus: Pane
        var overlay: OverlayKind?
        var article: Int?
    }
}
