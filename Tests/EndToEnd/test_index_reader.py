"""The reader starts from the persistent index: on a warm cache it parses no file, reads an
article's text from its file when opened, and shows the file's new text after it is edited."""

import os
import re
import subprocess
import tempfile

from tmux_pane import BINARY

ARTICLE = "---\ntitle: {title}\ndate: {date}\n---\n\n{body}\n"


def write_article(folder, name, title, date, body):
    with open(os.path.join(folder, name), "w", encoding="utf-8") as file:
        file.write(ARTICLE.format(title=title, date=date, body=body))


def test_warm_cache_parses_nothing_and_an_edited_file_shows_its_new_text(pane):
    folder = tempfile.mkdtemp(prefix="hearsay-e2e-index-")
    cache = tempfile.mkdtemp(prefix="hearsay-e2e-cache-")
    write_article(folder, "a.md", "河边的早晨", "2025-03-01", "第一版的正文：渡船六点出发。")
    write_article(folder, "b.md", "山里的学校", "2025-03-03", "学校在山腰上。")
    # Warm the cache: `list` fills the same index the reader reads.
    listed = subprocess.run([BINARY, "list", "--cache-dir", cache, folder], capture_output=True, text=True, check=True)
    assert "河边的早晨" in listed.stdout, listed.stdout
    pane.start(f"--no-state --measure-startup --cache-dir {cache} {folder}")
    pane.wait_for(lambda s: " List · 1/2 · by date" in s and "loading" not in s, "both articles listed")
    # The older article: its body is read from the file when opened.
    pane.send("j")
    pane.send("Enter")
    pane.wait_for(lambda s: " Reader · 2/2 " in s and "第一版的正文：渡船六点出发。" in s, "the article's text")
    write_article(folder, "a.md", "河边的早晨", "2025-03-01", "第二版的正文：渡船七点出发。")
    screen = pane.wait_for("第二版的正文：渡船七点出发。", "the edited text, unasked")
    assert "第一版的正文" not in screen, screen
    pane.send("q")
    pane.wait_for(" List · 2/2 ", "back in the list")
    pane.send("q")
    # --measure-startup says what the index did: every head from the cache, no file parsed.
    screen = pane.wait_for("EXIT=0", "a clean exit")
    # (Files written within 2 s of being indexed are hashed, not trusted on their stamp: `verified`.)
    counts = re.search(r"index: reused (\d+), verified (\d+), parsed (\d+), removed (\d+)", screen)
    assert counts and int(counts[1]) + int(counts[2]) == 2 and counts[3] == "0" and counts[4] == "0", screen


def test_a_file_over_a_megabyte_is_parsed_while_loading_and_opens_without_a_parse(pane):
    folder = tempfile.mkdtemp(prefix="hearsay-e2e-index-")
    cache = tempfile.mkdtemp(prefix="hearsay-e2e-cache-")
    write_article(folder, "a.md", "河边的早晨", "2025-03-01", "渡船六点出发。")
    paragraph = "山路很长，学校在山腰上，孩子们每天走一个小时。"
    write_article(folder, "big.md", "很长的访谈", "2025-03-03", "\n\n".join([paragraph] * 20000))
    assert os.path.getsize(os.path.join(folder, "big.md")) > 1 << 20
    subprocess.run([BINARY, "list", "--cache-dir", cache, folder], capture_output=True, text=True, check=True)
    pane.start(f"--no-state --measure-startup --cache-dir {cache} {folder}")
    pane.wait_for(lambda s: " List · 1/2 · by date" in s and "loading" not in s, "both articles listed")
    pane.send("Enter")
    pane.wait_for(lambda s: " Reader · 1/2 " in s and paragraph in s, "the big article's text")
    pane.send("q")
    pane.wait_for(" List · 1/2 ", "back in the list")
    pane.send("q")
    screen = pane.wait_for("EXIT=0", "a clean exit")
    # The big file was parsed by the loader (body held), not served as a shell from the index.
    counts = re.search(r"index: reused (\d+), verified (\d+), parsed (\d+), removed (\d+)", screen)
    assert counts and int(counts[1]) + int(counts[2]) == 1 and counts[3] == "0" and counts[4] == "0", screen
