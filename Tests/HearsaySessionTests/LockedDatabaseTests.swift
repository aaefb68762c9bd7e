import Foundation
import GRDB
import HearsayModel
import HearsaySession
import HearsayStore
import HearsayTesting
import HearsayUI
import Testing

/// Another process holds the database's write lock (a second hearsay saving, a sqlite3 shell in
/// a transaction): keys are answered at once, the status bar says the database is busy, and the
/// change is saved once the lock is released.
@Suite("A locked database")
struct LockedDatabaseTests {
    @Test func keysAreAnsweredWhileAnotherConnectionHoldsTheWriteLock() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        var session = SessionDriver(folder: folder.url)
        session.send("<Enter> )")
        let database = folder.url.appendingPathComponent("hearsay.sqlite").path
        let other = try DatabaseQueue(path: database)
        let started = Date()
        try other.writeWithoutTransaction { db in
            try db.execute(sql: "BEGIN IMMEDIATE")
            session.send("m")
            #expect(session.app.highlights.all.count == 1, "the highlight is made")
            #expect(
                session.app.message == "NOT SAVED yet, 1 change kept in memory: database busy (another process is"
                    + " writing to \(database)), saving when it is free")
            // The next keys are answered too, each save at once: recolour, then a note.
            session.send("m")
            #expect(session.app.highlights.all.map(\.color) == [2])
            #expect(session.app.message?.hasPrefix("NOT SAVED yet, 1 change kept in memory: database busy") == true)
            session.send("a")
            session.type("忙")
            session.send("<Enter>")
            #expect(session.app.highlights.all.map(\.note) == ["忙"])
            // Quitting asks at once instead of waiting for the lock.
            session.send("q q")
            #expect(!session.quit)
            #expect(session.app.message?.hasPrefix("3 changes NOT SAVED: q again quits") == true)
            #expect(session.app.message?.hasSuffix("(the state database is busy: another process is writing to it)") == true)
            session.send("j")
            #expect(try Row.fetchAll(db, sql: "SELECT id FROM highlight").isEmpty, "nothing written while locked")
            try db.execute(sql: "ROLLBACK")
        }
        // Before, each save waited out the 5 s busy timeout: five saves took 25 s or more.
        #expect(Date().timeIntervalSince(started) < 10)

        // The runtime's tick asks again; the writer got the lock meanwhile (or does now).
        let deadline = Date().addingTimeInterval(20)
        while session.app.message != "saved" && Date() < deadline {
            Thread.sleep(forTimeInterval: 0.05)
            session.deliver(.tick)
        }
        #expect(session.app.message == "saved")
        #expect(session.effects.store.pendingWrites.isEmpty)
        let stored = try session.storedHighlights()
        #expect(stored.map(\.color) == [2])
        #expect(stored.map(\.note) == ["忙"])
    }
}
