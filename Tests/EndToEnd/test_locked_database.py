"""End-to-end: another process holds the state database's write lock (as a second hearsay saving,
or a sqlite3 shell inside a transaction). Keys are answered at once, the status bar says the
database is busy, and the changes are saved once the lock is released."""
import sqlite3

from test_highlights import open_first_article, status_line, stored
from tmux_pane import BINARY

# Before, every save waited out SQLite's 5 s busy timeout before the key was answered.
WELL_UNDER_THE_OLD_WAIT = 4.0


def test_keys_are_answered_while_another_process_holds_the_write_lock(pane, seeds, tmp_path):
    state = tmp_path / "state"
    pane.start(f"{seeds} --state-dir {state}")
    pane.wait_for(lambda s: " List · " in status_line(s), "the list")
    other = sqlite3.connect(state / "hearsay.sqlite", isolation_level=None, timeout=0)
    try:
        other.execute("BEGIN IMMEDIATE")
        # Opening the article saves its read mark: answered at once, with the database busy.
        open_first_article(pane)
        pane.wait_for(lambda s: "database busy" in status_line(s), "the status bar saying the database is busy",
                      timeout=WELL_UNDER_THE_OLD_WAIT)
        pane.send(")")
        pane.send("m")
        pane.wait_for(lambda s: "NOT SAVED yet, 2 changes kept in memory: database busy" in status_line(s),
                      "the highlight kept in memory", timeout=WELL_UNDER_THE_OLD_WAIT)
        pane.send("?")
        pane.wait_for("Keys (q to close)", "the help", timeout=WELL_UNDER_THE_OLD_WAIT)
        pane.send("q")
        assert other.execute("SELECT count(*) FROM highlight").fetchone() == (0,)
    finally:
        other.execute("ROLLBACK")
        other.close()
    # The tick (every 2 s) tries again and says so.
    pane.wait_for(lambda s: status_line(s).rstrip().endswith("saved") and "NOT" not in status_line(s),
                  "the changes saved once the lock is released")
    pane.send("q")
    pane.send("q")
    pane.wait_for("EXIT=0", "a clean exit")
    rows = stored(str(state), seeds)
    assert len(rows) == 1 and rows[0][2] == "1", rows
