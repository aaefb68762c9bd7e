import Foundation
import HearsayModel

/// Work the UI core asks the runtime to do, returned by `update` (the core never does I/O).
/// The runtime carries it out and reports any result back as an `Event`.
public enum Effect: Sendable, Hashable {
    /// Leave the program (restoring the terminal).
    case quit
    /// Give the terminal back and stop until the shell continues the program (Ctrl-Z); the
    /// screen is drawn again afterwards.
    case suspend
    /// Clear the terminal and draw every cell again (Ctrl-L).
    case redrawScreen
    /// The screen changed without a key (work between keys found more): draw a frame.
    case drawFrame
    /// Save the chosen theme's name in the config file (`t` cycles themes).
    case rememberTheme(String)
    /// Store a new or changed highlight (answered by `.stateSaved` or `.stateNotSaved`).
    case saveHighlight(Highlight)
    /// Delete a stored highlight.
    case deleteHighlight(id: UUID)
    /// Remember where the reader was in an article.
    case saveReadingPosition(ReadingPosition)
    /// Mark an article read or unread.
    case setRead(Bool, articleID: String)
    /// Remember the article open at quit (`nil`: none), reopened at the next start.
    case setLastOpenArticle(String?)
    /// Remember which speakers the dialogue view shows for an article, by speaker id (`nil`:
    /// everyone, which forgets the saved filter).
    case saveSpeakerFilter(Set<String>?, articleID: String)
    /// Try again to save changes that failed to save (on the runtime's tick).
    case retryUnsavedState
    /// Look up the saved reading position of an article just opened (`.readingPositionLoaded`).
    case loadReadingPosition(articleID: String)
    /// Open a web address in the user's browser (`$BROWSER`, else `xdg-open`; argv, never a shell).
    case openURL(String)
    /// Put text on the terminal's clipboard (OSC 52).
    case copyToClipboard(String)
    /// Write back the details (title, link, speaker) of highlights whose articles now say otherwise,
    /// best effort: they are refreshed again at the next start if this fails.
    case refreshHighlightDetails([Highlight])
    /// Look at the files again now (`R`): what changed comes back as `.corpusChanged`.
    case reloadCorpus
}
