import Foundation
import GRDB
import HearsayModel

@testable import HearsayStore

/// Databases as an older hearsay left them, to test upgrading and reading them.
enum OlderDatabase {
    /// A database with only the v1 schema (no details columns) holding `highlight`, as a v1 build
    /// wrote it, closed cleanly (WAL checkpointed, no `-wal` or `-shm` left).
    static func makeVersion1(at file: URL, with highlight: Highlight) throws {
        let pool = try DatabasePool(path: file.path)
        try StoreSchema.migrator.migrate(pool, upTo: "v1: highlights, reading positions, read marks, settings")
        try pool.close()
        try insertVersion1(highlight, at: file)
    }

    /// Adds `highlight` to a database made by `makeVersion1`, as a v1 build wrote it.
    static func insertVersion1(_ highlight: Highlight, at file: URL) throws {
        let pool = try DatabasePool(path: file.path)
        try pool.write { db in
            let anchor = highlight.anchor
            try db.execute(
                sql: """
                    INSERT INTO highlight (id, articleID, exact, prefix, suffix, startBlock, startOffset, endBlock,
                    endOffset, textHash, color, note, created, modified) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    highlight.id.uuidString, highlight.articleID, anchor.exact, anchor.prefix, anchor.suffix,
                    anchor.start.block, anchor.start.offset, anchor.end.block, anchor.end.offset,
                    anchor.textHash, highlight.color, highlight.note, highlight.created.timeIntervalSince1970,
                    highlight.modified.timeIntervalSince1970,
                ])
        }
        try pool.close()
    }
}
