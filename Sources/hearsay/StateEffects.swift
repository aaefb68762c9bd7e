import Foundation
import HearsayModel
import HearsayStore
import HearsayUI

/// Carries out the highlight and reading-state effects for the terminal runtime against the
/// SQLite store, and loads the saved state at start. A failed save leaves the change pending in
/// the store; the next save, or `.retryUnsavedState` on the runtime's tick, commits it with the rest.
struct StateEffects {
    let store: HighlightStore

    /// The events reporting the outcome, or `nil` when `effect` is not a state effect.
    func perform(_ effect: Effect) -> [Event]? {
        switch effect {
        case .saveHighlight(let highlight): return saving { try store.save(highlight) }
        case .deleteHighlight(let id): return saving { try store.deleteHighlight(id: id) }
        case .saveReadingPosition(let position): return saving { try store.setReadingPosition(position) }
        case .setRead(let read, let articleID): return saving { try store.setRead(read, articleID: articleID) }
        case .setLastOpenArticle(let id): return saving { try store.setLastOpenArticle(id) }
        case .retryUnsavedState: return saving { try store.retryPending() }
        case .loadReadingPosition(let articleID):
            guard let position = try? store.readingPosition(articleID: articleID) else { return [] }
            return [.readingPositionLoaded(position)]
        case .quit, .suspend, .redrawScreen, .rememberTheme:
            return nil
        }
    }

    private func saving(_ write: () throws -> Void) -> [Event] {
        do {
            try write()
            return [.stateSaved]
        } catch {
            return [.stateNotSaved(Self.statusLine(for: error))]
        }
    }

    /// What the status bar says after a failed save: first that it was not saved (the line may
    /// be cut at the screen's edge), then why.
    static func statusLine(for error: Error) -> String {
        guard let error = error as? StoreError else { return "NOT SAVED (kept in memory, will retry): \(error)" }
        let changes = error.pendingCount == 1 ? "1 change" : "\(error.pendingCount) changes"
        return "NOT SAVED, \(changes) kept in memory, will retry: \(error.description)"
    }

    /// The saved state for the UI, or a message saying why it could not be read (the reader then
    /// starts without it; saves still try, and report their own problems).
    func load() -> (state: SavedReadingState, problem: String?) {
        do {
            let highlights = try store.allHighlights()
            let read = try store.readArticleIDs()
            let last = try store.lastOpenArticle()
            let position = try last.flatMap { try store.readingPosition(articleID: $0) }
            return (SavedReadingState(highlights: highlights, readArticleIDs: read, lastOpenArticleID: last,
                                      lastOpenPosition: position), nil)
        } catch {
            return (SavedReadingState(), "highlights not loaded: \(error)")
        }
    }
}
