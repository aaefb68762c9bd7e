import HearsayModel

/// A place the user can go to: `AppState.go(to:)` takes it there.
public enum Destination: Sendable, Hashable {
    /// The article list (the root: going there forgets the back trail).
    case list
    /// The reader on an article, at a place in it.
    case reader(article: Int, at: ArticlePlacement)
    /// The dialogue view of an article.
    case dialogue(article: Int, at: DialoguePlacement)
    /// The help overlay, opened at the keys of the view under it.
    case help
    /// Every highlight by article (`H`).
    case highlights
    /// The speaker filter of the dialogue view.
    case speakerFilter
    /// The coverage search's results (`SearchState.results`).
    case searchResults
    /// Every person across the coverage (`P`).
    case speakers
    /// Everything one person said (`SpeakerIdentity`'s id).
    case stream(person: String)
}

/// Where the reader shows an article it opens.
public enum ArticlePlacement: Sendable, Hashable {
    /// As the reader left it; at the top (and then at its saved position) when it showed another.
    case asLeft
    /// This text on the top line (a dialogue turn read in the article).
    case top(TextPosition)
    /// This text in view: a third of the way down when it is not already (a search result).
    case inView(Range<TextPosition>)
    /// This text a third of the way down, so what leads to it shows too (a highlight).
    case thirdDown(TextPosition)
}

/// Where the dialogue view opens.
public enum DialoguePlacement: Sendable, Hashable {
    /// As it was left on this article; else new, its cursor on the turn nearest the reader's top.
    case asLeft
    /// New, with these speakers shown (`nil`: all) and the cursor on `turn`.
    case turn(Int?, shownSpeakers: Set<Int>?)
    /// New, listing the article's quotes (an article with turns too, in place of them), with
    /// these of the people quoted shown and the cursor on `quote` (of those listed).
    case quote(Int?, shownSpeakers: Set<Int>?)
}

/// Whether going somewhere is a step `q` comes back from.
public enum TrailStep: Sendable, Hashable {
    /// A new place: back returns to the one left.
    case push
    /// The same view on other content (the next article with a speaker): back skips it.
    case replace
}
