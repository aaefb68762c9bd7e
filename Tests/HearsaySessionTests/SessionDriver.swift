import Foundation
import GRDB
import HearsayModel
import HearsaySession
import HearsayStore
import HearsayTesting
import HearsayUI

/// The reader's session loop on an in-memory terminal, with the effect applier against a real
/// SQLite database in a fresh folder: each event goes through `Session.deliver` as the running
/// loop sends it (update, carry out each effect, feed its events back, draw).
struct SessionDriver {
    var session: Session<InMemoryBackend>
    let effects: StateEffects
    let folder: URL
    /// Set once an effect asked to quit.
    private(set) var quit = false

    static let id = UUID(uuidString: "00000000-0000-0000-0000-0000000000C1")!
    static let when = Date(timeIntervalSince1970: 1_760_000_000)

    /// A session on `UIFixtures.corpus` with its state in `folder` (loaded as the reader loads it).
    init(folder: URL) {
        self.folder = folder
        let effects = StateEffects(store: HighlightStore(location: .directory(folder)))
        self.effects = effects
        session = Session(
            backend: InMemoryBackend(size: ScreenSize(width: 80, height: 24)), renderer: ScreenRenderer(),
            performEffect: { effects.perform($0) ?? [] }
        ) { size in
            var app = AppState(corpus: UIFixtures.corpus, size: size)
            app.restore(effects.load().state)
            app.environment = AppEnvironment(now: { SessionDriver.when }, newID: { SessionDriver.id })
            return app
        }
    }

    /// The UI core's state.
    var app: AppState {
        get { session.state }
        set { session.state = newValue }
    }

    mutating func send(_ script: String) {
        for key in KeyScript.keys(script) { deliver(.key(key)) }
    }

    /// Types `text` key by key (into the note editor, say).
    mutating func type(_ text: String) {
        for character in text { deliver(.key(.character(character))) }
    }

    mutating func deliver(_ event: Event) {
        guard !quit else { return }
        if session.deliver(event) == .quit { quit = true }
    }

    /// Every `highlight` row, every column, as SQLite holds it, read through a connection of its own.
    func storedHighlights() throws -> [StoredHighlight] {
        let queue = try DatabaseQueue(path: folder.appendingPathComponent("hearsay.sqlite").path)
        return try queue.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM highlight ORDER BY created, id").map(StoredHighlight.init)
        }
    }
}

/// One `highlight` row.
struct StoredHighlight: Equatable, CustomStringConvertible {
    var id: String, articleID: String
    var exact: String, prefix: String, suffix: String
    var start: [Int], end: [Int]
    var textHash: String
    var color: Int, note: String?
    var created: Double, modified: Double
    var articleTitle: String?, sourceURL: String?, speaker: String?
    var codePoints: [Int?]

    init(
        id: String, articleID: String, exact: String, prefix: String, suffix: String, start: [Int], end: [Int],
        textHash: String, color: Int, note: String?, created: Double, modified: Double, articleTitle: String?,
        sourceURL: String?, speaker: String?, codePoints: [Int?]
    ) {
        self.id = id; self.articleID = articleID; self.exact = exact; self.prefix = prefix; self.suffix = suffix
        self.start = start; self.end = end; self.textHash = textHash; self.color = color; self.note = note
        self.created = created; self.modified = modified; self.articleTitle = articleTitle
        self.sourceURL = sourceURL; self.speaker = speaker; self.codePoints = codePoints
    }

    init(row: Row) {
        self.init(
            id: row["id"], articleID: row["articleID"], exact: row["exact"], prefix: row["prefix"],
            suffix: row["suffix"], start: [row["startBlock"], row["startOffset"]],
            end: [row["endBlock"], row["endOffset"]], textHash: row["textHash"], color: row["color"],
            note: row["note"], created: row["created"], modified: row["modified"],
            articleTitle: row["articleTitle"], sourceURL: row["sourceURL"], speaker: row["speaker"],
            codePoints: [row["codePointStart"], row["codePointEnd"]])
    }

    var description: String { "\(exact) colour \(color) note \(note ?? "-") speaker \(speaker ?? "-")" }
}

/// A fresh folder under the system's temporary directory, removed by `remove()`.
struct ScratchFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("hearsay-session-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func remove() {
        try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: url.path)
        try? FileManager.default.removeItem(at: url)
    }
}
