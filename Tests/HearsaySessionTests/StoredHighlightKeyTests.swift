import Foundation
import HearsayModel
import HearsaySession
import HearsayStore
import HearsayTesting
import HearsayUI
import Testing

/// Key scripts through the UI core and the effect applier into a real SQLite database: the exact
/// rows stored after creating, recolouring, annotating (in Chinese), removing and undoing.
@Suite("Keys to stored records")
struct StoredHighlightKeyTests {
    static let lede = "本期节目邀请两位工程师讨论潮汐发电的成本、风险与前景。"

    /// The row of a highlight of the interview's first sentence, as first made.
    static func ledeRow(textHash: String) -> StoredHighlight {
        StoredHighlight(
            id: "00000000-0000-0000-0000-0000000000C1", articleID: "interview.md", exact: lede, prefix: "",
            suffix: "Maria Keller joins from Hamburg.", start: [0, 0], end: [0, 81], textHash: textHash, color: 1,
            note: nil, created: 1_760_000_000, modified: 1_760_000_000,
            articleTitle: "海边的电站：一场关于潮汐能源的长谈与争论", sourceURL: "https://www.example.org/tide", speaker: nil,
            codePoints: [0, 27])
    }

    let textHash = ArticleText(article: UIFixtures.interview).fingerprint

    @Test func createRecolorAnnotateRemoveAndUndo() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        var session = SessionDriver(folder: folder.url)
        var row = Self.ledeRow(textHash: textHash)

        session.send("<Enter> ) m")
        #expect(try session.storedHighlights() == [row])

        session.app.environment.now = { Date(timeIntervalSince1970: 1_760_000_060) }
        session.send("m m")
        row.color = 3
        row.modified = 1_760_000_060
        #expect(try session.storedHighlights() == [row])

        session.send("a")
        session.type("潮汐「很贵」？")
        session.deliver(.key(.backspace))
        session.type("！")
        session.send("<Enter>")
        row.note = "潮汐「很贵」！"
        #expect(try session.storedHighlights() == [row])
        #expect(session.app.message == "note saved")

        session.send("x")
        #expect(try session.storedHighlights() == [])
        session.send("u")
        #expect(try session.storedHighlights() == [row], "undo puts back exactly the removed record")
        session.send("u")
        var withoutNote = row
        withoutNote.note = nil
        #expect(try session.storedHighlights() == [withoutNote], "the next undo takes the note back")
        session.send("<C-r>")
        #expect(try session.storedHighlights() == [row], "and redo writes it again")

        // A later run loads it as it was, and nothing is pending.
        #expect(session.effects.store.pendingWrites.isEmpty)
        let again = SessionDriver(folder: folder.url)
        #expect(again.app.highlights.all.map(\.color) == [3])
        #expect(again.app.highlights.all.map(\.note) == ["潮汐「很贵」！"])
    }

    @Test func aSelectionOverAHighlightRecolorsItInsteadOfAddingOne() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        var session = SessionDriver(folder: folder.url)
        session.send("<Enter> ) m v 4")
        var row = Self.ledeRow(textHash: textHash)
        row.color = 4
        #expect(try session.storedHighlights() == [row])
        session.send("2")
        row.color = 2
        #expect(try session.storedHighlights() == [row], "2 with the reader's cursor on it")
    }

    @Test func aMergeDeletesTheAbsorbedRowAndStoresTheUnion() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        var session = SessionDriver(folder: folder.url)
        session.send("<Enter> ) m")
        session.app.environment.newID = { UUID(uuidString: "00000000-0000-0000-0000-0000000000C2")! }
        session.app.environment.now = { Date(timeIntervalSince1970: 1_760_000_100) }
        session.send(") 5 ( v ) 3")
        let rows = try session.storedHighlights()
        #expect(rows.map(\.id) == ["00000000-0000-0000-0000-0000000000C1"])
        #expect(rows.map(\.exact) == [Self.lede + "Maria Keller joins from Hamburg."])
        #expect(rows.map(\.color) == [3])
        #expect(rows.map(\.codePoints) == [[0, 59]])
    }

    @Test func inTheDialogueTheSpeakerIsStored() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        var session = SessionDriver(folder: folder.url)
        session.send("<Enter> d ) ) m")
        let rows = try session.storedHighlights()
        let exact = "我们先从成本说起：潮汐电站现在到底有多贵？"
        #expect(rows.map(\.exact) == [exact])
        #expect(rows.map(\.speaker) == ["主持人林晓"])
        // Its position, counted independently: code points before it in the flattened text.
        let flat = ArticleText(article: UIFixtures.interview).text
        let before = flat[..<flat.range(of: exact)!.lowerBound].unicodeScalars.count
        #expect(rows.map(\.codePoints) == [[before, before + exact.unicodeScalars.count]])
    }
}
