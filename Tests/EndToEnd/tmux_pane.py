"""A real terminal for end-to-end tests: a detached tmux session running bash, driven with
send-keys and read with capture-pane. Every wait polls with a timeout and fails loudly."""
import os
import re
import shutil
import signal
import subprocess
import tempfile
import time
import uuid

from wcwidth import wcswidth

REPOSITORY = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BINARY = os.environ.get("HEARSAY_BINARY", os.path.join(REPOSITORY, ".build", "debug", "hearsay"))
SEEDS = os.environ.get("HEARSAY_SEEDS") or os.path.join(os.path.dirname(REPOSITORY), "shared", "seeds")


def tmux(*args):
    return subprocess.run(["tmux", *args], check=True, capture_output=True, text=True).stdout


class Pane:
    def __init__(self, width=80, height=24):
        self.name = "hearsay-e2e-" + uuid.uuid4().hex[:8]
        # A home of its own: no test reads or writes the user's config, themes or highlights.
        self.home = tempfile.mkdtemp(prefix="hearsay-e2e-home-")
        environment = f"env -i PATH={os.environ['PATH']} HOME={self.home} " \
                      "TERM=xterm-256color LANG=C.UTF-8 LC_ALL=C.UTF-8 PS1='$ ' bash --norc --noprofile"
        tmux("new-session", "-d", "-s", self.name, "-x", str(width), "-y", str(height), environment)
        tmux("set-option", "-t", self.name, "status", "off")
        self.wait_for(lambda screen: "$" in screen, "the shell prompt")

    def close(self):
        subprocess.run(["tmux", "kill-session", "-t", self.name], capture_output=True)
        shutil.rmtree(self.home, ignore_errors=True)

    def capture(self):
        return tmux("capture-pane", "-p", "-t", self.name)

    def rows(self):
        return self.capture().split("\n")

    def send(self, *keys):
        tmux("send-keys", "-t", self.name, *keys)

    def type_line(self, line):
        tmux("send-keys", "-t", self.name, "-l", line)
        tmux("send-keys", "-t", self.name, "Enter")

    def resize(self, width, height):
        tmux("resize-window", "-t", self.name, "-x", str(width), "-y", str(height))

    def wait_for(self, condition, what, timeout=15.0):
        """Polls the screen until `condition` (a string to find, or a predicate) holds."""
        check = (lambda screen: condition in screen) if isinstance(condition, str) else condition
        deadline = time.monotonic() + timeout
        screen = ""
        while time.monotonic() < deadline:
            screen = self.capture()
            if check(screen):
                return screen
            time.sleep(0.05)
        raise AssertionError(f"timed out after {timeout}s waiting for {what}; the screen was:\n{screen}")

    def program_pid(self):
        shell = tmux("display-message", "-p", "-t", self.name, "#{pane_pid}").strip()
        children = subprocess.run(["pgrep", "-P", shell], capture_output=True, text=True).stdout.split()
        return int(children[0]) if children else None

    def signal_program(self, signo):
        pid = self.program_pid()
        assert pid is not None, "hearsay is not running in the pane"
        os.kill(pid, signo)

    def start(self, arguments, environment=""):
        self.type_line(f"clear; {environment} {BINARY} {arguments}; echo EXIT=$?")

    def assert_terminal_sane(self):
        """After the program ended: the shell is back and `stty -a` shows canonical mode and echo."""
        self.wait_for(lambda screen: re.search(r"EXIT=\d+", screen), "the program to exit")
        # The marker is computed by the shell, so the typed command line never matches it.
        self.type_line("clear; stty -a | tr ' ;' '\\n\\n' | grep -xE -- '-?(icanon|echo)' | sort | tr '\\n' ' '; echo STTY-$((6*7))-DONE")
        screen = self.wait_for("STTY-42-DONE", "stty output")
        line = next(row for row in screen.split("\n") if "STTY-42-DONE" in row)
        flags = line.split()
        assert "icanon" in flags and "echo" in flags, f"terminal left raw: {line!r}"
        assert "-icanon" not in flags and "-echo" not in flags, f"terminal left raw: {line!r}"


def display_column(row, needle):
    """The display column where `needle` starts in `row` (per-character wcwidth, as terminals draw)."""
    index = row.find(needle)
    return None if index < 0 else wcswidth(row[:index])
