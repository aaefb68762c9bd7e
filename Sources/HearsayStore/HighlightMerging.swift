import Foundation
import GRDB
import HearsayModel

/// Keeps the rule that no two highlights of an article overlap when two processes write to one
/// database: each process merges the highlights it knows, but not those another one saved
/// meanwhile. Saving a highlight therefore absorbs the stored highlights it overlaps: they are
/// deleted, their notes kept in it, and each is remembered as merged into it, so that deleting
/// an absorbed highlight (the other process still shows it) deletes the one that took its place
/// and nothing comes back at the next start.
enum HighlightMerging {
    /// Inserts or replaces `highlight`, absorbing the other stored highlights it overlaps.
    static func save(_ highlight: Highlight, in db: Database) throws {
        // `overlap`, first in SQL: an article may hold thousands of highlights, one or two overlapping.
        let anchor = highlight.anchor
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT * FROM highlight WHERE articleID = ? AND id != ? AND (
                    (textHash = ? AND (startBlock, startOffset) < (?, ?) AND (?, ?) < (endBlock, endOffset))
                    OR (textHash != ? AND exact = ? AND prefix = ? AND suffix = ?))
                """,
            arguments: [
                highlight.articleID, highlight.id.uuidString,
                anchor.textHash, anchor.end.block, anchor.end.offset, anchor.start.block, anchor.start.offset,
                anchor.textHash, anchor.exact, anchor.prefix, anchor.suffix,
            ])
        let absorbed = try rows.map(StoreRows.highlight(from:))
            .filter { overlap($0.anchor, anchor) }
            .sorted { ($0.anchor.start, $0.created.timeIntervalSince1970) < ($1.anchor.start, $1.created.timeIntervalSince1970) }
        var merged = highlight
        merged.note = joinedNote(highlight.note, absorbed.map(\.note))
        try StoreRows.insertOrReplace(merged, in: db)
        let id = highlight.id.uuidString
        // Saved again (a recolour, an undo): it is a highlight of its own once more.
        try db.execute(sql: "DELETE FROM highlightMerge WHERE mergedID = ?", arguments: [id])
        for old in absorbed {
            let oldID = old.id.uuidString
            try db.execute(sql: "DELETE FROM highlight WHERE id = ?", arguments: [oldID])
            // What had been merged into the absorbed one is now merged into this one.
            try db.execute(sql: "UPDATE highlightMerge SET intoID = ? WHERE intoID = ?", arguments: [id, oldID])
            try db.execute(
                sql: "INSERT OR REPLACE INTO highlightMerge (mergedID, intoID) VALUES (?, ?)",
                arguments: [oldID, id])
        }
    }

    /// Merges the stored highlights that overlap (from before merging on save): the one changed
    /// last absorbs those it overlaps, then the next one left, and so on.
    static func mergeStored(in db: Database) throws {
        let stored = try Row.fetchAll(db, sql: "SELECT * FROM highlight").map(StoreRows.highlight(from:))
            .sorted { ($0.modified.timeIntervalSince1970, $0.id.uuidString) > ($1.modified.timeIntervalSince1970, $1.id.uuidString) }
        var gone: Set<UUID> = []
        for highlight in stored where !gone.contains(highlight.id) {
            let before = Set(
                try String.fetchAll(
                    db, sql: "SELECT id FROM highlight WHERE articleID = ?",
                    arguments: [highlight.articleID]))
            try save(highlight, in: db)
            let after = Set(
                try String.fetchAll(
                    db, sql: "SELECT id FROM highlight WHERE articleID = ?",
                    arguments: [highlight.articleID]))
            gone.formUnion(before.subtracting(after).compactMap(UUID.init(uuidString:)))
        }
    }

    /// Deletes the highlight `id`, or, when it was absorbed, the highlight that took its place.
    static func delete(id: UUID, in db: Database) throws {
        let key = id.uuidString
        if let into = try String.fetchOne(db, sql: "SELECT intoID FROM highlightMerge WHERE mergedID = ?", arguments: [key]) {
            try db.execute(sql: "DELETE FROM highlight WHERE id = ?", arguments: [into])
            try db.execute(sql: "DELETE FROM highlightMerge WHERE intoID = ? OR mergedID = ?", arguments: [into, into])
        }
        try db.execute(sql: "DELETE FROM highlight WHERE id = ?", arguments: [key])
        try db.execute(sql: "DELETE FROM highlightMerge WHERE mergedID = ? OR intoID = ?", arguments: [key, key])
    }

    /// Whether two anchors in one article cover some of the same text: positions compare only
    /// within the same text (same hash); across an edit, the same quote in the same context is
    /// the same text.
    static func overlap(_ a: TextAnchor, _ b: TextAnchor) -> Bool {
        if a.textHash == b.textHash { return a.start < b.end && b.start < a.end }
        return a.exact == b.exact && a.prefix == b.prefix && a.suffix == b.suffix
    }

    /// The saved highlight's note, then the absorbed ones' notes not already in it (reading
    /// order), joined as the reader joins the notes of merged highlights.
    static func joinedNote(_ own: String?, _ others: [String?]) -> String? {
        var notes: [String] = []
        for note in [own] + others {
            guard let note, !note.isEmpty, !notes.contains(where: { $0.contains(note) }) else { continue }
            notes.append(note)
        }
        return notes.isEmpty ? nil : notes.joined(separator: " / ")
    }
}
