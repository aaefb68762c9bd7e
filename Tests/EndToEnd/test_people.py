"""End-to-end: the speakers view and a person's stream in a real terminal (tmux), on the built-in
sample corpus: `P`, a filter typed, `Enter` (the stream), `Enter` (the quote in its article), then
`q` and `q` back to the stream and the filtered speakers view, and `q` to the list; and a quote
marked in the stream of someone only quoted."""
import subprocess

from tmux_pane import BINARY


def status_line(screen):
    return screen.rstrip("\n").split("\n")[-1]


def test_speakers_filter_stream_and_back(pane):
    pane.start("--no-state")
    pane.wait_for(lambda s: " List · " in status_line(s), "the list")
    pane.send("P")
    screen = pane.wait_for(" Speakers · 11 · / filter", "the speakers view")
    assert "Daniel Ortiz" in screen and "王立群" in screen
    pane.send("/")
    pane.wait_for(lambda s: status_line(s).startswith("Filter speakers:"), "the filter prompt")
    pane.send("-l", "王立")
    screen = pane.wait_for(" Speakers · 1/11 · filter: 王立", "the filtered speakers view")
    assert "Daniel Ortiz" not in screen
    pane.send("Enter")
    pane.wait_for(lambda s: not status_line(s).startswith("Filter speakers:"), "the filter kept")
    pane.send("Enter")
    screen = pane.wait_for(lambda s: " Stream · 王立群 · 1/1 · article 1/1" in status_line(s), "the stream")
    assert "江城市议会通过新预算" in screen and "王立群: (quoted) 我们支持防洪" in screen
    pane.send("Enter")
    screen = pane.wait_for(lambda s: " Reader · " in status_line(s), "the quote in the reader")
    assert "我们支持防洪，但预算里有太多一次性的收入" in screen
    pane.send("q")
    pane.wait_for(lambda s: " Stream · 王立群 · 1/1" in status_line(s), "back to the stream")
    pane.send("q")
    pane.wait_for(" Speakers · 1/11 · filter: 王立", "back to the filtered speakers view")
    pane.send("q")
    pane.wait_for(lambda s: " List · " in status_line(s) and " Speakers · " not in s, "back to the list")


def test_mark_a_quote_in_the_stream_of_someone_only_quoted(pane, tmp_path):
    """王立群 is only quoted (in the city budget report): in their stream `)` puts the reading
    cursor on the quote's words and `m` highlights them; back in the list, `H` lists it, and so
    does `hearsay highlights list` after quitting."""
    state_dir = str(tmp_path / "state")
    pane.start(f"--state-dir {state_dir}")
    pane.wait_for(lambda s: " List · " in status_line(s), "the list")
    pane.send("P")
    pane.wait_for(" Speakers · 11 · / filter", "the speakers view")
    pane.send("/")
    pane.send("-l", "王立")
    pane.wait_for(" Speakers · 1/11 · filter: 王立", "the filtered speakers view")
    pane.send("Enter")
    pane.wait_for(lambda s: not status_line(s).startswith("Filter speakers:"), "the filter kept")
    pane.send("Enter")
    pane.wait_for(lambda s: " Stream · 王立群 · 1/1" in status_line(s), "the stream")
    pane.send(")")
    pane.wait_for(lambda s: "( ) move" in status_line(s), "the reading cursor on the quote")
    pane.send("m")
    pane.wait_for("highlighted in colour 1", "the quote highlighted")
    pane.send("q")
    pane.wait_for(" Speakers · 1/11 · filter: 王立", "back to the speakers view")
    pane.send("q")
    pane.wait_for(lambda s: " List · " in status_line(s) and " Speakers · " not in s, "back to the list")
    pane.send("H")
    screen = pane.wait_for("我们支持防洪，但预算里有太多一次性的收入。", "the highlight in the highlights view")
    assert "江城市议会通过新预算" in screen
    pane.send("q")
    pane.wait_for(lambda s: " List · " in status_line(s), "the list again")
    pane.send("q")
    pane.wait_for("EXIT=0", "a clean exit")
    output = subprocess.run([BINARY, "highlights", "list", "--state-dir", state_dir],
                            check=True, capture_output=True, text=True).stdout
    rows = [line.split("\t") for line in output.splitlines() if line]
    assert [row[4] for row in rows] == ["我们支持防洪，但预算里有太多一次性的收入。"]
