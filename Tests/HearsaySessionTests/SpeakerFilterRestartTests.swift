import Foundation
import GRDB
import HearsaySession
import HearsayTesting
import HearsayUI
import Testing

/// The speaker filter through the UI core and the effect applier into a real SQLite database, and
/// back in a new session on the same folder, as after a restart.
@Suite("Speaker filter across restarts")
struct SpeakerFilterRestartTests {
    /// Every `speakerFilter` row as [articleID, speakerID].
    static func rows(in folder: URL) throws -> [[String]] {
        let queue = try DatabaseQueue(path: folder.appendingPathComponent("hearsay.sqlite").path)
        return try queue.read { db in
            try Row.fetchAll(db, sql: "SELECT articleID, speakerID FROM speakerFilter ORDER BY speakerID")
                .map { [$0["articleID"], $0["speakerID"]] }
        }
    }

    @Test func filterQuitAndStartAgainShowsTheSameFilter() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        var first = SessionDriver(folder: folder.url)
        first.send("<Enter> d s 1 4 <Enter> <C-c>")
        #expect(first.quit)
        // Rows by speaker id (the folded name), not by the speakers' places in the article.
        #expect(try Self.rows(in: folder.url) == [["interview.md", "maria keller"], ["interview.md", "王建国"]])

        var second = SessionDriver(folder: folder.url)
        second.send("<Enter> d")
        #expect(second.app.focus == .dialogue && second.app.dialogue.shownSpeakers == [1, 2])
        #expect(second.app.dialogue.cursor == 1)

        second.send("s a <Enter> <C-c>")
        #expect(try Self.rows(in: folder.url) == [], "showing everyone removes the saved filter")
        var third = SessionDriver(folder: folder.url)
        third.send("<Enter> d")
        #expect(third.app.dialogue.shownSpeakers == nil)
    }
}
