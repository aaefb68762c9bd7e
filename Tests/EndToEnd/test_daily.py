"""End-to-end: daily use of highlights and the dialogue view in a real terminal (tmux), on the
built-in sample corpus (no seeds needed). Issue 18: `m` after `/` marks the match's sentence
(item 2); in a dialogue filtered to two speakers `2` reaches the second one shown (item 8); the
speaker box is framed in box-drawing lines and leaves the screen outside it alone (item 9)."""
import re
import subprocess

from test_tui import open_article
from tmux_pane import BINARY, Pane
from wcwidth import wcwidth

FRAME = set("┌┐└┘─│")


def status_line(screen):
    return screen.rstrip("\n").split("\n")[-1]


def open_sample(pane, title_part, state_dir):
    """Starts hearsay on its sample corpus and opens the article whose title has `title_part`."""
    pane.start(f"--state-dir {state_dir}")
    pane.wait_for(lambda s: " List · 1/5" in status_line(s), "the sample list")
    return open_article(pane, title_part)


def cells(row):
    """A captured row as one entry per display column (a wide character, then '' for its second column)."""
    result = []
    for character in row:
        width = wcwidth(character)
        if width <= 0:
            continue
        result.append(character)
        if width == 2:
            result.append("")
    return result


def test_mark_after_a_search_highlights_the_matching_sentence(pane, tmp_path):
    state_dir = str(tmp_path / "state")
    open_sample(pane, "芯片圆桌", state_dir)
    pane.send("/")
    pane.send("-l", "盯紧账单")
    pane.send("Enter")
    screen = pane.wait_for(lambda s: "/盯紧账单 1/1" in status_line(s), "the match, at the end of the dialogue")
    top_text = screen.split("\n")[1]
    assert "盯紧账单" not in top_text, "the match is not on the first line: the first sentence on screen is another one"

    pane.send("m")
    pane.wait_for("highlighted in colour 1", "the highlight")
    pane.send("H")
    screen = pane.wait_for(lambda s: s.split("\n")[1].startswith(" Highlights · 1 "), "the highlights view")
    rows = screen.split("\n")
    entry = next(row for row in rows if row.startswith(" >"))
    assert entry.endswith("Daniel Ortiz: 盯紧账单，每一张显卡都要算清楚回报。"), screen

    pane.send("q")
    pane.wait_for(lambda s: " Reader · " in status_line(s), "back in the reader")
    pane.send("q", "q")
    pane.wait_for("EXIT=0", "hearsay to quit")
    stored = subprocess.run([BINARY, "highlights", "list", "--state-dir", state_dir],
                            check=True, capture_output=True, text=True).stdout.splitlines()
    assert [line.split("\t")[4] for line in stored] == ["盯紧账单，每一张显卡都要算清楚回报。"]


def open_chip_dialogue_filtered_to_host_and_zhou(pane, state_dir):
    """The chip roundtable's dialogue with Daniel Ortiz unchecked: 林晓雯 and 周凯 shown, without the
    dimmed turn before each (`c`), so only the shown speakers' turns are on screen."""
    open_sample(pane, "芯片圆桌", state_dir)
    pane.send("d")
    pane.wait_for(lambda s: "all 3 speakers" in status_line(s), "the dialogue view")
    pane.send("s")
    screen = pane.wait_for("Daniel Ortiz", "the speaker box")
    number = re.search(r"(\d) \[x\] Daniel Ortiz", screen).group(1)
    pane.send(number)
    pane.wait_for(lambda s: re.search(rf"{number} \[ \] Daniel Ortiz", s), "Daniel Ortiz unchecked")
    pane.send("Enter")
    pane.wait_for(lambda s: "only 林晓雯, 周凯" in status_line(s), "the filtered dialogue")
    return hide_context(pane)


def hide_context(pane):
    """`c` in a filtered dialogue: the dimmed turns before the shown ones go."""
    pane.send("c")
    return pane.wait_for("context hidden", "the dimmed context hidden")


def test_number_keys_reach_the_speakers_shown(pane, tmp_path):
    screen = open_chip_dialogue_filtered_to_host_and_zhou(pane, str(tmp_path / "state"))
    assert "turn 1/" in status_line(screen) and "> 林晓雯" in screen, screen
    shown = int(re.search(r"turn 1/(\d+)", status_line(screen)).group(1))
    assert "Daniel Ortiz:" not in screen

    # 2 is 周凯, the second speaker shown, not Daniel Ortiz, the article's second speaker.
    pane.send("2")
    screen = pane.wait_for(lambda s: "> 周凯" in s, "the next turn by 周凯")
    assert "only 林晓雯, 周凯" in status_line(screen) and "Daniel" not in status_line(screen), status_line(screen)
    # The shown turns run 林晓雯, 林晓雯, 周凯: his first is the third.
    assert f"turn 3/{shown}" in status_line(screen), status_line(screen)

    # 3 is past the speakers shown: it says so and widens nothing.
    pane.send("3")
    screen = pane.wait_for("2 speakers shown (s chooses)", "the notice")
    assert "Daniel Ortiz:" not in screen and "> 周凯" in screen, screen


def test_speaker_box_is_framed_and_leaves_the_screen_outside_it(tmp_path):
    pane = Pane(width=140, height=40)
    try:
        open_sample(pane, "芯片圆桌", str(tmp_path / "state"))
        pane.send("d")
        before = pane.wait_for(lambda s: "all 3 speakers" in status_line(s), "the dialogue view, beside the list")
        pane.send("s")
        after = pane.wait_for("Daniel Ortiz", "the speaker box")
    finally:
        pane.close()

    rows_before = [cells(row) for row in before.rstrip("\n").split("\n")]
    rows_after = [cells(row) for row in after.rstrip("\n").split("\n")]
    assert len(rows_after) == 40
    top = next(y for y, row in enumerate(rows_after) if "┌" in row)
    bottom = next(y for y, row in enumerate(rows_after) if "└" in row)
    left, right = rows_after[top].index("┌"), rows_after[top].index("┐")
    assert rows_after[bottom].index("└") == left and rows_after[bottom].index("┘") == right
    for y in range(top + 1, bottom):
        assert rows_after[y][left] == "│" and rows_after[y][right] == "│", f"row {y}: {''.join(rows_after[y])}"
    assert set(rows_after[top][left:right + 1]) <= FRAME | set(" Speakers"), "".join(rows_after[top])
    assert not any("+-" in "".join(row) or "-+" in "".join(row) for row in rows_after), after

    # Outside the box and its one-cell margin, every cell is as it was: the list, the separator,
    # the dialogue around the box. Only the status bar's hints change.
    def in_margin(y, x):
        return top - 1 <= y <= bottom + 1 and left - 1 <= x <= right + 1

    for y, (was, now) in enumerate(zip(rows_before[:-1], rows_after[:-1])):
        for x in range(max(len(was), len(now))):
            # A wide character the margin cuts in two is blanked whole.
            wide_cut = x + 1 < len(was) and was[x + 1] == "" and in_margin(y, x + 1)
            if in_margin(y, x) or wide_cut or (x > 0 and x < len(was) and was[x] == "" and in_margin(y, x - 1)):
                continue
            old = was[x] if x < len(was) else " "
            new = now[x] if x < len(now) else " "
            assert old == new, f"cell {x},{y} changed from {old!r} to {new!r}:\n{after}"
    separator = cells(before.split("\n")[1]).index("│")
    assert all(row[separator] == "│" for row in rows_after[1:-1]), after


def test_select_mode_note_marker_and_undo(pane, tmp_path):
    """`-- SELECT --` while selecting (item 4); a noted highlight's marker and its note in the status
    bar (item 5); u and Ctrl-R over a recolouring and the note (item 3)."""
    open_sample(pane, "芯片圆桌", str(tmp_path / "state"))
    pane.send("v")
    pane.wait_for(lambda s: status_line(s).startswith(" -- SELECT -- Reader · "), "the selection mode")
    pane.send("Escape")
    pane.wait_for(lambda s: status_line(s).startswith(" Reader · "), "the selection cancelled")

    pane.send(")")
    pane.send("m")
    pane.wait_for("highlighted in colour 1", "the highlight")
    pane.send("m")
    pane.wait_for("highlight colour 2", "the recolouring")
    pane.send("a")
    pane.wait_for(lambda s: status_line(s).startswith(" Note:"), "the note editor")
    pane.send("-l", "核对")
    pane.send("Enter")
    pane.wait_for("note saved", "the note")
    pane.send(")")
    pane.send("(")
    screen = pane.wait_for(lambda s: status_line(s).rstrip().endswith("✎ 核对"), "the note under the cursor")
    lede_end = next(row for row in screen.split("\n") if row.rstrip().endswith("✎"))
    assert lede_end.startswith("   "), screen

    pane.send("u")
    screen = pane.wait_for("undone: new note", "the note undone")
    assert not any(row.rstrip().endswith("✎") for row in screen.split("\n")[:-1]), screen
    pane.send("u")
    pane.wait_for("undone: colour 1 → 2", "the recolouring undone")
    pane.send("C-r")
    pane.wait_for("redone: colour 1 → 2", "the recolouring redone")
