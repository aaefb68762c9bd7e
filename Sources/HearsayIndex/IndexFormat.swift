/// The persistent index's on-disk format, and what it was made from.
public enum IndexFormat {
    /// Bump whenever the schema, the stored records or anything that shapes them changes: parsing
    /// (turn detection, quotes, titles, dates), `ArticleSummary`, folding for search. A cache with
    /// any other version is rebuilt, never read.
    public static let version = 7

    /// `PRAGMA application_id`: says the file is a hearsay index ("HSIX").
    static let applicationID: Int32 = 0x4853_4958

    /// The cache file's name in the cache folder.
    public static let fileName = "index.sqlite"

    static let schema = """
        CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
        -- One row per article file ever indexed, keyed by the absolute path opened. The stamp
        -- (size, times, inode) and the content hash say whether the record still holds.
        CREATE TABLE file(
            id INTEGER PRIMARY KEY,
            path TEXT NOT NULL UNIQUE,
            article_id TEXT NOT NULL,
            display_path TEXT NOT NULL,
            size INTEGER NOT NULL,
            mtime_ns INTEGER NOT NULL,
            ctime_ns INTEGER NOT NULL,
            inode INTEGER NOT NULL,
            device INTEGER NOT NULL,
            hash INTEGER NOT NULL,
            verify_hash INTEGER NOT NULL,
            -- What a search needs of an unchanged file without decoding its record: whether it
            -- gives an article, and what loading it reported (a record without a head; NULL: nothing).
            has_article INTEGER NOT NULL,
            diagnostics BLOB,
            record BLOB NOT NULL
        );
        -- The folded text a search scans, filled by the first search that needs it.
        CREATE TABLE folded_text(id INTEGER PRIMARY KEY, text TEXT NOT NULL);
        -- Which rows have text, read without the text: a scan of the table itself reads every page
        -- of every text (0.3 s at 100,000 articles from the page cache, seconds from disk).
        CREATE INDEX folded_text_ids ON folded_text(id);
        -- Which trigrams each text holds, without positions (detail=none: a ninth of the size, built
        -- about twice as fast); a phrase is looked up as all of its trigrams, and the search itself
        -- then checks the articles found.
        CREATE VIRTUAL TABLE folded_text_index USING fts5(
            text, content='folded_text', content_rowid='id', tokenize='trigram case_sensitive 1', detail=none);
        CREATE TRIGGER folded_text_added AFTER INSERT ON folded_text BEGIN
            INSERT INTO folded_text_index(rowid, text) VALUES (new.id, new.text);
        END;
        CREATE TRIGGER folded_text_removed AFTER DELETE ON folded_text BEGIN
            INSERT INTO folded_text_index(folded_text_index, rowid, text) VALUES ('delete', old.id, old.text);
        END;
        CREATE TRIGGER file_removed AFTER DELETE ON file BEGIN
            DELETE FROM folded_text WHERE id = old.id;
        END;
        """
}
