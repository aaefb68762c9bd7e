import Foundation
import GRDB
import HearsayModel

/// Mapping between model values and table rows (plain SQL: the columns are few and fixed).
enum StoreRows {
    static func insertOrReplace(_ highlight: Highlight, in db: Database) throws {
        let anchor = highlight.anchor
        try db.execute(
            sql: """
                INSERT OR REPLACE INTO highlight
                (id, articleID, exact, prefix, suffix, startBlock, startOffset, endBlock, endOffset, textHash,
                 color, note, created, modified)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                highlight.id.uuidString, highlight.articleID, anchor.exact, anchor.prefix, anchor.suffix,
                anchor.start.block, anchor.start.offset, anchor.end.block, anchor.end.offset, anchor.textHash,
                highlight.color, highlight.note, highlight.created.timeIntervalSince1970,
                highlight.modified.timeIntervalSince1970,
            ])
    }

    static func highlight(from row: Row) throws -> Highlight {
        let idText: String = row["id"]
        guard let id = UUID(uuidString: idText) else {
            throw StoreRowError(message: "highlight id '\(idText)' is not a UUID")
        }
        return Highlight(
            id: id, articleID: row["articleID"], anchor: anchor(from: row), color: row["color"], note: row["note"],
            created: Date(timeIntervalSince1970: row["created"]),
            modified: Date(timeIntervalSince1970: row["modified"]))
    }

    static func insertOrReplace(_ position: ReadingPosition, in db: Database) throws {
        let anchor = position.anchor
        try db.execute(
            sql: """
                INSERT OR REPLACE INTO readingPosition
                (articleID, exact, prefix, suffix, startBlock, startOffset, endBlock, endOffset, textHash, updated)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                position.articleID, anchor.exact, anchor.prefix, anchor.suffix, anchor.start.block,
                anchor.start.offset, anchor.end.block, anchor.end.offset, anchor.textHash,
                position.updated.timeIntervalSince1970,
            ])
    }

    static func readingPosition(from row: Row) -> ReadingPosition {
        ReadingPosition(articleID: row["articleID"], anchor: anchor(from: row),
                        updated: Date(timeIntervalSince1970: row["updated"]))
    }

    private static func anchor(from row: Row) -> TextAnchor {
        TextAnchor(
            exact: row["exact"], prefix: row["prefix"], suffix: row["suffix"],
            start: TextPosition(block: row["startBlock"], offset: row["startOffset"]),
            end: TextPosition(block: row["endBlock"], offset: row["endOffset"]),
            textHash: row["textHash"])
    }
}

/// A row that cannot be turned back into a model value.
struct StoreRowError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
