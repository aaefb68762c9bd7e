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
                 color, note, created, modified, articleTitle, sourceURL, speaker, codePointStart, codePointEnd)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                highlight.id.uuidString, highlight.articleID, anchor.exact, anchor.prefix, anchor.suffix,
                anchor.start.block, anchor.start.offset, anchor.end.block, anchor.end.offset, anchor.textHash,
                highlight.color, highlight.note, highlight.created.timeIntervalSince1970,
                highlight.modified.timeIntervalSince1970,
            ] + detailArguments(highlight.details))
    }

    /// Writes only a highlight's details (when they are found to have changed on loading).
    static func updateDetails(of highlight: Highlight, in db: Database) throws {
        try db.execute(
            sql: """
                UPDATE highlight SET articleTitle = ?, sourceURL = ?, speaker = ?, codePointStart = ?, codePointEnd = ?
                WHERE id = ?
                """,
            arguments: detailArguments(highlight.details) + [highlight.id.uuidString])
    }

    private static func detailArguments(_ details: HighlightDetails) -> StatementArguments {
        [
            details.articleTitle, details.sourceURL, details.speaker, details.codePoints?.lowerBound,
            details.codePoints?.upperBound,
        ]
    }

    static func highlight(from row: Row) throws -> Highlight {
        let idText: String = row["id"]
        guard let id = UUID(uuidString: idText) else {
            throw StoreRowError(message: "highlight id '\(idText)' is not a UUID")
        }
        return Highlight(
            id: id, articleID: row["articleID"], anchor: anchor(from: row), color: row["color"], note: row["note"],
            created: Date(timeIntervalSince1970: row["created"]),
            modified: Date(timeIntervalSince1970: row["modified"]),
            details: details(from: row))
    }

    /// `NULL` in a database whose rows predate them, and missing altogether in one whose schema is
    /// older and could not be upgraded (read-only): either way, none.
    private static func details(from row: Row) -> HighlightDetails {
        func text(_ column: String) -> String? { row.hasColumn(column) ? row[column] : nil }
        func number(_ column: String) -> Int? { row.hasColumn(column) ? row[column] : nil }
        var codePoints: Range<Int>?
        if let start = number("codePointStart"), let end = number("codePointEnd"), start <= end { codePoints = start..<end }
        return HighlightDetails(
            articleTitle: text("articleTitle"), sourceURL: text("sourceURL"), speaker: text("speaker"),
            codePoints: codePoints)
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
        ReadingPosition(
            articleID: row["articleID"], anchor: anchor(from: row),
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
