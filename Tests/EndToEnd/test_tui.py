"""End-to-end: the built binary in a real terminal (tmux) on ../shared/seeds."""
import re
import signal

from tmux_pane import display_column

SEPARATOR = "│"


def status_line(screen):
    rows = [row for row in screen.rstrip("\n").split("\n")]
    return rows[-1]


def assert_separator_aligned(screen, expected_column):
    """Every row with the vertical separator has it in the same display column."""
    rows = screen.split("\n")
    columns = {display_column(row, SEPARATOR) for row in rows if SEPARATOR in row}
    assert columns == {expected_column}, f"separator columns {columns}, expected {expected_column}:\n{screen}"
    body = rows[1:-2]
    assert all(SEPARATOR in row for row in body if row.strip()), f"a body row lacks the separator:\n{screen}"


def open_article(pane, title_part):
    """Opens the article whose title contains `title_part`, whatever the list order."""
    for _ in range(8):
        pane.send("Enter")
        screen = pane.wait_for(lambda s: " Reader · " in status_line(s), "the reader")
        if title_part in screen.split("\n")[0]:
            return screen
        pane.send("q")
        pane.wait_for(lambda s: " List · " in status_line(s), "the list")
        pane.send("j")
    raise AssertionError(f"no article titled {title_part!r} in the list")


def test_browse_filter_jump_resize_quit(pane, seeds):
    pane.start(seeds)
    screen = pane.wait_for(lambda s: " List · 1/5 · by date" in s, "the list of the five seeds")
    assert screen.split("\n")[0].startswith(" hearsay · 5 articles")

    screen = open_article(pane, "AI风暴来袭")
    assert re.search(r" Reader · \d/5 · \d+%", status_line(screen)), status_line(screen)

    pane.send("d")
    screen = pane.wait_for(lambda s: " Dialogue · " in status_line(s), "the dialogue view")
    assert re.search(r"turn 1/\d+ · all \d+ speakers", status_line(screen)), status_line(screen)
    assert "> Caroline Hyde" in screen

    # Filter to Thomas Wolf: find his number in the filter box, move there, "only this one".
    pane.send("s")
    screen = pane.wait_for("Thomas Wolf", "the speaker filter")
    row = next(r for r in screen.split("\n") if "Thomas Wolf" in r)
    number = int(re.search(r"(\d) \[[x ]\] Thomas Wolf", row).group(1))
    assert "7 turns" in row, row
    pane.send(*(["j"] * (number - 1)), "o", "Enter")
    screen = pane.wait_for(lambda s: "only Thomas Wolf" in status_line(s), "the filtered dialogue")
    assert "turn 1/7" in status_line(screen), status_line(screen)
    assert "> Thomas Wolf" in screen
    names = re.findall(r"^ [> ] ([A-Z][A-Za-z ]+):", screen, re.M)
    assert set(names) == {"Thomas Wolf"}, names

    pane.send("j")
    pane.wait_for(lambda s: "turn 2/7" in status_line(s), "the second Thomas Wolf turn")
    pane.send("G")
    pane.wait_for(lambda s: "turn 7/7" in status_line(s), "the last Thomas Wolf turn")

    # All speakers again; jump by speaker number, same speaker, change of speaker.
    pane.send("s")
    pane.wait_for("Thomas Wolf", "the speaker filter")
    pane.send("a", "Enter")
    screen = pane.wait_for(lambda s: "all 6 speakers" in status_line(s), "all speakers")
    assert "> Thomas Wolf" in screen
    pane.send("1")
    pane.wait_for("> Caroline Hyde", "the next turn of speaker 1")
    pane.send("J")
    pane.wait_for("> Caroline Hyde", "the next Caroline Hyde turn")
    pane.send(">")
    screen = pane.wait_for(lambda s: re.search(r"^ > (?!Caroline Hyde)", s, re.M), "a change of speaker")

    # Resize: wide shows list and dialogue side by side with one separator column.
    before = status_line(screen)
    pane.resize(140, 40)
    screen = pane.wait_for(lambda s: len(s.split("\n")[0]) > 80 or len(status_line(s)) > 80 or SEPARATOR in s, "the wide layout")
    screen = pane.wait_for(lambda s: SEPARATOR in s and " Dialogue · " in status_line(s), "the split layout")
    assert_separator_aligned(screen, 46)
    assert before.split("  ")[0].strip() in status_line(screen)

    pane.resize(30, 8)
    pane.wait_for("Terminal too small", "the too-small message")
    pane.resize(80, 24)
    screen = pane.wait_for(lambda s: " Dialogue · " in status_line(s), "the dialogue after growing back")
    assert before.split("  ")[0].strip() in status_line(screen)

    pane.send("q")
    pane.wait_for(lambda s: " Reader · " in status_line(s), "the reader")
    pane.send("q")
    pane.wait_for(lambda s: " List · " in status_line(s), "the list")
    pane.send("q")
    pane.wait_for("EXIT=0", "a clean exit")
    pane.assert_terminal_sane()


def test_help_lists_the_keys(pane, seeds):
    pane.start(seeds)
    pane.wait_for(lambda s: " List · " in s, "the list")
    pane.send("?")
    screen = pane.wait_for("Keys (q to close)", "the help overlay")
    assert "All views" in screen and "Article list" in screen
    pane.send("q")
    pane.wait_for(lambda s: "Keys (q to close)" not in s and " List · " in s, "the help to close")
    pane.send("C-c")
    pane.wait_for("EXIT=0", "Ctrl-C to quit")
    pane.assert_terminal_sane()


def test_not_a_terminal_exits_with_status_2(pane, seeds):
    pane.start(seeds + " < /dev/null")
    screen = pane.wait_for("EXIT=", "the program to refuse")
    assert "EXIT=2" in screen and "hearsay show" in screen, screen


def test_sigterm_restores_the_terminal(pane, seeds):
    pane.start(seeds)
    pane.wait_for(lambda s: " List · " in s, "the list")
    pane.signal_program(signal.SIGTERM)
    pane.assert_terminal_sane()


def test_sighup_restores_the_terminal(pane, seeds):
    pane.start(seeds)
    pane.wait_for(lambda s: " List · " in s, "the list")
    pane.signal_program(signal.SIGHUP)
    pane.assert_terminal_sane()


def test_a_crash_restores_the_terminal(pane, seeds):
    pane.start(seeds, environment="HEARSAY_DEBUG_CRASH_KEY=1")
    pane.wait_for(lambda s: " List · " in s, "the list")
    pane.send("!")
    screen = pane.wait_for(lambda s: re.search(r"EXIT=\d+", s), "the crash", timeout=60)
    assert "EXIT=0" not in screen
    pane.assert_terminal_sane()
