import GRDB

/// The database schema, created and upgraded by GRDB's `DatabaseMigrator`. Add a new migration for
/// every change; never edit one that has shipped (users' databases already ran it).
enum StoreSchema {
    /// Creates or upgrades the schema. Two hearsay processes opening a database at once can both
    /// find a migration unapplied (GRDB reads the applied list before taking the write lock, and
    /// only within one process); the second then fails ("table already exists", "duplicate column")
    /// once the first has committed. Each migration is one transaction, so such a failure changed
    /// nothing, and running the migrator again reads the list afresh. It is run again only while
    /// another process is seen to have applied migrations meanwhile; any other failure (busy,
    /// full, corrupt) is thrown at once.
    static func migrate(_ writer: any DatabaseWriter) throws {
        let migrator = migrator
        var applied = try writer.read { try migrator.appliedIdentifiers($0) }
        while true {
            do {
                try migrator.migrate(writer)
                return
            } catch {
                let now = (try? writer.read { try migrator.appliedIdentifiers($0) }) ?? applied
                guard now.count > applied.count else { throw error }
                applied = now
            }
        }
    }

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: highlights, reading positions, read marks, settings") { db in
            try db.create(table: "highlight") { table in
                table.primaryKey("id", .text)
                table.column("articleID", .text).notNull().indexed()
                // W3C TextQuoteSelector.
                table.column("exact", .text).notNull()
                table.column("prefix", .text).notNull()
                table.column("suffix", .text).notNull()
                // Position: block index + UTF-8 offset into the block's text.
                table.column("startBlock", .integer).notNull()
                table.column("startOffset", .integer).notNull()
                table.column("endBlock", .integer).notNull()
                table.column("endOffset", .integer).notNull()
                table.column("textHash", .text).notNull()
                table.column("color", .integer).notNull()
                table.column("note", .text)
                // Seconds since 1970, as a double: exact round trip of `Date`.
                table.column("created", .double).notNull()
                table.column("modified", .double).notNull()
            }
            try db.create(table: "readingPosition") { table in
                table.primaryKey("articleID", .text)
                table.column("exact", .text).notNull()
                table.column("prefix", .text).notNull()
                table.column("suffix", .text).notNull()
                table.column("startBlock", .integer).notNull()
                table.column("startOffset", .integer).notNull()
                table.column("endBlock", .integer).notNull()
                table.column("endOffset", .integer).notNull()
                table.column("textHash", .text).notNull()
                table.column("updated", .double).notNull()
            }
            try db.create(table: "readMark") { table in
                table.primaryKey("articleID", .text)
            }
            try db.create(table: "setting") { table in
                table.primaryKey("key", .text)
                table.column("value", .text)
            }
        }
        migrator.registerMigration("v2: the article's title, link and speaker with each highlight") { db in
            // Filled when a highlight is saved, or found again in its loaded article; `NULL` until then.
            try db.alter(table: "highlight") { table in
                table.add(column: "articleTitle", .text)
                table.add(column: "sourceURL", .text)
                table.add(column: "speaker", .text)
                // W3C TextPositionSelector: code points into the article's flattened text.
                table.add(column: "codePointStart", .integer)
                table.add(column: "codePointEnd", .integer)
            }
        }
        migrator.registerMigration("v3: which highlight absorbed which (highlights merged across processes)") { db in
            // A highlight saved over stored ones it overlaps (another process marked the same text)
            // takes their place; deleting one that was absorbed deletes the one that took it in.
            try db.create(table: "highlightMerge") { table in
                table.primaryKey("mergedID", .text)
                table.column("intoID", .text).notNull().indexed()
            }
            // Overlapping highlights two processes stored before: merged as if saved now, in the
            // order they were last changed (the later absorbs the earlier).
            try HighlightMerging.mergeStored(in: db)
        }
        migrator.registerMigration("v4: the dialogue view's speaker filter per article") { db in
            // A row per shown speaker, by speaker id (not index, so an edited file does not shift
            // the filter onto someone else); an article without rows shows everyone. An article's
            // rows are replaced in one transaction, so the last process to save wins, as with
            // reading positions.
            try db.create(table: "speakerFilter") { table in
                table.column("articleID", .text).notNull()
                table.column("speakerID", .text).notNull()
                table.primaryKey(["articleID", "speakerID"])
            }
        }
        return migrator
    }

    /// How a database's schema compares with this version's (checked before reading a database
    /// that cannot be migrated, such as one in a read-only folder).
    enum Version: Equatable {
        case current
        /// Made by an older hearsay: the named migrations have not run.
        case older(missing: [String])
        /// Made by a newer hearsay (it has migrations this one does not know).
        case newer
    }

    static func version(_ db: Database) throws -> Version {
        if try migrator.hasBeenSuperseded(db) { return .newer }
        let completed = Set(try migrator.completedMigrations(db))
        let missing = migrator.migrations.filter { !completed.contains($0) }
        return missing.isEmpty ? .current : .older(missing: missing)
    }
}
