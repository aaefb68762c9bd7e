import Foundation
import HearsayModel

/// Changes not yet committed to the database, in memory. A failed save leaves its change here, and
/// the next write or `HighlightStore.retryPending()` tries it again: this is what keeps a highlight
/// from being lost when the disk is full, read-only or locked.
///
/// Writes to the same record coalesce: only the latest change to a highlight (saved or deleted),
/// an article's reading position or read mark, or the last open article is kept.
public struct PendingWrites: Sendable, Hashable {
    /// One change to the stored state.
    public enum Write: Sendable, Hashable {
        case saveHighlight(Highlight)
        case deleteHighlight(id: UUID)
        case setReadingPosition(ReadingPosition)
        case setRead(Bool, articleID: String)
        case setLastOpenArticle(String?)
        /// The speakers the dialogue view shows for an article, by speaker id (`nil`: everyone,
        /// which removes the saved filter).
        case setSpeakerFilter(Set<String>?, articleID: String)

        /// Which record it changes; a later write with the same key replaces an earlier one.
        var key: String {
            switch self {
            case .saveHighlight(let highlight): return "highlight:\(highlight.id.uuidString)"
            case .deleteHighlight(let id): return "highlight:\(id.uuidString)"
            case .setReadingPosition(let position): return "position:\(position.articleID)"
            case .setRead(_, let articleID): return "read:\(articleID)"
            case .setLastOpenArticle: return "last-open"
            case .setSpeakerFilter(_, let articleID): return "speaker-filter:\(articleID)"
            }
        }
    }

    /// In the order they were first made.
    public private(set) var writes: [Write] = []

    /// The highlights waiting to be saved (what a recovery file can keep).
    public var highlights: [Highlight] {
        writes.compactMap { if case .saveHighlight(let highlight) = $0 { highlight } else { nil } }
    }

    public init() {}

    public var isEmpty: Bool { writes.isEmpty }
    public var count: Int { writes.count }

    /// Adds a change, replacing any pending change to the same record.
    public mutating func enqueue(_ write: Write) {
        writes.removeAll { $0.key == write.key }
        writes.append(write)
    }

    /// Forgets every change (once they are committed).
    public mutating func removeAll() { writes.removeAll() }

    /// Forgets `committed` (a snapshot of `writes` taken before committing it), keeping the
    /// changes made since: a later change to the same record replaced its entry, so it stays.
    public mutating func removeCommitted(_ committed: [Write]) {
        let done = Set(committed)
        writes.removeAll { done.contains($0) }
    }

    /// `stored` highlights as they will be once the pending changes are saved.
    public func applied(to stored: [Highlight]) -> [Highlight] {
        var byID: [UUID: Highlight] = [:]
        var order: [UUID] = []
        for highlight in stored {
            if byID[highlight.id] == nil { order.append(highlight.id) }
            byID[highlight.id] = highlight
        }
        for write in writes {
            switch write {
            case .saveHighlight(let highlight):
                if byID[highlight.id] == nil { order.append(highlight.id) }
                byID[highlight.id] = highlight
            case .deleteHighlight(let id):
                byID[id] = nil
            default:
                break
            }
        }
        return order.compactMap { byID[$0] }
    }

    /// The pending reading position of an article, if any.
    func readingPosition(articleID: String) -> ReadingPosition? {
        for case .setReadingPosition(let position) in writes where position.articleID == articleID {
            return position
        }
        return nil
    }

    /// `stored` read marks with the pending ones applied.
    func applied(toRead stored: Set<String>) -> Set<String> {
        var result = stored
        for case .setRead(let read, let articleID) in writes {
            if read { result.insert(articleID) } else { result.remove(articleID) }
        }
        return result
    }

    /// `stored` speaker filters (speaker ids by article id) with the pending ones applied.
    func applied(toSpeakerFilters stored: [String: Set<String>]) -> [String: Set<String>] {
        var result = stored
        for case .setSpeakerFilter(let speakers, let articleID) in writes { result[articleID] = speakers }
        return result
    }

    /// The pending last open article: `.some(value)` when one is waiting to be saved.
    func lastOpenArticle() -> String?? {
        for case .setLastOpenArticle(let articleID) in writes { return .some(articleID) }
        return .none
    }
}
