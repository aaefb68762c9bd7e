import GRDB

/// The database schema, created and upgraded by GRDB's `DatabaseMigrator`. Add a new migration for
/// every change; never edit one that has shipped (users' databases already ran it).
enum StoreSchema {
    /// Creates or upgrades the schema. Two hearsay processes opening a new database at once can both
    /// find a migration unapplied (GRDB reads the applied list before taking the write lock); the
    /// second then fails ("table already exists") once the first has committed. Running the migrator
    /// again reads the list afresh and finds nothing left to do.
    static func migrate(_ writer: any DatabaseWriter) throws {
        do {
            try migrator.migrate(writer)
        } catch {
            try migrator.migrate(writer)
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
        return migrator
    }
}
