"""End-to-end: reading and finding in a real terminal (tmux), on a folder of our own articles.
Next/previous/unread article from the reader (issue 18 item 12), `o` opening the source link
through $BROWSER and `y` copying the sentence under the reading cursor with OSC 52 (13), a key bound in config.toml (16), and highlights told apart without colour
(17; `capture-pane -e` shows the SGR hearsay sent)."""
import os
import shutil
import tempfile
import subprocess
import time

import pytest

from test_themes import capture_styles, parse_sgr
from tmux_pane import BINARY

# Newest first in the list: Gamma, Beta, Alpha.
ARTICLES = {
    "alpha.md": ("Alpha harbour notes", "2025-01-01", "https://example.org/alpha?x=1&y=$(true)"),
    "beta.md": ("Beta river notes", "2025-02-01", None),
    "gamma.md": ("Gamma tide notes", "2025-03-01", "https://example.org/gamma"),
}
SENTENCES = ["One boat came in.", "Two nets were mended.", "Three gulls waited.", "Four ropes dried.", "Five lamps were lit."]


@pytest.fixture
def folder():
    root = tempfile.mkdtemp(prefix="hearsay-reading-e2e-")
    corpus = os.path.join(root, "corpus")
    os.makedirs(corpus)
    for name, (title, date, url) in ARTICLES.items():
        front = f"---\ntitle: {title}\ndate: {date}\n" + (f"url: {url}\n" if url else "") + "---\n\n"
        with open(os.path.join(corpus, name), "w") as handle:
            handle.write(front + "\n\n".join(SENTENCES) + "\n")
    yield root
    shutil.rmtree(root, ignore_errors=True)


def status_line(screen):
    return screen.rstrip("\n").split("\n")[-1]


def start(pane, folder, environment="", keys=None):
    config = os.path.join(folder, "config")
    if keys:
        os.makedirs(os.path.join(config, "hearsay"), exist_ok=True)
        with open(os.path.join(config, "hearsay", "config.toml"), "w") as handle:
            handle.write("[keys]\n" + "".join(f'"{key}" = "{action}"\n' for key, action in keys.items()))
    state = os.path.join(folder, "state")
    pane.start(f"--state-dir {state} {os.path.join(folder, 'corpus')}",
               environment=f"XDG_CONFIG_HOME={config} {environment}")
    pane.wait_for(lambda s: " List · 1/3" in status_line(s), "the list")


def title_row(screen):
    return screen.split("\n")[1]


def test_next_previous_and_unread_articles_from_the_reader(pane, folder):
    start(pane, folder)
    pane.send("Enter")
    assert "Gamma tide notes" in title_row(pane.wait_for(lambda s: " Reader · " in status_line(s), "the reader"))
    pane.send("C-n")
    screen = pane.wait_for(lambda s: "2/3 Beta river notes" in status_line(s), "the next article")
    assert "Beta river notes" in title_row(screen)
    pane.send("C-p")
    pane.wait_for(lambda s: "1/3 Gamma tide notes" in status_line(s), "the previous article")
    # Gamma and Beta are read: the next unread one is Alpha.
    pane.send("U")
    pane.wait_for(lambda s: "3/3 Alpha harbour notes" in status_line(s), "the next unread article")
    pane.send("U")
    pane.wait_for(lambda s: "no unread article" in status_line(s), "no unread article left")
    # Each step replaced the article: one q goes back to the list, at the article last read.
    pane.send("q")
    pane.wait_for(lambda s: " List · 3/3" in status_line(s), "the list at the last article read")
    pane.send("q")
    pane.wait_for("EXIT=0", "a clean exit")


def test_o_opens_the_source_link_with_browser(pane, folder):
    argv_file = os.path.join(folder, "argv")
    browser = os.path.join(folder, "browser.sh")
    with open(browser, "w") as handle:
        handle.write(f'#!/bin/sh\nfor a in "$@"; do printf "%s\\n" "$a"; done > {argv_file}\n')
    os.chmod(browser, 0o755)
    start(pane, folder, environment=f"BROWSER='{browser} --new-tab'")
    pane.send("j", "j", "Enter")  # Alpha, whose link has shell characters in it
    pane.wait_for(lambda s: " Reader · " in status_line(s), "the reader")
    pane.send("o")
    pane.wait_for(lambda s: "opened in " in status_line(s), "the browser started")
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and not (os.path.exists(argv_file) and open(argv_file).read().endswith("\n")):
        time.sleep(0.05)
    with open(argv_file) as handle:
        assert handle.read().split("\n")[:-1] == ["--new-tab", ARTICLES["alpha.md"][2]]
    # Beta has no link: a message, no browser.
    pane.send("C-p")
    pane.wait_for(lambda s: "2/3 Beta river notes" in status_line(s), "Beta")
    pane.send("o")
    pane.wait_for(lambda s: "this article has no source link" in status_line(s), "the message")
    pane.send("q", "q")
    pane.wait_for("EXIT=0", "a clean exit")


def test_a_key_bound_in_config_toml_works_and_help_shows_it(pane, folder):
    start(pane, folder, keys={"J": "next-article", "Ctrl-": "quit"})
    pane.send("Enter")
    pane.wait_for(lambda s: " Reader · " in status_line(s), "the reader")
    pane.send("J")
    pane.wait_for(lambda s: "2/3 Beta river notes" in status_line(s), "J to go to the next article")
    pane.send("?")
    screen = pane.wait_for("J Ctrl-n", "help listing J")
    assert "next article in the list" in screen
    pane.send("q", "q", "q")
    pane.wait_for("EXIT=0", "a clean exit")
    # The warning on stderr names the file and the line (the terminal wraps it at 80 columns).
    assert "config.toml: line 3: keys.Ctrl-: not a key" in pane.capture().replace("\n", "")


def test_without_colour_the_five_highlight_colours_look_different(pane, folder):
    start(pane, folder, environment="NO_COLOR=1")
    pane.send("Enter")
    pane.wait_for(lambda s: " Reader · " in status_line(s), "the reader")
    for colour in "12345":
        pane.send(")")
        pane.send(colour)
    pane.send("Escape")
    pane.wait_for(lambda s: "Five lamps" in s, "the text")
    rows = parse_sgr(capture_styles(pane))
    looks = []
    for sentence in SENTENCES:
        for cells in rows:
            text = "".join(character for character, _ in cells)
            if sentence in text:
                looks.append(frozenset(cells[text.index(sentence)][1]["attrs"]))
                assert cells[text.index(sentence)][1]["fg"] is None
    assert looks == [frozenset(a) for a in (
        {"underline"}, {"underline", "bold"}, {"underline", "reverse"}, {"underline", "dim"},
        {"underline", "bold", "reverse"})], looks
    # t says themes need colour, and no config is written.
    pane.send("t")
    pane.wait_for(lambda s: "Themes need colour" in status_line(s), "the message about themes")
    assert not os.path.exists(os.path.join(folder, "config", "hearsay", "config.toml"))
    pane.send("q", "q")
    pane.wait_for("EXIT=0", "a clean exit")


def tmux_buffers():
    """The text of every tmux paste buffer (the server is shared: other sessions may add some)."""
    names = subprocess.run(["tmux", "list-buffers", "-F", "#{buffer_name}"], capture_output=True, text=True).stdout
    return [subprocess.run(["tmux", "show-buffer", "-b", name], capture_output=True, text=True).stdout
            for name in names.split()]


@pytest.fixture
def tmux_takes_osc_52(pane):
    """tmux puts what a program sends with OSC 52 into a paste buffer when set-clipboard is on
    (a server option: restored afterwards)."""
    before = subprocess.run(["tmux", "show-options", "-sv", "set-clipboard"], capture_output=True, text=True).stdout.strip()
    subprocess.run(["tmux", "set-option", "-s", "set-clipboard", "on"], check=True)
    yield
    subprocess.run(["tmux", "set-option", "-s", "set-clipboard", before or "external"], capture_output=True)


def test_y_copies_the_sentence_under_the_reading_cursor_with_osc_52(pane, folder, tmux_takes_osc_52):
    # No [terminal] clipboard setting: inside tmux (TERM tmux-256color or screen) hearsay copies.
    start(pane, folder)
    pane.send("Enter")
    pane.wait_for(lambda s: " Reader · " in status_line(s), "the reader")
    # `)` puts the reading cursor on the first sentence, `)` again on the second: the one copied.
    pane.send(")")
    pane.send(")")
    pane.send("y")
    pane.wait_for(lambda s: f"copied {len(SENTENCES[1])} characters" in status_line(s), "the copy message")
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and SENTENCES[1] not in tmux_buffers():
        time.sleep(0.05)
    assert SENTENCES[1] in tmux_buffers()
    pane.send("Escape", "q", "q")
    pane.wait_for("EXIT=0", "a clean exit")
