"""End-to-end: the built binary in a real terminal (tmux) on ../shared/seeds."""
import platform
import re
import signal

import pytest

from tmux_pane import BINARY, assert_sane, display_column

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
    pane.start_without_job_control(f"{BINARY} {seeds}")
    screen = pane.wait_for(lambda s: " List · 1/5 · by date" in s, "the list of the five seeds")
    assert screen.split("\n")[0].startswith(" hearsay · 5 articles")

    screen = open_article(pane, "AI风暴来袭")
    assert re.search(r" Reader · \d/5 · \d+%", status_line(screen)), status_line(screen)

    pane.send("d")
    screen = pane.wait_for(lambda s: " Dialogue · " in status_line(s), "the dialogue view")
    assert "turn 1/31 · all 6 speakers" in status_line(screen), status_line(screen)
    assert "> Caroline Hyde" in screen

    # Filter to Thomas Wolf: his number in the filter box toggles him and puts the cursor
    # there; then "only this one".
    pane.send("s")
    screen = pane.wait_for("Thomas Wolf", "the speaker filter")
    row = next(r for r in screen.split("\n") if "Thomas Wolf" in r)
    number = int(re.search(r"(\d) \[[x ]\] Thomas Wolf", row).group(1))
    assert "7 turns" in row, row
    pane.send(str(number))
    screen = pane.wait_for(lambda s: re.search(rf"> {number} \[ \] Thomas Wolf", s), "Thomas Wolf unchecked, under the cursor")
    pane.send("o", "Enter")
    screen = pane.wait_for(lambda s: "only Thomas Wolf" in status_line(s), "the filtered dialogue")
    assert "turn 1/7" in status_line(screen), status_line(screen)
    assert "> Thomas Wolf" in screen
    # The turn before each of his is shown too, dimmed (the question); c hides it.
    assert "Caroline Hyde:" in screen
    pane.send("c")
    screen = pane.wait_for(lambda s: "context hidden" in status_line(s), "the context hidden")
    names = re.findall(r"^ [> ] ([A-Z][A-Za-z ]+):", screen, re.M)
    assert set(names) == {"Thomas Wolf"}, names

    pane.send("j")
    pane.wait_for(lambda s: "turn 2/7" in status_line(s), "the second Thomas Wolf turn")
    pane.send("G")
    pane.wait_for(lambda s: "turn 7/7" in status_line(s), "the last Thomas Wolf turn")

    # All speakers again: the cursor stays on Thomas Wolf's last turn, turn 30 of 31. Speakers
    # in order of their turns: 1 Caroline Hyde (turns 1, 4, 6…), Mike Shepard, Ian King, Donald
    # Trump (turn 5), Guest, 6 Thomas Wolf.
    pane.send("s")
    pane.wait_for("Thomas Wolf", "the speaker filter")
    pane.send("a", "Enter")
    screen = pane.wait_for(lambda s: "all 6 speakers" in status_line(s), "all speakers")
    assert "turn 30/31" in status_line(screen) and "> Thomas Wolf" in screen, status_line(screen)
    # Caroline Hyde has no turn after 30: the jump wraps to her first, and says so.
    pane.send("1")
    screen = pane.wait_for(lambda s: "turn 1/31" in status_line(s), "speaker 1's next turn, wrapped to turn 1")
    assert "wrapped to the first turn" in status_line(screen), status_line(screen)
    assert "> Caroline Hyde" in screen
    pane.send("J")
    pane.wait_for(lambda s: "turn 4/31" in status_line(s), "the next Caroline Hyde turn, turn 4")
    pane.send(">")
    screen = pane.wait_for(lambda s: "turn 5/31" in status_line(s), "the next change of speaker, turn 5")
    assert "> Donald Trump" in screen

    # Resize: wide shows list and dialogue side by side with one separator column.
    before = status_line(screen)
    pane.resize(140, 40)
    screen = pane.wait_for(lambda s: SEPARATOR in s and " Dialogue · " in status_line(s), "the split layout")
    assert_separator_aligned(screen, 46)
    assert "turn 5/31 · all 6 speakers" in status_line(screen), status_line(screen)

    # Too small: the message, and keys other than q do nothing unseen.
    pane.resize(30, 8)
    screen = pane.wait_for("Terminal too small", "the too-small message")
    assert "q or Ctrl-C quits" in screen
    pane.send("j", "j", "?", "s")
    pane.resize(80, 24)
    screen = pane.wait_for(lambda s: " Dialogue · " in status_line(s), "the dialogue after growing back")
    assert "turn 5/31 · all 6 speakers" in status_line(screen), status_line(screen)
    assert "Keys (q to close)" not in screen and " Speakers " not in screen
    assert before.split("  ")[0].strip() in status_line(screen)

    # Enter reads the turn in the article; q goes back where it came from: the dialogue, then
    # the reader, then the list.
    pane.send("Enter")
    pane.wait_for(lambda s: " Reader · " in status_line(s), "the reader at the turn")
    pane.send("q")
    pane.wait_for(lambda s: " Dialogue · " in status_line(s) and "turn 5/31" in status_line(s), "back in the dialogue")
    pane.send("q")
    pane.wait_for(lambda s: " Reader · " in status_line(s), "the reader")
    pane.send("q")
    pane.wait_for(lambda s: " List · " in status_line(s), "the list")
    pane.send("q")
    status, flags = pane.terminal_after_exit()
    assert status == 0
    assert_sane(flags)


def test_q_quits_from_the_too_small_screen(pane, seeds):
    pane.start_without_job_control(f"{BINARY} {seeds}")
    pane.wait_for(lambda s: " List · " in s, "the list")
    pane.send("Enter")
    pane.wait_for(lambda s: " Reader · " in status_line(s), "the reader")
    pane.resize(30, 8)
    pane.wait_for("q or Ctrl-C quits", "the too-small message")
    pane.send("q")
    status, flags = pane.terminal_after_exit()
    assert status == 0
    assert_sane(flags)


def test_help_lists_the_keys(pane, seeds):
    pane.start_without_job_control(f"{BINARY} {seeds}")
    pane.wait_for(lambda s: " List · " in s, "the list")
    pane.send("?")
    screen = pane.wait_for("Keys (q to close)", "the help overlay")
    assert "All views" in screen and "Article list" in screen
    assert re.search(r" lines 1-20 of \d+, more below ", screen), screen
    pane.send("q")
    pane.wait_for(lambda s: "Keys (q to close)" not in s and " List · " in s, "the help to close")
    pane.send("C-c")
    status, flags = pane.terminal_after_exit()
    assert status == 0
    assert_sane(flags)


def test_back_retraces_the_way_and_escape_never_quits(pane, seeds):
    pane.start_without_job_control(f"{BINARY} {seeds}")
    pane.wait_for(lambda s: " List · 1/5" in s, "the list")
    # Esc in the list says how to quit rather than quitting.
    pane.send("Escape")
    pane.wait_for(lambda s: "q quits" in status_line(s) and " List · 1/5" in status_line(s), "the hint that q quits")
    # The results, an article opened from them, and back: the results as they were, then the
    # list they were opened from (not the reader).
    pane.send("F")
    pane.send("-l", "开源")
    pane.send("Enter")
    pane.wait_for(lambda s: status_line(s).startswith(" Results · 1/"), "the coverage results")
    pane.send("j")
    pane.wait_for(lambda s: status_line(s).startswith(" Results · 2/"), "the second result")
    pane.send("Enter")
    pane.wait_for(lambda s: " Reader · " in status_line(s), "the reader at the result")
    pane.send("q")
    pane.wait_for(lambda s: status_line(s).startswith(" Results · 2/"), "the results, second selected")
    pane.send("Escape")
    pane.wait_for(lambda s: " List · 1/5" in status_line(s), "the list the search began in")
    # H over the reader, Enter on a highlight is not possible without one: help over the reader
    # instead, and Esc closes it, then goes back to the list, and never further.
    pane.send("Enter")
    pane.wait_for(lambda s: " Reader · " in status_line(s), "the reader")
    pane.send("?")
    pane.wait_for("Keys (q to close)", "the help")
    pane.send("Escape")
    pane.wait_for(lambda s: "Keys (q to close)" not in s and " Reader · " in status_line(s), "the reader again")
    pane.send("Escape")
    pane.wait_for(lambda s: " List · " in status_line(s), "the list")
    pane.send("Escape")
    pane.wait_for(lambda s: "q quits" in status_line(s), "the list, still")
    pane.send("q")
    status, flags = pane.terminal_after_exit()
    assert status == 0
    assert_sane(flags)


def test_not_a_terminal_exits_with_status_2(pane, seeds):
    pane.start(seeds + " < /dev/null")
    screen = pane.wait_for(lambda s: re.search(r"EXIT=\d", s), "the program to refuse")
    assert "EXIT=2" in screen and "hearsay show" in screen, screen


def test_the_tty_check_catches_a_program_that_leaves_it_raw(pane):
    """The control for the signal tests below: a program that sets raw mode and dies of SIGTERM
    without restoring the tty fails the check (an interactive bash would have hidden it)."""
    pane.start_without_job_control(
        "python3 -c 'import tty, os, signal; tty.setraw(0); os.kill(os.getpid(), signal.SIGTERM)'")
    status, flags = pane.terminal_after_exit()
    assert status == 128 + signal.SIGTERM
    assert sorted(flags) == ["-echo", "-icanon"]
    with pytest.raises(AssertionError, match="terminal left raw"):
        assert_sane(flags)


@pytest.mark.parametrize("signo", [signal.SIGTERM, signal.SIGHUP, signal.SIGINT], ids=["TERM", "HUP", "INT"])
def test_a_signal_restores_the_terminal_and_ends_the_program_by_it(pane, seeds, signo):
    pane.start_without_job_control(f"{BINARY} {seeds}")
    pane.wait_for(lambda s: " List · " in s, "the list")
    pane.signal_program(signo)
    status, flags = pane.terminal_after_exit()
    assert status == 128 + signo  # 143 for TERM, 129 for HUP, 130 for INT
    assert_sane(flags)


def test_a_crash_restores_the_terminal(pane, seeds):
    pane.start_without_job_control(f"HEARSAY_DEBUG_CRASH_KEY=1 {BINARY} {seeds}")
    pane.wait_for(lambda s: " List · " in s, "the list")
    pane.send("!")
    status, flags = pane.terminal_after_exit(timeout=60)
    # fatalError traps: ud2 (SIGILL) on x86-64, brk (SIGTRAP) on arm64.
    crash = signal.SIGILL if platform.machine() in ("x86_64", "AMD64") else signal.SIGTRAP
    assert status == 128 + crash
    assert_sane(flags)


def test_ctrl_z_suspends_and_fg_brings_the_screen_back(pane, seeds):
    # Under the pane's interactive bash, which does job control.
    pane.type_line(f"clear; {BINARY} {seeds}")
    pane.wait_for(lambda s: " List · 1/5" in s, "the list")
    pane.send("C-z")
    screen = pane.wait_for(lambda s: re.search(r"\[1\]\+ +Stopped", s), "the shell to report the stopped job")
    assert " List · " not in screen, screen
    # The terminal grows while the program is stopped: it comes back at the new size.
    pane.resize(140, 40)
    pane.type_line("fg")
    screen = pane.wait_for(lambda s: " List · 1/5" in status_line(s) and SEPARATOR in s, "the list, split, after fg")
    assert_separator_aligned(screen, 46)
    assert "Stopped" not in screen
    pane.send("j")
    pane.wait_for(lambda s: " List · 2/5" in status_line(s), "keys to work again")
    pane.send("q")
    pane.wait_for(lambda s: " List · " not in s, "the program to quit")
    pane.type_line("echo \"FG-EXIT=$?-$((6*7))\"")
    pane.wait_for("FG-EXIT=0-42", "a clean exit")


def test_ctrl_l_repaints_what_another_program_wrote_over_the_screen(pane, seeds):
    pane.start(seeds)
    screen = pane.wait_for(lambda s: " List · 1/5" in s, "the list")
    pane.write_to_terminal("\033[5;5HSCRIBBLE-OVER-THE-SCREEN")
    pane.wait_for("SCRIBBLE-OVER-THE-SCREEN", "the scribble on screen")
    pane.send("C-l")
    repainted = pane.wait_for(lambda s: "SCRIBBLE" not in s, "Ctrl-L to repaint")
    assert repainted == screen
    pane.send("q")
    pane.wait_for("EXIT=0", "a clean exit")
