import Foundation
import HearsayModel
import HearsaySession
import HearsayStore
import HearsayTesting
import HearsayUI
import Testing

/// What a crash keeps: a crashing process runs no more Swift code, so the recovery file is
/// prepared whenever the highlights waiting to be saved change, and written by the signal handler.
@Suite("Crash recovery")
struct CrashRecoveryTests {
    static let highlight = Highlight(
        id: UUID(uuidString: "00000000-0000-0000-0000-0000000000E1")!, articleID: "a.md",
        anchor: TextAnchor(
            exact: "字", prefix: "", suffix: "", start: TextPosition(block: 0, offset: 0),
            end: TextPosition(block: 0, offset: 3), textHash: ""),
        created: Date(timeIntervalSince1970: 1_760_000_000))

    /// What the effects told the watcher, in order.
    final class Told: @unchecked Sendable {
        private let lock = NSLock()
        private var lists: [[UUID]] = []
        func append(_ highlights: [Highlight]) { lock.withLock { lists.append(highlights.map(\.id)) } }
        var all: [[UUID]] { lock.withLock { lists } }
    }

    @Test func theHighlightsWaitingToBeSavedAreToldWhenTheyChangeAndClearedOnceKept() throws {
        let scratch = try ScratchFolder(), recoveryHome = try ScratchFolder()
        defer { scratch.remove(); recoveryHome.remove() }
        // A file where the state folder's parent should be: nothing can be saved.
        let blocker = scratch.url.appendingPathComponent("blocked")
        try Data().write(to: blocker)
        let told = Told()
        let effects = StateEffects(
            store: HighlightStore(location: .directory(blocker.appendingPathComponent("state"))),
            unsavedHighlightsChanged: { told.append($0) })
        let id = Self.highlight.id
        _ = effects.perform(.saveHighlight(Self.highlight))
        _ = effects.perform(.setRead(true, articleID: "a.md"))  // the same highlights: not told again
        var recoloured = Self.highlight
        recoloured.color = 4
        _ = effects.perform(.saveHighlight(recoloured))
        #expect(told.all == [[id], [id]], "told again when the highlight changed")
        let recovery = RecoveryFile(environment: ["XDG_STATE_HOME": recoveryHome.url.path])
        let lines = effects.keepUnsaved(in: recovery, articles: [])
        #expect(lines.count == 2)
        #expect(told.all == [[id], [id], []], "cleared once the recovery file is written")
    }

    @Test func theSnapshotIsWhatAQuitWouldWriteWithItsFolderMade() throws {
        let home = try ScratchFolder()
        defer { home.remove() }
        let recovery = RecoveryFile(
            environment: ["XDG_STATE_HOME": home.url.path + "/state", "HOME": home.url.path],
            date: Date(timeIntervalSince1970: 1_760_000_000))
        #expect(recovery.crashSnapshot([], articles: []) == nil)
        let snapshot = try #require(recovery.crashSnapshot([Self.highlight], articles: []))
        #expect(snapshot.path == home.url.path + "/state/hearsay/unsaved-20251009-085320.json")
        #expect(FileManager.default.fileExists(atPath: home.url.path + "/state/hearsay"), "the folder is made now")
        #expect(snapshot.contents == Array(try HighlightExport(highlights: [Self.highlight], articles: []).webAnnotationJSON().utf8))
        #expect(
            snapshot.message == "hearsay: crashed; 1 highlight NOT SAVED written to \(snapshot.path)"
                + " (W3C Web Annotation JSON, as `hearsay highlights export --format json` writes)\n")
    }

    @Test func aStateHomeThatCannotBeMadeFallsBackToTheTemporaryFolder() throws {
        let blocked = try ScratchFolder(), temporary = try ScratchFolder()
        defer { blocked.remove(); temporary.remove() }
        try Data().write(to: blocked.url.appendingPathComponent("hearsay"))
        let recovery = RecoveryFile(
            environment: ["XDG_STATE_HOME": blocked.url.path, "TMPDIR": temporary.url.path],
            date: Date(timeIntervalSince1970: 1_760_000_000))
        let snapshot = try #require(recovery.crashSnapshot([Self.highlight, Self.highlight], articles: []))
        #expect(snapshot.path == temporary.url.path + "/hearsay-unsaved-20251009-085320.json")
        #expect(snapshot.message.hasPrefix("hearsay: crashed; 2 highlights NOT SAVED written to "))
    }
}
