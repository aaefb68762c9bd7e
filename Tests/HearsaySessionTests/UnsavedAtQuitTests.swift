import Foundation
import HearsayModel
import HearsaySession
import HearsayStore
import HearsayTesting
import HearsayUI
import Testing

/// A read-only state folder holding a database: its highlights are shown, new ones stay in memory,
/// quitting asks, and a confirmed quit writes them to a recovery file.
@Suite("Unsaved at quit")
struct UnsavedAtQuitTests {
    static let reason = "the state folder or database is read-only"

    @Test func readOnlyFolderShowsStoredHighlightsAndKeepsNewOnesThroughQuit() throws {
        let state = try ScratchFolder(), recoveryHome = try ScratchFolder()
        defer { state.remove(); recoveryHome.remove() }
        // A first run saves a highlight and ends (its `-wal` and `-shm` files go); then the folder
        // is made read-only.
        let stored = try { () throws -> [Highlight] in
            var first = SessionDriver(folder: state.url)
            first.send("<Enter> ) m q")
            #expect(first.effects.store.pendingWrites.isEmpty)
            return first.app.highlights.all
        }()
        #expect(try FileManager.default.contentsOfDirectory(atPath: state.url.path) == ["hearsay.sqlite"])
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: state.url.path)
        // The recovery folder is writable by anyone, the tests' user or nobody.
        try FileManager.default.setAttributes([.posixPermissions: 0o777], ofItemAtPath: recoveryHome.url.path)
        let database = state.url.appendingPathComponent("hearsay.sqlite").path

        try withPermissionsOfNobody { () throws in
            var session = SessionDriver(folder: state.url)
            #expect(session.app.highlights.all == stored, "the stored highlight is shown")
            #expect(
                session.effects.load().problem
                    == "read-only (\(database)): highlights shown, changes kept in memory only")
            let recovery = RecoveryFile(
                environment: ["XDG_STATE_HOME": recoveryHome.url.path, "HOME": "/nonexistent"],
                date: Date(timeIntervalSince1970: 1_760_000_000))
            session.app.persistence.recoveryFile = recovery.displayPath

            session.app.environment.newID = { UUID(uuidString: "00000000-0000-0000-0000-0000000000D4")! }
            session.send("<Enter> ) ) m")
            #expect(session.app.highlights.all.count == 2)
            #expect(
                session.app.message?.hasPrefix(
                    "NOT SAVED, 1 change kept in memory, will retry: could not save: "
                        + Self.reason) == true)
            let unsaved = try #require(session.app.highlights.all.last)

            // Back to the list (the reading position waits too), then quit (and the last open
            // article): one more try, then the question.
            session.send("q q")
            #expect(!session.quit)
            #expect(
                session.app.message == "3 changes NOT SAVED: q again quits and writes the highlight to "
                    + recovery.url.path + ", any other key stays (\(Self.reason))")
            session.send("q")
            #expect(session.quit)

            let lines = session.effects.keepUnsaved(in: recovery, articles: UIFixtures.corpus.articles)
            #expect(
                lines == [
                    "hearsay: 1 highlight NOT SAVED to \(database) (\(Self.reason)) written to \(recovery.url.path)"
                        + " (W3C Web Annotation JSON, as `hearsay highlights export --format json` writes)",
                    "hearsay: 2 other changes NOT SAVED to \(database) (\(Self.reason)) could not be kept:"
                        + " removals of highlights, read marks, reading positions, speaker filters",
                ])
            let written = try String(contentsOf: recovery.url, encoding: .utf8)
            let expected = try HighlightExport(highlights: [unsaved], articles: UIFixtures.corpus.articles).webAnnotationJSON()
            #expect(written == expected)
            #expect(written.contains("\"exact\" : \"Maria Keller joins from Hamburg.\""))
        }
    }

    @Test func nothingUnsavedWritesNothing() throws {
        let state = try ScratchFolder(), recoveryHome = try ScratchFolder()
        defer { state.remove(); recoveryHome.remove() }
        var session = SessionDriver(folder: state.url)
        session.send("<Enter> ) m q q")
        #expect(session.quit)
        let recovery = RecoveryFile(environment: ["XDG_STATE_HOME": recoveryHome.url.path])
        #expect(session.effects.keepUnsaved(in: recovery, articles: UIFixtures.corpus.articles) == [])
        #expect(!FileManager.default.fileExists(atPath: recovery.url.deletingLastPathComponent().path))
    }

    @Test func recoveryFileFallsBackToTheTemporaryFolderAndNeverOverwrites() throws {
        let blocked = try ScratchFolder(), temporary = try ScratchFolder()
        defer { blocked.remove(); temporary.remove() }
        // A file where the state home's `hearsay` folder would go.
        try Data().write(to: blocked.url.appendingPathComponent("hearsay"))
        let recovery = RecoveryFile(
            environment: [
                "XDG_STATE_HOME": blocked.url.path, "TMPDIR": temporary.url.path,
                "HOME": temporary.url.path,
            ],
            date: Date(timeIntervalSince1970: 1_760_000_000))
        #expect(recovery.url.path == blocked.url.path + "/hearsay/unsaved-20251009-085320.json")
        #expect(recovery.displayPath == recovery.url.path)
        let highlight = Highlight(
            articleID: "a.md",
            anchor: TextAnchor(
                exact: "字", prefix: "", suffix: "", start: TextPosition(block: 0, offset: 0),
                end: TextPosition(block: 0, offset: 3), textHash: ""))
        let first = try recovery.write([highlight], articles: [])
        let second = try recovery.write([highlight], articles: [])
        #expect(first.path == temporary.url.path + "/hearsay-unsaved-20251009-085320.json")
        #expect(second.path == temporary.url.path + "/hearsay-unsaved-20251009-085320-2.json")
        // Under the home folder, the status bar writes it with `~`.
        let home = RecoveryFile(environment: ["HOME": "/home/reader"], date: Date(timeIntervalSince1970: 1_760_000_000))
        #expect(home.displayPath == "~/.local/state/hearsay/unsaved-20251009-085320.json")
    }
}
