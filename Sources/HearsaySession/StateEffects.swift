import Foundation
import HearsayModel
import HearsayStore
import HearsayUI

/// Carries out the highlight and reading-state effects of the UI core against the SQLite store,
/// loads the saved state at start, and keeps what could not be saved at quit. A failed save leaves
/// the change pending in the store; the next save, or `.retryUnsavedState` on the runtime's tick,
/// commits it with the rest.
///
/// Saves run on a writer thread (`BackgroundWriter`), so a key press never waits for another
/// process's lock on the database: an effect waits for its commit at most `answerWithin`, and not
/// at all while the database is locked; it then answers `.stateNotSaved` saying the database is
/// busy, the writer keeps trying, and the tick's `.retryUnsavedState` answers `.stateSaved` once
/// it got through. An outcome not known yet (a slow disk) comes with the next effect's answer.
public struct StateEffects: Sendable {
    public let store: HighlightStore
    private let writer: BackgroundWriter
    /// How long a save may hold up the key press that made it, when the database is not locked.
    public let answerWithin: TimeInterval
    private let unsaved: UnsavedHighlightsWatch?

    /// `unsavedHighlightsChanged` is told the highlights waiting to be saved whenever they change
    /// after an effect (on the caller's thread), and `[]` once `keepUnsaved` has kept them: what a
    /// crash should write to a recovery file (`RecoveryFile.crashSnapshot`).
    public init(
        store: HighlightStore, answerWithin: TimeInterval = 0.5,
        unsavedHighlightsChanged: (@Sendable ([Highlight]) -> Void)? = nil
    ) {
        self.store = store
        self.writer = BackgroundWriter(store: store)
        self.answerWithin = answerWithin
        self.unsaved = unsavedHighlightsChanged.map(UnsavedHighlightsWatch.init)
    }

    /// The events reporting the outcome, or `nil` when `effect` is not a state effect.
    public func perform(_ effect: Effect) -> [Event]? {
        switch effect {
        case .saveHighlight(let highlight): return saving(.saveHighlight(highlight))
        case .deleteHighlight(let id): return saving(.deleteHighlight(id: id))
        case .saveReadingPosition(let position): return saving(.setReadingPosition(position))
        case .setRead(let read, let articleID): return saving(.setRead(read, articleID: articleID))
        case .setLastOpenArticle(let id): return saving(.setLastOpenArticle(id))
        case .saveSpeakerFilter(let speakerIDs, let articleID):
            return saving(.setSpeakerFilter(speakerIDs, articleID: articleID))
        case .retryUnsavedState: return answer(writer.retry())
        case .refreshHighlightDetails(let highlights):
            store.updateDetailsIfFree(highlights)
            return []
        case .loadReadingPosition(let articleID):
            guard let position = try? store.readingPosition(articleID: articleID) else { return [] }
            return [.readingPositionLoaded(position)]
        case .quit, .suspend, .redrawScreen, .drawFrame, .rememberTheme, .openURL, .copyToClipboard, .reloadCorpus:
            return nil
        }
    }

    private func saving(_ write: PendingWrites.Write) -> [Event] {
        answer(writer.submit(write))
    }

    private func answer(_ ticket: Int) -> [Event] {
        let answer = writer.answer(for: ticket, waitingAtMost: answerWithin)
        unsaved?.check(store.pendingWrites.highlights)
        switch answer {
        case .saved: return [.stateSaved]
        case .failed(let error): return [.stateNotSaved(problem(for: error))]
        case .waitingForLock: return [.stateNotSaved(busyProblem())]
        case .inProgress: return []
        }
    }

    /// What the UI is told while another process holds the database's lock: the status bar says
    /// the database is busy and that the changes are kept and saved once it is free.
    func busyProblem() -> SaveProblem {
        let pending = store.pendingWrites
        let changes = pending.count == 1 ? "1 change" : "\(pending.count) changes"
        return SaveProblem(
            message: "NOT SAVED yet, \(changes) kept in memory: database busy (another process is writing to"
                + " \(store.location.displayName)), saving when it is free",
            reason: Self.busyReason, pendingCount: pending.count, pendingHighlights: pending.highlights.count)
    }

    static let busyReason = "the state database is busy: another process is writing to it"

    /// What the UI is told after a failed save: the status line (first that it was not saved, as
    /// the line may be cut at the screen's edge, then why) and what waits in memory.
    func problem(for error: Error) -> SaveProblem {
        let pending = store.pendingWrites
        let highlights = pending.highlights.count
        guard let error = error as? StoreError else {
            return SaveProblem(
                message: "NOT SAVED (kept in memory, will retry): \(error)", reason: "\(error)",
                pendingCount: pending.count, pendingHighlights: highlights)
        }
        let changes = error.pendingCount == 1 ? "1 change" : "\(error.pendingCount) changes"
        return SaveProblem(
            message: "NOT SAVED, \(changes) kept in memory, will retry: \(error.description)",
            reason: error.summary, pendingCount: error.pendingCount, pendingHighlights: highlights)
    }

    /// The saved state for the UI (its highlights are placed in their articles, and their details
    /// refreshed, by `AppState.restore` and as articles arrive), or a message saying why it could not be read (the reader then
    /// starts without it; saves still try, and report their own problems), or that the database
    /// is read-only.
    public func load() -> (state: SavedReadingState, problem: String?) {
        do {
            // Placed in their articles by the UI (`AppState.restore`), once.
            let highlights = try store.allHighlights()
            let read = try store.readArticleIDs()
            let last = try store.lastOpenArticle()
            let position = try last.flatMap { try store.readingPosition(articleID: $0) }
            let speakerFilters = try store.speakerFilters()
            return (
                SavedReadingState(
                    highlights: highlights, readArticleIDs: read, lastOpenArticleID: last,
                    lastOpenPosition: position, speakerFilters: speakerFilters), store.readOnlyStatus
            )
        } catch {
            return (SavedReadingState(), "highlights not loaded: \(error)")
        }
    }

    /// After quitting, once the terminal is restored: tries once more to save, and writes the
    /// highlights still not saved to `recovery` (W3C Web Annotation JSON, as `hearsay highlights
    /// export --format json`). Returns the lines to print on stderr: none when all is saved.
    public func keepUnsaved(
        in recovery: RecoveryFile, articles: [Article],
        waitingForLockAtMost lockLimit: TimeInterval = 1
    ) -> [String] {
        writer.stop()
        // Kept below (or saved): a crash from here on has nothing more to keep.
        defer { unsaved?.check([]) }
        var reason = ""
        do {
            try store.retryPending(waitingAtMost: lockLimit)
            return []
        } catch let error as StoreError {
            reason = error.summary
        } catch {
            reason = "\(error)"
        }
        let pending = store.pendingWrites
        let writes = pending.writes
        let highlights = pending.highlights
        var lines: [String] = []
        let database = store.location.displayName
        if !highlights.isEmpty {
            let count = highlights.count == 1 ? "1 highlight" : "\(highlights.count) highlights"
            do {
                let file = try recovery.write(highlights, articles: articles)
                lines.append(
                    "hearsay: \(count) NOT SAVED to \(database) (\(reason)) written to \(file.path)"
                        + " (W3C Web Annotation JSON, as `hearsay highlights export --format json` writes)")
            } catch {
                // The last place left: the terminal. Nothing is dropped without a trace.
                lines.append("hearsay: \(count) NOT SAVED to \(database) (\(reason)), and \(error); here they are:")
                let json = (try? HighlightExport(highlights: highlights, articles: articles).webAnnotationJSON()) ?? ""
                lines.append(json.trimmingCharacters(in: .newlines))
            }
        }
        let others = writes.count - highlights.count
        if others > 0 {
            let changes = others == 1 ? "1 other change" : "\(others) other changes"
            lines.append(
                "hearsay: \(changes) NOT SAVED to \(database) (\(reason)) could not be kept:"
                    + " removals of highlights, read marks, reading positions, speaker filters")
        }
        return lines
    }
}

/// Tells `changed` the highlights waiting to be saved when they differ from those it was told last.
private final class UnsavedHighlightsWatch: @unchecked Sendable {
    private let lock = NSLock()
    private var last: [Highlight] = []
    private let changed: @Sendable ([Highlight]) -> Void

    init(_ changed: @escaping @Sendable ([Highlight]) -> Void) {
        self.changed = changed
    }

    func check(_ highlights: [Highlight]) {
        let isNew = lock.withLock {
            guard highlights != last else { return false }
            last = highlights
            return true
        }
        if isNew { changed(highlights) }
    }
}
