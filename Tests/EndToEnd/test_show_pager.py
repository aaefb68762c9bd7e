"""End-to-end: `hearsay show` on a terminal pages through $PAGER as git does (issue 18 item 22): `less -R` with
LESS=FRX by default, colours kept, `$PAGER` run by the shell (so it may carry options), none with --no-pager,
and the text wrapped at the terminal's width."""
import re

from tmux_pane import BINARY, Pane, tmux

# The longest built-in sample: more lines than a 10-row pane holds.
LONG = "chip-roundtable.md"


def exit_status(pane):
    screen = pane.wait_for(lambda s: re.search(r"EXIT=\d+", s), "show to exit")
    return int(re.search(r"EXIT=(\d+)", screen).group(1))


def test_show_waits_in_less_with_colours_then_q_leaves_the_text():
    pane = Pane(width=60, height=10)
    try:
        pane.start("show " + LONG)
        # less shows the first screenful and its prompt (a colon) on the last row, and waits.
        screen = pane.wait_for(lambda s: s.rstrip("\n").split("\n")[-1].startswith(":"), "less's prompt")
        rows = screen.rstrip("\n").split("\n")
        assert rows[0].startswith("芯片圆桌")
        assert "EXIT=" not in screen
        # -R: the theme's SGR colours reached the terminal rather than as ^[ text.
        coloured = tmux("capture-pane", "-p", "-e", "-t", pane.name)
        assert "\x1b[" in coloured and "ESC" not in screen and "^[" not in screen
        pane.send("q")
        assert exit_status(pane) == 0
        # X: what was shown stays on the screen after less quits (scrolled up by the shell's lines).
        assert any("本期《科技夜谈》" in row for row in pane.rows())
    finally:
        pane.close()


def test_pager_runs_through_the_shell_with_its_options():
    pane = Pane(width=60, height=80)
    try:
        pane.start("show river-city-budget.md --width 40", environment="PAGER='cat -n'")
        assert exit_status(pane) == 0
        rows = [row for row in pane.rows() if row.strip()]
        # cat -n numbered every line: the options in $PAGER were passed on by sh -c.
        assert re.match(r"^\s+1\s+江城市议会通过新预算", rows[0]), rows[:3]
    finally:
        pane.close()


def test_no_pager_prints_at_the_terminals_width_and_returns():
    pane = Pane(width=50, height=60)
    try:
        pane.start("show " + LONG + " --no-pager")
        assert exit_status(pane) == 0
        rows = pane.rows()
        text = [row for row in rows if row and not row.startswith("$") and "EXIT=" not in row]
        assert not any(row.startswith(":") for row in rows)
        # --width defaults to the terminal's: the body's lines fill, and never pass, 50 columns.
        from wcwidth import wcswidth
        widths = [wcswidth(row) for row in text]
        assert max(widths) == 50 or max(widths) == 49, widths
        assert text[-1].startswith("Daniel Ortiz: 盯紧账单")
    finally:
        pane.close()
