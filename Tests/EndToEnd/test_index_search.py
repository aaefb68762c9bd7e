"""End-to-end: the reader's coverage search (`F`) and list filter (`/`) through the persistent
index. The reader fills the full-text index in its cache folder after loading (the pane's own
HOME, so ~/.cache/hearsay is a scratch one); then results are those `hearsay search --json`
gives, and a file written during the session is found too."""
import json
import os
import sqlite3
import subprocess
import tempfile
import time

from test_themes import status_line
from tmux_pane import BINARY, tmux


ARTICLES = {
    "harbor.md": "# 港口灯火\n\n港口的灯塔今晚重新点亮，渔船陆续回港。\n\n守灯人说，灯塔已经一百年了。\n",
    "tea/interview.md": "# 茶山访谈\n\n## 详细对话\n\n林小雨: 今年的春茶来得早。\n\nTom Baker: Is the lighthouse far from here?\n\n"
                        "林小雨: 不远，灯塔就在山下。\n",
    "plain.txt": "# 天气\n\n明天有雨，后天放晴。\n",
}


def write(folder, name, text):
    path = os.path.join(folder, name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as file:
        file.write(text)


def expected_matches(folder, phrase):
    scratch = tempfile.mkdtemp(prefix="hearsay-e2e-cache-")
    run = subprocess.run([BINARY, "search", phrase, folder, "--json"], capture_output=True, text=True,
                         env={**os.environ, "XDG_CACHE_HOME": scratch})
    assert run.returncode in (0, 1), run.stderr
    return json.loads(run.stdout or "[]")


def folded_rows(index_file):
    """Articles whose folded text the index holds (0 while it does not exist yet)."""
    if not os.path.exists(index_file):
        return 0
    try:
        with sqlite3.connect(f"file:{index_file}?mode=ro", uri=True, timeout=0.2) as database:
            return database.execute("SELECT count(*) FROM folded_text").fetchone()[0]
    except sqlite3.Error:
        return 0


def wait_until(condition, what, timeout=15.0):
    deadline = time.time() + timeout
    while time.time() < deadline:
        if condition():
            return
        time.sleep(0.1)
    raise AssertionError(f"timed out waiting for {what}")


def test_coverage_search_and_filter_through_the_index(pane):
    folder = tempfile.mkdtemp(prefix="hearsay-e2e-index-corpus-")
    for name, text in ARTICLES.items():
        write(folder, name, text)
    pane.start(folder)
    pane.wait_for(lambda s: "List · 1/3" in s, "the article list")
    index_file = os.path.join(pane.home, ".cache", "hearsay", "index.sqlite")
    wait_until(lambda: folded_rows(index_file) == 3, "the full-text index filled after loading")

    matches = expected_matches(folder, "灯塔")
    assert (len(matches), len({match["article"] for match in matches})) == (3, 2)
    pane.send("F")
    tmux("send-keys", "-t", pane.name, "-l", "灯塔")
    pane.send("Enter")
    pane.wait_for(lambda s: "“灯塔”: 3 matches in 2 articles" in s, "the coverage results")
    pane.send("Escape")

    pane.send("/")
    tmux("send-keys", "-t", pane.name, "-l", "lighthouse")
    pane.wait_for(lambda s: "1/3 articles" in status_line(s), "the filter keeping the interview")
    pane.send("Escape")

    # Written while the reader runs: the index does not know it, the search finds it.
    write(folder, "late.md", "# 新闻\n\n灯塔旁边新开了一家茶馆。\n")
    pane.wait_for(lambda s: "List · 1/4" in s or "/4" in status_line(s), "the new file in the list")
    pane.send("F")
    tmux("send-keys", "-t", pane.name, "-l", "灯塔")
    pane.send("Enter")
    matches = expected_matches(folder, "灯塔")
    assert (len(matches), len({match["article"] for match in matches})) == (4, 3)
    pane.wait_for(lambda s: "“灯塔”: 4 matches in 3 articles" in s, "the new file's match")
    pane.send("q")
    pane.send("q")
    pane.wait_for(lambda s: "EXIT=0" in s, "hearsay to quit")
