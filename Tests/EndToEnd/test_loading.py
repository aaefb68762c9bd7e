"""What the reader says about files it could not load, and how it starts on the samples."""


def test_a_missing_path_is_named_in_the_status_bar(pane, seeds):
    pane.start("/nonexistent-hearsay-path " + seeds)
    screen = pane.wait_for(" List · 1/5 ", "the list of the five seeds")
    # Too long for the row beside the position: cut at a column boundary, not dropped.
    status = screen.split("\n")[23]
    assert status.startswith(" List · 1/5 · by date  /nonexistent-hearsay-path: cannot read: No such"), screen
    assert status.endswith("…"), status
    pane.send("j")
    # The note goes with the next key; the key hints come back.
    pane.wait_for(lambda s: " List · 2/5 " in s and "? help" in s, "the hints after a key")
    pane.send("q")
    pane.wait_for("EXIT=0", "a clean exit")


def test_no_paths_opens_the_embedded_samples(pane):
    pane.start("")
    screen = pane.wait_for(" List · 1/5 ", "the sample list")
    assert " hearsay · 5 articles" in screen
    pane.send("q")
    pane.wait_for("EXIT=0", "a clean exit")
