"""End-to-end: the dialogue view's speaker filter per article is remembered across restarts
(issue 18 item 10), on the built-in sample corpus with a state folder of the test's own."""
from test_daily import hide_context, open_chip_dialogue_filtered_to_host_and_zhou, open_sample, status_line


def quit_from_the_dialogue(pane):
    """Back to the reader, the list, and out (so the next start opens on the list)."""
    pane.send("q")
    pane.wait_for(lambda s: " Reader · " in status_line(s), "back in the reader")
    pane.send("q")
    pane.wait_for(lambda s: " List · " in status_line(s), "back in the list")
    pane.send("q")
    pane.wait_for("EXIT=0", "hearsay to quit")


def test_the_speaker_filter_is_there_after_a_restart(pane, tmp_path):
    state_dir = str(tmp_path / "state")
    open_chip_dialogue_filtered_to_host_and_zhou(pane, state_dir)
    quit_from_the_dialogue(pane)

    open_sample(pane, "芯片圆桌", state_dir)
    pane.send("d")
    screen = pane.wait_for(lambda s: " Dialogue · " in status_line(s), "the dialogue view")
    assert "only 林晓雯, 周凯" in status_line(screen), status_line(screen)
    screen = hide_context(pane)
    assert "Daniel Ortiz:" not in screen, screen

    # Showing everyone again forgets it: the next start shows all three.
    pane.send("s")
    pane.wait_for("Daniel Ortiz", "the speaker box")
    pane.send("a")
    pane.send("Enter")
    pane.wait_for(lambda s: "all 3 speakers" in status_line(s), "every speaker shown")
    quit_from_the_dialogue(pane)
    open_sample(pane, "芯片圆桌", state_dir)
    pane.send("d")
    pane.wait_for(lambda s: "all 3 speakers" in status_line(s), "the dialogue view, unfiltered after a restart")


def test_no_state_keeps_no_speaker_filter(pane, tmp_path):
    state_dir = tmp_path / "state"
    # `--no-state` wins over `--state-dir`: the folder named is never made, nothing is kept.
    arguments = f"{state_dir} --no-state"
    open_chip_dialogue_filtered_to_host_and_zhou(pane, arguments)
    quit_from_the_dialogue(pane)
    assert not state_dir.exists()

    open_sample(pane, "芯片圆桌", arguments)
    pane.send("d")
    pane.wait_for(lambda s: "all 3 speakers" in status_line(s), "the dialogue view, unfiltered")
