"""End-to-end: highlights made with the keyboard in a real terminal (tmux) survive `kill -9`, and a
save that fails keeps the highlight on screen, says so, and is retried."""
import json
import os
import shutil
import signal
import subprocess
import tempfile
import time

import pytest

from tmux_pane import BINARY


def status_line(screen):
    return screen.rstrip("\n").split("\n")[-1]


def open_first_article(pane):
    """From the list just started: open the first article; returns the reader's screen."""
    pane.wait_for(lambda s: " List · " in status_line(s), "the list")
    pane.send("Enter")
    return pane.wait_for(lambda s: " Reader · 1/" in status_line(s), "the reader")


def open_first_article_and_mark_its_first_sentence(pane):
    """From the list just started: open the first article and highlight its first sentence (`) m`)."""
    open_first_article(pane)
    pane.send(")")
    pane.send("m")


def stored(state_dir, seeds):
    """`hearsay highlights list` rows: id, article, colour, status, text, note."""
    output = subprocess.run([BINARY, "highlights", "list", "--state-dir", state_dir, seeds],
                            check=True, capture_output=True, text=True).stdout
    return [line.split("\t") for line in output.splitlines() if line]


def test_highlights_survive_kill_9(pane, seeds, tmp_path):
    state_dir = str(tmp_path / "state")
    pane.start(f"{seeds} --state-dir {state_dir}")
    open_first_article_and_mark_its_first_sentence(pane)
    pane.wait_for("highlighted in colour 1", "the first highlight")
    pane.send(")")
    pane.send(")")
    pane.send("m")
    pane.wait_for("highlighted in colour 1", "the second highlight")
    pane.send("m")
    pane.wait_for("highlight colour 2", "the second highlight recoloured")
    pane.send("a")
    pane.wait_for(lambda s: status_line(s).startswith(" Note:"), "the note editor")
    pane.send("-l", "要核对的数字")
    pane.send("BSpace")
    pane.wait_for(lambda s: "要核对的数" in status_line(s) and "要核对的数字" not in status_line(s), "the note typed")
    pane.send("Enter")
    pane.wait_for("note saved", "the note saved")
    pane.send("q")
    pane.wait_for(lambda s: " List · " in status_line(s), "the list again")
    pane.send("j")
    pane.send("Enter")
    pane.wait_for(lambda s: " Reader · 2/" in status_line(s), "the second article")
    pane.send(")")
    pane.send("v")
    pane.send(")")
    pane.send("3")
    pane.wait_for("highlighted in colour 3", "a selection of two sentences in colour 3")

    pane.signal_program(signal.SIGKILL)
    pane.wait_for("EXIT=137", "hearsay killed")

    rows = stored(state_dir, seeds)
    assert sorted(row[2] for row in rows) == ["1", "2", "3"]
    assert all(row[3] == "exact" for row in rows)
    assert [row[5] for row in rows if row[2] == "2"] == ["要核对的数"]

    pane.start(f"{seeds} --state-dir {state_dir}")
    # The list, or the second article if a tick saved it as open before the kill (every 2 s).
    pane.wait_for(lambda s: " List · " in status_line(s) or " Reader · 2/" in status_line(s), "hearsay after the restart")
    pane.send("H")
    screen = pane.wait_for("Highlights · 3 · all colours", "the highlights view")
    assert "Note: 要核对的数" in screen
    for row in rows:
        assert row[4][:8] in screen, f"{row[4][:8]!r} missing from the highlights view"
    pane.send("3")
    pane.wait_for("Highlights · 1 · colour 3", "the colour filter")
    pane.send("Enter")
    screen = pane.wait_for(lambda s: " Reader · 2/" in status_line(s), "the jump to the highlight")
    pane.send("C-c")
    pane.wait_for("EXIT=0", "a clean exit")
    pane.assert_terminal_sane()


def test_a_failed_save_keeps_the_highlight_and_is_retried(pane, seeds, tmp_path):
    folder = str(tmp_path)
    blocker = os.path.join(folder, "not-a-folder")
    with open(blocker, "w") as handle:
        handle.write("a regular file where the state folder's parent should be\n")
    state_dir = os.path.join(blocker, "state")
    pane.start(f"{seeds} --state-dir {state_dir}")
    open_first_article_and_mark_its_first_sentence(pane)
    screen = pane.wait_for(lambda s: "NOT SAVED" in status_line(s), "the not-saved message")
    pane.send(")")
    screen = pane.wait_for(lambda s: "NOT SAVED" in status_line(s), "the message staying after a key")
    pane.send("H")
    pane.wait_for("Highlights · 1 · all colours", "the highlight kept in memory")
    pane.send("q")

    # Make the path usable: the periodic retry saves the pending highlight on its own.
    os.remove(blocker)
    os.mkdir(blocker)
    pane.wait_for(lambda s: status_line(s).rstrip().endswith("saved") and "NOT SAVED" not in s,
                  "the retry to succeed", timeout=10)
    rows = stored(state_dir, seeds)
    assert len(rows) == 1 and rows[0][2] == "1"
    pane.send("C-c")
    pane.wait_for("EXIT=0", "a clean exit")
    pane.assert_terminal_sane()


def percent(screen):
    """The reader's position in % from the status line (` Reader · 1/5 · 21%`)."""
    location = status_line(screen).split("  ")[0]
    return int(location.rsplit("·", 1)[1].strip().rstrip("%"))


def half_pages_down(pane, screen, count):
    """Ctrl-d `count` times, each waited for (keys sent at once may still be in flight when the
    screen looks settled); returns the screen after the last."""
    for _ in range(count):
        before = screen
        pane.send("C-d")
        screen = pane.wait_for(lambda s: s != before and percent(s) > percent(before), "half a page down")
    return screen


def test_reading_position_and_last_article_come_back(pane, seeds, tmp_path):
    state_dir = str(tmp_path / "state")
    pane.start(f"{seeds} --state-dir {state_dir}")
    top = open_first_article(pane)
    scrolled = half_pages_down(pane, top, 3)
    pane.send("q")
    pane.wait_for(lambda s: " List · " in status_line(s), "the list")
    pane.send("Enter")
    screen = pane.wait_for(lambda s: " Reader · 1/" in status_line(s), "the article again")
    assert screen.split("\n")[1:-2] == scrolled.split("\n")[1:-2], "reopened where it was left"
    pane.send("C-c")
    pane.wait_for("EXIT=0", "a clean exit")

    pane.start(f"{seeds} --state-dir {state_dir}")
    screen = pane.wait_for(lambda s: " Reader · 1/" in status_line(s), "the last open article at start")
    assert screen.split("\n")[1:-2] == scrolled.split("\n")[1:-2], "at its reading position"
    pane.send("q")
    screen = pane.wait_for(lambda s: " List · " in status_line(s), "the list")
    pane.send("C-c")
    pane.wait_for("EXIT=0", "a clean exit")
    pane.assert_terminal_sane()


def test_no_state_writes_nothing(pane, seeds):
    pane.start(f"{seeds} --no-state")
    open_first_article_and_mark_its_first_sentence(pane)
    pane.wait_for("highlighted in colour 1", "a highlight in memory")
    pane.send("H")
    pane.wait_for("Highlights · 1 · all colours", "the highlights view")
    pane.send("q")
    pane.send("C-c")
    pane.wait_for("EXIT=0", "a clean exit")
    assert not os.path.exists(os.path.join(pane.home, ".local", "share", "hearsay")), "no state folder made"


def open_to_everyone(path):
    os.makedirs(path, exist_ok=True)
    os.chmod(path, 0o777)
    return path


@pytest.fixture
def shared_folder():
    """A folder under /tmp any user can enter (pytest's own tmp_path is private to its user)."""
    path = tempfile.mkdtemp(prefix="hearsay-e2e-read-only-")
    yield open_to_everyone(path)
    for root, folders, _ in os.walk(path):
        for folder in folders:
            os.chmod(os.path.join(root, folder), 0o755)
    shutil.rmtree(path, ignore_errors=True)


def test_a_read_only_state_folder_shows_stored_highlights_and_keeps_new_ones(pane, seeds, shared_folder):
    """An existing database in a folder made read-only (0555), read by a user who cannot write there
    (CI runs as root, who ignores permissions: the reader then runs as nobody)."""
    # Everything the second run needs, where nobody can read it: the binary, the seeds, a home.
    shared = shared_folder
    binary = os.path.join(shared, "hearsay")
    shutil.copy(BINARY, binary)
    os.chmod(binary, 0o755)
    corpus = open_to_everyone(os.path.join(shared, "seeds"))
    for name in sorted(os.listdir(seeds)):
        shutil.copy(os.path.join(seeds, name), corpus)
        os.chmod(os.path.join(corpus, name), 0o644)
    home = open_to_everyone(os.path.join(shared, "home"))
    recovery = open_to_everyone(os.path.join(shared, "state-home"))
    state_dir = os.path.join(shared, "state")

    # A first run, as ourselves, saves a highlight.
    pane.start(f"{corpus} --state-dir {state_dir}")
    open_first_article_and_mark_its_first_sentence(pane)
    pane.wait_for("highlighted in colour 1", "the highlight")
    pane.send("q")
    pane.wait_for(lambda s: " List · " in status_line(s), "the list again")
    pane.send("q")
    pane.wait_for("EXIT=0", "a clean exit")
    stored_before = stored(state_dir, corpus)
    assert len(stored_before) == 1
    os.chmod(state_dir, 0o555)
    database = os.path.join(state_dir, "hearsay.sqlite")
    assert sorted(os.listdir(state_dir)) == ["hearsay.sqlite"]
    with open(database, "rb") as handle:
        before = handle.read()

    as_other = "setpriv --reuid=nobody --regid=nogroup --clear-groups " if os.geteuid() == 0 else ""
    pane.type_line(f"clear; HOME={home} XDG_STATE_HOME={recovery} {as_other}{binary} {corpus} --state-dir {state_dir}"
                   "; echo EXIT=$?")
    screen = pane.wait_for(lambda s: " List · " in status_line(s), "the list, read-only")
    assert "read-only (" in status_line(screen)
    pane.send("H")
    screen = pane.wait_for("Highlights · 1 · all colours", "the stored highlight in H")
    assert stored_before[0][4][:8] in screen
    pane.send("q")
    pane.send("Enter")
    pane.wait_for(lambda s: " Reader · " in status_line(s), "the reader")
    pane.send(")")
    pane.send(")")
    pane.send("m")
    pane.wait_for(lambda s: "NOT SAVED" in status_line(s), "the new highlight not saved")
    pane.send("H")
    pane.wait_for("Highlights · 2 · all colours", "both highlights in H")
    pane.send("q")
    pane.send("q")
    pane.wait_for(lambda s: " List · " in status_line(s), "the list")
    pane.send("q")
    pane.wait_for(lambda s: "changes NOT SAVED: q again quits and writes the" in status_line(s),
                  "the question before quitting")
    pane.send("q")
    screen = pane.wait_for("EXIT=0", "the confirmed quit")
    written = [name for name in os.listdir(os.path.join(recovery, "hearsay"))]
    assert len(written) == 1 and written[0].startswith("unsaved-") and written[0].endswith(".json")
    recovery_file = os.path.join(recovery, "hearsay", written[0])
    assert f"1 highlight NOT SAVED to {database}" in screen.replace("\n", "")
    assert recovery_file in screen.replace("\n", "")
    with open(recovery_file, encoding="utf-8") as handle:
        annotations = json.load(handle)
    assert [a["motivation"] for a in annotations] == ["highlighting"]
    assert annotations[0]["target"]["selector"][0]["type"] == "TextQuoteSelector"
    # The database is as it was, and still lists the one stored highlight.
    with open(database, "rb") as handle:
        assert handle.read() == before
    assert stored(state_dir, corpus) == stored_before
    pane.assert_terminal_sane()


def test_reading_position_is_saved_on_the_tick_and_survives_kill_9(pane, seeds, tmp_path):
    state_dir = str(tmp_path / "state")
    pane.start(f"{seeds} --state-dir {state_dir}")
    top = open_first_article(pane)
    scrolled = half_pages_down(pane, top, 2)
    time.sleep(2.5)  # one tick (every 2 s) saves the place
    pane.signal_program(signal.SIGKILL)
    pane.wait_for("EXIT=137", "hearsay killed")
    pane.start(f"{seeds} --state-dir {state_dir}")
    screen = pane.wait_for(lambda s: " Reader · 1/" in status_line(s), "the article open at the kill")
    assert screen.split("\n")[1:-2] == scrolled.split("\n")[1:-2], "at the position it was read to"
    pane.send("C-c")
    pane.wait_for("EXIT=0", "a clean exit")
    pane.assert_terminal_sane()


def test_sigterm_with_a_highlight_not_saved_keeps_it_in_the_recovery_file(pane, seeds, tmp_path):
    """SIGTERM leaves as a quit does: the terminal restored, what could not be saved written out,
    and only then death by the signal (status 143)."""
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a regular file where the state folder's parent should be\n")
    recovery = tmp_path / "state-home"
    pane.start(f"{seeds} --state-dir {blocker / 'state'}", environment=f"XDG_STATE_HOME={recovery}")
    open_first_article_and_mark_its_first_sentence(pane)
    pane.wait_for(lambda s: "NOT SAVED" in status_line(s), "the highlight not saved")

    pane.signal_program(signal.SIGTERM)
    screen = pane.wait_for("EXIT=143", "death by SIGTERM")
    written = sorted((recovery / "hearsay").iterdir())
    assert len(written) == 1 and written[0].name.startswith("unsaved-") and written[0].suffix == ".json"
    assert str(written[0]) in screen.replace("\n", "")
    annotations = json.loads(written[0].read_text(encoding="utf-8"))
    assert [a["motivation"] for a in annotations] == ["highlighting"]
    pane.assert_terminal_sane()
