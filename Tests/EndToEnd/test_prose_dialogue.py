"""End-to-end: `d` on a prose article of the built-in sample corpus lists its quotes as a
dialogue, each marked quoted; `Enter` reads the quote in the article and `q` comes back."""
from test_daily import open_sample, status_line


def test_prose_dialogue_lists_quotes_and_enter_reads_one(pane, tmp_path):
    screen = open_sample(pane, "江城市议会", str(tmp_path / "state"))
    assert "d dialogue" in status_line(screen), status_line(screen)
    pane.send("d")
    screen = pane.wait_for(lambda s: " Dialogue · " in status_line(s), "the dialogue view")
    assert " · quote 1/" in status_line(screen), status_line(screen)
    assert "王立群: (quoted) 我们支持防洪" in screen, screen
    pane.send("Enter")
    screen = pane.wait_for(lambda s: " Reader · " in status_line(s), "the quote in the reader")
    assert "我们支持防洪，但预算里有太多一次性的收入" in screen
    pane.send("q")
    pane.wait_for(lambda s: " Dialogue · " in status_line(s) and " · quote 1/" in status_line(s), "back in the dialogue")
