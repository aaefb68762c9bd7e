"""End-to-end: every catchable signal that would end hearsay ends it as a quit does. The terminal
is restored, the highlights that could not be saved go to the recovery file, and the process then
dies by that signal (status 128 + n). Fault signals sent from outside (`kill -SEGV`) are handled
like SIGTERM; a real crash is covered by test_tui.py::test_a_crash_restores_the_terminal."""
import json
import platform
import signal

import pytest

from test_highlights import open_first_article_and_mark_its_first_sentence, status_line
from tmux_pane import BINARY, assert_sane

SIGNALS = [signal.SIGSEGV, signal.SIGABRT, signal.SIGBUS, signal.SIGFPE, signal.SIGILL, signal.SIGTRAP,
           signal.SIGQUIT, signal.SIGUSR1, signal.SIGUSR2, signal.SIGALRM, signal.SIGPIPE]


@pytest.mark.parametrize("signo", SIGNALS, ids=[signal.Signals(s).name[3:] for s in SIGNALS])
def test_a_signal_from_outside_keeps_the_unsaved_highlight_restores_the_terminal_and_ends_by_it(pane, seeds, tmp_path, signo):
    # A regular file where the state folder's parent should be: the highlight cannot be saved.
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a regular file where the state folder's parent should be\n")
    recovery = tmp_path / "state-home"
    # No core files (SEGV, ABRT… dump core by default), and no job control (see tmux_pane).
    pane.start_without_job_control(
        f"ulimit -c 0; XDG_STATE_HOME={recovery} {BINARY} {seeds} --state-dir {blocker / 'state'}")
    open_first_article_and_mark_its_first_sentence(pane)
    pane.wait_for(lambda s: "NOT SAVED" in status_line(s), "the highlight not saved")

    pane.signal_program(signo)
    status, flags = pane.terminal_after_exit()
    assert status == 128 + signo
    assert_sane(flags)
    written = sorted((recovery / "hearsay").iterdir())
    assert len(written) == 1 and written[0].name.startswith("unsaved-") and written[0].suffix == ".json"
    annotations = json.loads(written[0].read_text(encoding="utf-8"))
    assert [a["motivation"] for a in annotations] == ["highlighting"]
    screen = pane.capture()
    assert str(written[0]) in screen.replace("\n", "")
    # Swift's crash report ("💣 Program crashed", a backtrace) never runs for a signal sent from outside.
    assert "crashed" not in screen and "Backtrace" not in screen, screen


@pytest.mark.parametrize("signo", [signal.SIGSEGV, signal.SIGABRT], ids=["SEGV", "ABRT"])
def test_a_signal_from_outside_with_everything_saved_writes_no_recovery_file(pane, seeds, tmp_path, signo):
    recovery = tmp_path / "state-home"
    pane.start_without_job_control(
        f"ulimit -c 0; XDG_STATE_HOME={recovery} {BINARY} {seeds} --state-dir {tmp_path / 'state'}")
    open_first_article_and_mark_its_first_sentence(pane)
    pane.wait_for(lambda s: "highlighted in colour 1" in status_line(s), "the highlight saved")
    pane.signal_program(signo)
    status, flags = pane.terminal_after_exit()
    assert status == 128 + signo
    assert_sane(flags)
    assert not recovery.exists()


def test_a_real_crash_writes_the_unsaved_highlight_to_the_recovery_file(pane, seeds, tmp_path):
    """A fault cannot be survived (no Swift code runs after it): the recovery file was prepared
    when the highlight could not be saved, and the signal handler writes it."""
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a regular file where the state folder's parent should be\n")
    recovery = tmp_path / "state-home"
    pane.start_without_job_control(
        f"ulimit -c 0; HEARSAY_DEBUG_CRASH_KEY=1 XDG_STATE_HOME={recovery} {BINARY} {seeds} --state-dir {blocker / 'state'}"
        f" 2> {tmp_path / 'stderr'}")
    open_first_article_and_mark_its_first_sentence(pane)
    pane.wait_for(lambda s: "NOT SAVED" in status_line(s), "the highlight not saved")
    pane.send("!")
    status, flags = pane.terminal_after_exit(timeout=60)
    # fatalError traps: ud2 (SIGILL) on x86-64, brk (SIGTRAP) on arm64.
    crash = signal.SIGILL if platform.machine() in ("x86_64", "AMD64") else signal.SIGTRAP
    assert status == 128 + crash
    assert_sane(flags)
    written = sorted((recovery / "hearsay").iterdir())
    assert len(written) == 1 and written[0].name.startswith("unsaved-") and written[0].suffix == ".json"
    annotations = json.loads(written[0].read_text(encoding="utf-8"))
    assert [a["motivation"] for a in annotations] == ["highlighting"]
    stderr = (tmp_path / "stderr").read_text(encoding="utf-8", errors="replace").splitlines()
    assert f"hearsay: crashed; 1 highlight NOT SAVED written to {written[0]} (W3C Web Annotation JSON, as" \
        " `hearsay highlights export --format json` writes)" in stderr, stderr
