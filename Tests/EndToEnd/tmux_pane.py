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
        # The tmux server exits with its last session: a new session started at that moment (another
        # test's pane just closed) can fail once; try again.
        for attempt in range(5):
            try:
                tmux("new-session", "-d", "-s", self.name, "-x", str(width), "-y", str(height), environment)
                break
            except subprocess.CalledProcessError:
                if attempt == 4:
                    raise
                time.sleep(0.2)
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
        """Polls the screen until `condition` (a string to find, or a predicate) holds, then until
        the screen stops changing: a capture can land while a frame is half drawn (its first rows
        already there, the rest not yet), which under load made assertions on the rest flaky."""
        check = (lambda screen: condition in screen) if isinstance(condition, str) else condition
        deadline = time.monotonic() + timeout
        screen = ""
        while time.monotonic() < deadline:
            screen = self.capture()
            if check(screen):
                return self.settled(screen, deadline)
            time.sleep(0.05)
        raise AssertionError(f"timed out after {timeout}s waiting for {what}; the screen was:\n{screen}")

    def settled(self, screen, deadline):
        """`screen` once two captures 0.1 s apart agree (or at the deadline)."""
        while time.monotonic() < deadline:
            time.sleep(0.1)
            again = self.capture()
            if again == screen:
                return screen
            screen = again
        return screen

    def program_pid(self):
        """The pid of the built binary running in the pane (a child of the shell, or of the `sh`
        that `start_without_job_control` runs it under)."""
        binary = os.path.realpath(BINARY)
        pending = [int(tmux("display-message", "-p", "-t", self.name, "#{pane_pid}").strip())]
        while pending:
            children = subprocess.run(["pgrep", "-P", str(pending.pop())], capture_output=True, text=True).stdout.split()
            for child in map(int, children):
                try:
                    if os.path.realpath(f"/proc/{child}/exe") == binary:
                        return child
                except OSError:
                    continue
                pending.append(child)
        return None

    def signal_program(self, signo):
        pid = self.program_pid()
        assert pid is not None, "hearsay is not running in the pane"
        os.kill(pid, signo)

    def start(self, arguments, environment=""):
        self.type_line(f"clear; {environment} {BINARY} {arguments}; echo EXIT=$?")

    def start_without_job_control(self, command):
        """Runs `command` (a shell command line) under `sh` (no job control, no readline), then
        `stty -a` in that same `sh`. An interactive bash would restore the tty itself when its
        child dies of a signal, hiding a program that leaves it raw; `sh` does not.
        `terminal_after_exit` reads the outcome."""
        script = os.path.join(self.home, "then-stty.sh")
        with open(script, "w") as file:
            # The markers are computed by the shell, so the typed command line never matches them.
            file.write(f"{command}\n"
                       "echo \"EXIT=$?\"\n"
                       "stty -a | tr ' ;' '\\n\\n' | grep -xE -- '-?(icanon|echo)' | sort | tr '\\n' ' '\n"
                       "echo \"STTY-$((6*7))-DONE\"\n")
        self.type_line(f"clear; sh {script}")

    def terminal_after_exit(self, timeout=15.0):
        """After `start_without_job_control`: the program's exit status as `sh` saw it (128 + n
        for death by signal n) and the tty's `icanon`/`echo` flags right after it."""
        screen = self.wait_for("STTY-42-DONE", "the program to exit and stty to run", timeout=timeout)
        status = int(re.search(r"EXIT=(\d+)", screen).group(1))
        line = next(row for row in screen.split("\n") if "STTY-42-DONE" in row)
        return status, line.replace("STTY-42-DONE", "").split()

    def assert_terminal_sane(self):
        """After the program ended: the shell is back and `stty -a` shows canonical mode and echo."""
        self.wait_for(lambda screen: re.search(r"EXIT=\d+", screen), "the program to exit")
        # The marker is computed by the shell, so the typed command line never matches it.
        self.type_line("clear; stty -a | tr ' ;' '\\n\\n' | grep -xE -- '-?(icanon|echo)' | sort | tr '\\n' ' '; echo STTY-$((6*7))-DONE")
        screen = self.wait_for("STTY-42-DONE", "stty output")
        line = next(row for row in screen.split("\n") if "STTY-42-DONE" in row)
        assert_sane(line.replace("STTY-42-DONE", "").split())

    def write_to_terminal(self, text):
        """Writes `text` straight to the pane's tty, as another program would (over the screen)."""
        tty = tmux("display-message", "-p", "-t", self.name, "#{pane_tty}").strip()
        with open(tty, "w") as terminal:
            terminal.write(text)


def assert_sane(flags):
    """The tty flags `icanon` and `echo` are on (a terminal a program restored)."""
    assert sorted(flags) == ["echo", "icanon"], f"terminal left raw: {' '.join(flags)!r}"


def display_column(row, needle):
    """The display column where `needle` starts in `row` (per-character wcwidth, as terminals draw)."""
    index = row.find(needle)
    return None if index < 0 else wcswidth(row[:index])
