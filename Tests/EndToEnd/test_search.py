"""End-to-end: searching in a real terminal (tmux) on the seeds. A Chinese query typed into the
reader's prompt (send-keys -l, UTF-8), its counter, and its highlight read back from the cells
(capture-pane -e); the list filter narrowing as typed, and Esc. Expected counts come from
`hearsay search --json` and `hearsay list --json`, not from the screen."""
import json
import os
import subprocess
import tempfile

from test_themes import capture_styles, cube_index, default_theme, parse_sgr, status_line
from tmux_pane import BINARY, tmux


# The index goes to a scratch cache folder, never the user's ~/.cache.
SCRATCH_CACHE = tempfile.mkdtemp(prefix="hearsay-e2e-cache-")


def hearsay_json(*arguments):
    run = subprocess.run([BINARY, *arguments, "--json"], capture_output=True, text=True,
                         env={**os.environ, "XDG_CACHE_HOME": SCRATCH_CACHE})
    assert run.returncode in (0, 1), run.stderr
    return json.loads(run.stdout or "[]")


def background(role):
    """The SGR background of a theme role at 256 colours (the panes run xterm-256color)."""
    return f"48;5;{cube_index(default_theme()[role]['bg'])}"


def open_first_article(pane, seeds):
    pane.start(seeds)
    pane.wait_for("List · 1/5", "the article list")
    pane.send("Enter")
    screen = pane.wait_for(lambda s: status_line(s).startswith(" Reader ·"), "the reader")
    return screen.split("\n")[0].split("hearsay · ", 1)[1].strip()


def styled_text(pane, bg):
    """The text of the cells drawn on background `bg` (the status bar row left out)."""
    rows = parse_sgr(capture_styles(pane))[:-1]
    return "".join(character for row in rows for character, style in row if style["bg"] == bg)


def test_chinese_search_in_the_reader(pane, seeds):
    title = open_first_article(pane, seeds)
    expected = sum(1 for match in hearsay_json("search", "开源", seeds) if match["title"] == title)
    assert expected >= 3
    pane.send("/")
    pane.wait_for(lambda s: status_line(s).startswith("/"), "the search prompt")
    tmux("send-keys", "-t", pane.name, "-l", "开源")
    pane.wait_for(lambda s: status_line(s).startswith("/开源") and status_line(s).rstrip().endswith(f"1/{expected}"),
                  "the counter while typing")
    pane.send("Enter")
    pane.wait_for(lambda s: f"/开源 1/{expected}" in status_line(s), "the counter in the status bar")
    pane.send("n")
    pane.wait_for(lambda s: f"/开源 2/{expected}" in status_line(s), "n to the second match")
    # Exactly one match is drawn as the current one, the others on screen as matches.
    assert styled_text(pane, background("current_search_match")) == "开源"
    others = styled_text(pane, background("search_match"))
    assert others and others == "开源" * (len(others) // 2)
    pane.send("N", "N")
    pane.wait_for(lambda s: f"/开源 {expected}/{expected}" in status_line(s)
                  and "search hit TOP, continuing at BOTTOM" in status_line(s), "the wrap-around notice")
    pane.send("q", "q")
    pane.assert_terminal_sane()


def test_escape_puts_the_reader_back(pane, seeds):
    open_first_article(pane, seeds)
    first = pane.capture().split("\n")
    pane.send("G")
    last = pane.wait_for(lambda s: "100%" in status_line(s), "the end of the article").split("\n")
    # Two ideographs from the text of the first screen that the last screen does not show
    # (picked at run time): searching forward from the end wraps around to them and moves the
    # view; Esc must bring the last screen back.
    shown_last = "\n".join(last[1:-1])
    pairs = [row[i:i + 2] for row in first[5:-1] for i in range(len(row) - 1)]
    word = next(pair for pair in pairs
                if all("\u4e00" <= c <= "\u9fff" for c in pair) and pair not in shown_last)
    pane.send("/")
    tmux("send-keys", "-t", pane.name, "-l", word)
    pane.wait_for(lambda s: s.split("\n")[1:-2] != last[1:-2], "the view to move to the match")
    pane.send("Escape")
    pane.wait_for(lambda s: s.split("\n")[:-2] == last[:-2] and word not in status_line(s), "the view as it was")


def test_list_filter(pane, seeds):
    query = "特斯拉"
    kept = {match["article"] for match in hearsay_json("search", query, seeds)}
    kept |= {article["id"] for article in hearsay_json("list", seeds) if query in article["title"]}
    assert 0 < len(kept) < 5
    pane.start(seeds)
    pane.wait_for("List · 1/5", "the article list")
    pane.send("/")
    tmux("send-keys", "-t", pane.name, "-l", query)
    pane.wait_for(lambda s: status_line(s).rstrip().endswith(f"{len(kept)}/5 articles"), "the list to narrow")
    pane.send("Enter")
    screen = pane.wait_for(lambda s: f"List · 1/{len(kept)} · by date · filter: {query}  {len(kept)}/5" in status_line(s),
                           "the filter in the status bar")
    titles = [row.strip() for row in screen.split("\n")[1:1 + 2 * len(kept):2]]
    listed = {article["title"] for article in hearsay_json("list", seeds) if article["id"] in kept}
    assert all(any(title.rstrip("…") and full.startswith(title.rstrip("…")) for full in listed) for title in titles)
    pane.send("/")
    pane.wait_for(lambda s: status_line(s).startswith(f"Filter: {query}"), "the prompt with the filter's text")
    pane.send("Escape")
    # The selection stays on the article it was on, now among all five.
    pane.wait_for(lambda s: status_line(s).startswith(" List · ") and "/5 · by date" in status_line(s)
                  and "filter" not in status_line(s), "the whole list again")
    pane.send("q")
    pane.assert_terminal_sane()


def test_the_title_is_searched_and_highlighted(pane, seeds):
    """The title is text the reader shows: its match comes first, counted and highlighted."""
    title = open_first_article(pane, seeds)
    matches = [match for match in hearsay_json("search", "deepseek", seeds) if match["title"] == title]
    assert matches and matches[0]["header"] == "title"
    pane.send("/")
    pane.wait_for(lambda s: status_line(s).startswith("/"), "the search prompt")
    tmux("send-keys", "-t", pane.name, "-l", "deepseek")
    pane.send("Enter")
    pane.wait_for(lambda s: f"/deepseek 1/{len(matches)}" in status_line(s), "the first match, in the title")
    current = background("current_search_match")
    rows = parse_sgr(capture_styles(pane))[:-1]
    marked = [(y, "".join(c for c, style in row if style["bg"] == current)) for y, row in enumerate(rows)]
    # Row 0 is the title bar; the reader's first row is the title.
    assert [entry for entry in marked if entry[1]] == [(1, matches[0]["match"])]
    pane.send("q", "q")
    pane.assert_terminal_sane()
