"""The reader draws at once and takes in articles as they load, and files changed while it runs."""

import os
import tempfile
import threading

ARTICLE = "---\ntitle: {title}\ndate: {date}\n---\n\n{body}\n"


def write_article(folder, name, title, date, body="正文一段。"):
    with open(os.path.join(folder, name), "w", encoding="utf-8") as file:
        file.write(ARTICLE.format(title=title, date=date, body=body))


def test_the_first_frame_shows_while_a_slow_file_is_still_loading(pane):
    folder = tempfile.mkdtemp(prefix="hearsay-e2e-live-")
    write_article(folder, "a.md", "河边的早晨", "2025-03-01")
    write_article(folder, "b.md", "山里的学校", "2025-03-03")
    # A named pipe is read only once something writes to it: until then loading cannot end.
    pipe = os.path.join(tempfile.mkdtemp(prefix="hearsay-e2e-pipe-"), "slow.md")
    os.mkfifo(pipe)
    pane.start(f"--no-state {folder} {pipe}")
    screen = pane.wait_for(" List · 1/2 · by date · loading 2/3", "the two quick articles while the pipe waits")
    assert "山里的学校" in screen and "河边的早晨" in screen, screen
    # Keys work meanwhile: move, open, go back.
    pane.send("j")
    pane.wait_for(" List · 2/2 · by date · loading 2/3", "the selection moved")
    pane.send("Enter")
    pane.wait_for(" Reader · 2/2 ", "the article opened while loading")
    pane.send("q")
    pane.wait_for(" List · 2/2 ", "back in the list")
    writer = threading.Thread(target=lambda: write_article(os.path.dirname(pipe), "slow.md", "夜里的消息", "2025-03-05"))
    writer.start()
    screen = pane.wait_for(lambda s: " List · 3/3 · by date " in s and "loading" not in s, "the slow article arrived")
    writer.join()
    assert "夜里的消息" in screen, screen
    pane.send("q")
    pane.wait_for("EXIT=0", "a clean exit")


def test_a_file_written_during_a_session_appears_and_a_deleted_one_says_so(pane):
    folder = tempfile.mkdtemp(prefix="hearsay-e2e-live-")
    write_article(folder, "a.md", "河边的早晨", "2025-03-01")
    pane.start(f"--no-state {folder}")
    pane.wait_for(" List · 1/1 · by date", "the one article")
    write_article(folder, "b.md", "山里的学校", "2025-03-03")
    screen = pane.wait_for(lambda s: " List · 1/2 · by date" in s and "reloaded: 1 new" in s, "the new file, unasked")
    assert "山里的学校" in screen, screen
    # The older article, open while its file goes.
    pane.send("j")
    pane.send("Enter")
    pane.wait_for(" Reader · 2/2 ", "the older article open")
    os.remove(os.path.join(folder, "a.md"))
    pane.wait_for(lambda s: " Reader · deleted " in s and "this article's file was deleted" in s, "the deletion said")
    pane.send("q")
    pane.wait_for(" List · 1/1 · by date", "the list without it")
    # R looks at once, and says when nothing changed.
    pane.send("R")
    pane.wait_for("reloaded: nothing changed on disk", "R")
    pane.send("q")
    pane.wait_for("EXIT=0", "a clean exit")
